/**
 * The sitemap after the build: which pages it leaves out, and its XML read with htmlparser2 (as
 * the built pages are, src/lib/html-tree.ts), never with a regex.
 */
import type { Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { PageScan } from './html-scan';

/** Returns a sitemap's (or sitemap index's) tree, with the source offsets of every element. */
const parseSitemap = (xml: string) =>
	parseDocument(xml, { xmlMode: true, withStartIndices: true, withEndIndices: true });

const findAll = (parent: { children: Element['children'] }, name: string) =>
	DomUtils.findAll((element) => element.name === name, parent.children);

/** Returns the URL an entry's `<loc>` names ('' without one), as written with entities decoded. */
const locOf = (entry: Element) => {
	const loc = DomUtils.findOne((element) => element.name === 'loc', entry.children, false);
	return loc ? DomUtils.textContent(loc).trim() : '';
};

/**
 * Returns the URLs a sitemap lists (the `<loc>` of each `<url>`), or the sitemaps a sitemap index lists.
 * @example readSitemapUrls('<urlset><url><loc>https://x.example/en/</loc></url></urlset>') // ['https://x.example/en/']
 */
export function readSitemapUrls(xml: string): string[] {
	return findAll(parseSitemap(xml), 'loc').map((loc) => DomUtils.textContent(loc).trim());
}

/**
 * Returns sitemap XML without the pages search engines must not index (noindex notices,
 * redirect pages), and without alternate links pointing at them; everything else is kept as
 * written. @astrojs/sitemap cannot see a page's robots meta, so this runs after the build.
 */
export function pruneSitemap(xml: string, isExcluded: (url: string) => boolean): string {
	const cuts: Element[] = [];
	for (const entry of findAll(parseSitemap(xml), 'url')) {
		const loc = locOf(entry);
		if (loc && isExcluded(loc)) cuts.push(entry);
		else
			cuts.push(
				...findAll(entry, 'xhtml:link').filter((link) => isExcluded(link.attribs['href'] ?? '')),
			);
	}
	let pruned = '';
	let from = 0;
	for (const cut of cuts) {
		pruned += xml.slice(from, cut.startIndex ?? from);
		from = (cut.endIndex ?? from - 1) + 1;
	}
	return pruned + xml.slice(from);
}

/**
 * Returns whether a built page stays out of the sitemap: it asks not to be indexed, or it is a
 * redirect. The only such rule: the sitemap integration lists every page, and no list of paths
 * (short links, staff pages, 404s) repeats what those pages say about themselves.
 */
export function isExcludedFromSitemap(scan: Pick<PageScan, 'noindex' | 'refreshTo'>): boolean {
	return scan.noindex || scan.refreshTo !== undefined;
}
