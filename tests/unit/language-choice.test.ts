import { describe, expect, test } from 'vitest';
import { LOCALE_STORAGE_KEY, pickLocale } from '../../src/lib/language-choice';

const locales = [
	{ code: 'zh-cn', lang: 'zh-CN' },
	{ code: 'en', lang: 'en' },
];

describe('pickLocale', () => {
	test.each<[string | null, string[], string | null]>([
		// A valid saved choice wins over the browser.
		['en', ['zh-CN'], 'en'],
		['zh-cn', ['en-US'], 'zh-cn'],
		// An unknown saved choice is ignored.
		['fr', ['zh-CN'], 'zh-cn'],
		['', ['en'], 'en'],
		// Exact tag, case-insensitively.
		[null, ['zh-CN', 'en'], 'zh-cn'],
		[null, ['zh-cn'], 'zh-cn'],
		[null, ['EN'], 'en'],
		// Primary language.
		[null, ['en-GB', 'zh-CN'], 'en'],
		[null, ['zh-TW', 'en'], 'zh-cn'],
		[null, ['zh-Hant-HK'], 'zh-cn'],
		[null, ['zh'], 'zh-cn'],
		// First matching browser language wins; unknown ones are skipped.
		[null, ['fr-FR', 'de', 'en-AU', 'zh-CN'], 'en'],
		// Nothing matches: let the reader pick.
		[null, ['fr-FR', 'ja'], null],
		[null, [], null],
	])('pickLocale(%j, %j) → %j', (saved, browser, expected) => {
		expect(pickLocale(saved, browser, locales)).toBe(expected);
	});

	test('prefers an exact tag over an earlier primary-language match in the same tag list entry', () => {
		const regional = [
			{ code: 'en', lang: 'en' },
			{ code: 'en-gb', lang: 'en-GB' },
		];
		expect(pickLocale(null, ['en-GB'], regional)).toBe('en-gb');
	});

	test('storage key is stable', () => {
		expect(LOCALE_STORAGE_KEY).toBe('hc-locale');
	});
});
