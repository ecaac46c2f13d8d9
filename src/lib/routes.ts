/**
 * URL helpers. Every locale is prefixed; every page URL ends with a slash.
 */

export { SLUG_PATTERN } from '../schemas/slug';

/** Returns the home page path of a locale. @example getHomePath('en') // '/en/' */
export function getHomePath(locale: string): string {
	return `/${locale}/`;
}

/** Returns an article's path. @example getArticlePath('en', 'payment-failed') // '/en/articles/payment-failed/' */
export function getArticlePath(locale: string, slug: string): string {
	return `/${locale}/articles/${slug}/`;
}

/** Returns a category page path. @example getCategoryPath('zh-cn', 'payments') // '/zh-cn/categories/payments/' */
export function getCategoryPath(locale: string, category: string): string {
	return `/${locale}/categories/${category}/`;
}

/** Returns the contact page path of a locale. */
export function getContactPath(locale: string): string {
	return `/${locale}/contact/`;
}

/** Returns the search page path, with the query when given. @example getSearchPath('en', 'refund') // '/en/search/?q=refund' */
export function getSearchPath(locale: string, query?: string): string {
	const base = `/${locale}/search/`;
	return query ? `${base}?q=${encodeURIComponent(query)}` : base;
}

/** Returns the not-found page of a locale. @example getNotFoundPath('en') // '/en/404/' */
export function getNotFoundPath(locale: string): string {
	return `/${locale}/404/`;
}

/** Returns the staff page listing each article's translation state. @example getTranslationStatusPath('en') // '/en/status/translations/' */
export function getTranslationStatusPath(locale: string): string {
	return `/${locale}/status/translations/`;
}

/** Returns the language-neutral short link of an article. @example getShortPath('payment-failed') // '/a/payment-failed/' */
export function getShortPath(slug: string): string {
	return `/a/${slug}/`;
}

/** Returns the absolute URL of a site path. @example toAbsoluteUrl('/en/', 'https://x.example') // 'https://x.example/en/' */
export function toAbsoluteUrl(path: string, siteUrl: string): string {
	return new URL(path, `${siteUrl.replace(/\/+$/, '')}/`).href;
}

/** Splits a content id like `en/payment-failed` into its locale folder and slug, or null. */
export function parseArticleId(id: string): { locale: string; slug: string } | null {
	const match = /^([a-z]{2,3}(?:-[a-z0-9]+)*)\/([^/]+)$/.exec(id);
	return match ? { locale: match[1]!, slug: match[2]! } : null;
}

/**
 * Returns the content file an article page is built from, for error messages.
 * @example getArticleFileForPath('/en/articles/refund/', './content') // './content/articles/en/refund.mdx'
 */
export function getArticleFileForPath(pathname: string, contentDir: string): string | undefined {
	const match = /^\/([^/]+)\/articles\/([^/]+)\/$/.exec(pathname);
	return match ? `${contentDir}/articles/${match[1]}/${match[2]}.mdx` : undefined;
}
