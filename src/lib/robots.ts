/** Returns robots.txt: everything crawlable except staff and short-link pages; the sitemap's absolute URL. */
export function getRobotsTxt(siteUrl: string): string {
	return [
		'User-agent: *',
		'Allow: /',
		'Disallow: /*/status/',
		'Disallow: /a/',
		'',
		`Sitemap: ${siteUrl}/sitemap-index.xml`,
		'',
	].join('\n');
}
