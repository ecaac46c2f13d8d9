import type { PageScan } from './html-scan';

/**
 * Returns sitemap XML without the pages search engines must not index (noindex notices,
 * redirect pages), and without alternate links pointing at them. @astrojs/sitemap cannot see
 * a page's robots meta, so this runs after the build.
 */
export function pruneSitemap(xml: string, isExcluded: (url: string) => boolean): string {
	return xml
		.replace(/<url>([\s\S]*?)<\/url>/g, (block, inner: string) => {
			const loc = /<loc>([^<]+)<\/loc>/.exec(inner)?.[1];
			return loc && isExcluded(loc) ? '' : block;
		})
		.replace(/<xhtml:link [^>]*href="([^"]+)"[^>]*\/>/g, (link, href: string) => (isExcluded(href) ? '' : link));
}

/**
 * Returns whether a built page stays out of the sitemap: it asks not to be indexed, or it is a
 * redirect. The only such rule: the sitemap integration lists every page, and no list of paths
 * (short links, staff pages, 404s) repeats what those pages say about themselves.
 */
export function isExcludedFromSitemap(scan: Pick<PageScan, 'noindex' | 'refreshTo'>): boolean {
	return scan.noindex || scan.refreshTo !== undefined;
}
