/**
 * Type tests: a locale added to `locales` without a dictionary is a compile error, so a third
 * language cannot ship with missing UI strings. Checked by `astro check`, never run.
 * tests/unit/third-locale.test.ts builds a site with the language fully added.
 */
import type { Locale } from '../../src/config/site';
import { locales } from '../../src/config/site';
import type { Dictionary } from '../../src/i18n';
import en from '../../src/i18n/ui/en';
import zhCN from '../../src/i18n/ui/zh-cn';

// Step 1 of "Adding a language" (docs/writing.md): one more entry in `locales`.
const withTaiwan = [...locales, { code: 'zh-tw', lang: 'zh-TW', label: '繁體中文' }] as const;
type LocaleWithTaiwan = (typeof withTaiwan)[number]['code'];

// Today's dictionaries cover today's locales: the check in src/i18n/index.ts.
export const today = { 'zh-cn': zhCN, en } satisfies Record<Locale, Dictionary>;

// @ts-expect-error the same dictionaries no longer cover the locales: 'zh-tw' is missing
export const withoutDictionary = { 'zh-cn': zhCN, en } satisfies Record<
	LocaleWithTaiwan,
	Dictionary
>;

// Step 2: a dictionary must have every key…
const { 'site.name': _omitted, ...incomplete } = en;
// @ts-expect-error an incomplete dictionary for the new locale: 'site.name' is missing
export const withIncompleteDictionary = { 'zh-cn': zhCN, en, 'zh-tw': incomplete } satisfies Record<
	LocaleWithTaiwan,
	Dictionary
>;

// …and then the locale type-checks.
const zhTW = { ...en, 'site.name': 'OKPay 說明中心' } satisfies Dictionary;
export const withDictionary = { 'zh-cn': zhCN, en, 'zh-tw': zhTW } satisfies Record<
	LocaleWithTaiwan,
	Dictionary
>;
