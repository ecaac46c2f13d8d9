/**
 * Paths that are pages for readers but not for search engines: the language chooser of
 * short links, search results, staff pages and 404s. Pages that say `noindex` themselves
 * (missing-translation notices) are removed from the sitemap after the build.
 */
const NOT_INDEXABLE = [/^\/a\//, /^\/[^/]+\/search\//, /^\/[^/]+\/status\//, /(^|\/)404(\/|\.html)?$/];

/** Returns whether a site path belongs in the sitemap. @example isIndexablePath('/en/search/') // false */
export function isIndexablePath(path: string): boolean {
	return !NOT_INDEXABLE.some((pattern) => pattern.test(path));
}
