import type { Locale } from '../config/site';

/** What every page tells the layout: enough for head metadata and the language switcher. */
export interface PageMeta {
	readonly locale: Locale;
	/** Page title without the site name. */
	readonly title: string;
	readonly description: string;
	/** Site path of this page, e.g. `/en/contact/`. */
	readonly path: string;
	/** Path of this page in each locale where it exists; missing locales get the home page. */
	readonly versions: Partial<Record<Locale, string>>;
	/** Keep out of search engines and the sitemap. */
	readonly noindex?: boolean;
	/** Absolute or site path of the social image. */
	readonly image?: string;
	/** What the social image shows, when it is not the page title (a category card on an article). */
	readonly imageAlt?: string;
	/** schema.org objects rendered as JSON-LD. */
	readonly jsonLd?: readonly object[];
	readonly ogType?: 'website' | 'article';
}

/** Longest `<title>` we emit; search engines cut longer ones. */
export const MAX_TITLE_LENGTH = 70;

/**
 * Returns the `<title>`: page title and site name, the site name alone on the home page, or
 * the page title alone (shortened if need be) when both would not fit in MAX_TITLE_LENGTH.
 */
export function getDocumentTitle(title: string, siteName: string): string {
	if (title === siteName) return siteName;
	const full = `${title} | ${siteName}`;
	if (full.length <= MAX_TITLE_LENGTH) return full;
	return title.length <= MAX_TITLE_LENGTH ? title : `${title.slice(0, MAX_TITLE_LENGTH - 1)}…`;
}
