/**
 * Site settings: the one source for brand, URL, locales and content location.
 * astro.config.mjs, the sitemap, routes and tests all read from here.
 */

export interface LocaleConfig {
	/** URL segment and content folder name, e.g. `zh-cn`. */
	readonly code: string;
	/** BCP 47 tag for `<html lang>` and hreflang, e.g. `zh-CN`. */
	readonly lang: string;
	/** The language's own name, shown in the language switcher. */
	readonly label: string;
}

export const locales = [
	{ code: 'zh-cn', lang: 'zh-CN', label: '简体中文' },
	{ code: 'en', lang: 'en', label: 'English' },
] as const satisfies readonly LocaleConfig[];

export type Locale = (typeof locales)[number]['code'];

/** Source language: articles are written here first and translated from it. */
export const defaultLocale: Locale = 'zh-cn';

export const localeCodes = locales.map((l) => l.code) as [Locale, ...Locale[]];

export const brand = 'OKPay';

/** Self-hosted logo in public/: the favicon, and the Organization's logo in structured data. */
export const logoPath = '/favicon.svg';

const env = typeof process === 'undefined' ? {} : process.env;

/** Absolute site URL without trailing slash; override with SITE_URL for other deployments. */
export const siteUrl = (env['SITE_URL'] ?? 'https://help.okpay.example.com').replace(/\/+$/, '');

/** Where content lives; CONTENT_DIR lets benchmarks and fixtures build another tree. */
export const contentDir = env['CONTENT_DIR'] ?? './content';

/** Build output folder; OUT_DIR lets fixture and benchmark builds run beside the main one. */
export const outDir = env['OUT_DIR'] ?? './dist';

/** Astro's cache (content layer store); separate per OUT_DIR so parallel builds never share it. */
export const cacheDir =
	env['CACHE_DIR'] ?? (env['OUT_DIR'] ? `${env['OUT_DIR']}-cache` : './node_modules/.astro');

/**
 * Articles get their own social card (their title on the brand background) while no language has
 * more than this many articles; above it, every article shares its category's card. A card costs
 * about 40 ms of CPU to draw, more than a whole page costs Starlight, so a large site draws a fixed
 * few instead of one per article. ARTICLE_CARD_LIMIT overrides it; 0 means category cards always.
 */
export const articleCardLimit = parseCardLimit(env['ARTICLE_CARD_LIMIT']);

function parseCardLimit(value: string | undefined): number {
	if (value === undefined || value === '') return 100;
	if (!/^\d+$/.test(value))
		throw new Error(`ARTICLE_CARD_LIMIT must be a whole number of articles, not "${value}"`);
	return Number(value);
}

/** Publish mode refuses to build while any contact channel is still a sample. */
export const publishMode = env['PUBLISH'] === '1' || env['PUBLISH'] === 'true';

/** Returns the BCP 47 tag of a locale. @example getLang('zh-cn') // 'zh-CN' */
export function getLang(locale: Locale): string {
	return locales.find((l) => l.code === locale)!.lang;
}
