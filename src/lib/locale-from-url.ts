import { defaultLocale, localeCodes, type Locale } from '../config/site';

/** Returns the locale of a page from its URL's first path segment. @example localeFromUrl(new URL('https://x/en/a/')) // 'en' */
export function localeFromUrl(url: URL): Locale {
	const segment = url.pathname.split('/')[1] ?? '';
	return (localeCodes as readonly string[]).includes(segment) ? (segment as Locale) : defaultLocale;
}
