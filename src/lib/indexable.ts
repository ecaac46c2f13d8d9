/**
 * Paths that are pages for readers but not for search engines: the language chooser of
 * short links, staff pages and 404s. The search page itself is indexable: its canonical URL has
 * no query, so result variants fold into it. Pages that say `noindex` themselves
 * (missing-translation notices) are removed from the sitemap after the build.
 */
const NOT_INDEXABLE = [/^\/a\//, /^\/[^/]+\/status\//, /(^|\/)404(\/|\.html)?$/];

/** Returns whether a site path belongs in the sitemap. @example isIndexablePath('/en/status/translations/') // false */
export function isIndexablePath(path: string): boolean {
	return !NOT_INDEXABLE.some((pattern) => pattern.test(path));
}
