/**
 * Returns robots.txt: the whole site may be fetched; the sitemap's absolute URL.
 *
 * Nothing is disallowed. Pages kept out of search results (short links, staff status pages,
 * notices) say `noindex` themselves, and a crawler that robots.txt turned away would never read
 * it (Google may then index the bare URL from links). Link-preview bots also need to fetch the
 * short links staff paste to read their og: tags.
 * @see https://developers.google.com/search/docs/crawling-indexing/block-indexing
 */
export function getRobotsTxt(siteUrl: string): string {
	return ['User-agent: *', 'Allow: /', '', `Sitemap: ${siteUrl}/sitemap-index.xml`, ''].join('\n');
}
