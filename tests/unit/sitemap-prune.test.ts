import { describe, expect, test } from 'vitest';
import { scanPage } from '../../src/lib/html-scan';
import { isExcludedFromSitemap, pruneSitemap, readSitemapUrls } from '../../src/lib/sitemap-prune';

const xml =
	'<urlset><url><loc>https://x.example/en/a/</loc><xhtml:link rel="alternate" hreflang="en" href="https://x.example/en/a/"/><xhtml:link rel="alternate" hreflang="zh-CN" href="https://x.example/zh-cn/a/"/></url>' +
	'<url><loc>https://x.example/zh-cn/a/</loc></url></urlset>';

describe('pruneSitemap', () => {
	test('drops excluded pages and alternate links pointing at them', () => {
		const pruned = pruneSitemap(xml, (url) => url.includes('/zh-cn/'));
		expect(pruned).toBe(
			'<urlset><url><loc>https://x.example/en/a/</loc><xhtml:link rel="alternate" hreflang="en" href="https://x.example/en/a/"/></url></urlset>',
		);
	});

	test('keeps everything when nothing is excluded', () => {
		expect(pruneSitemap(xml, () => false)).toBe(xml);
	});

	test('reads the XML, not its layout: attributes in any order, line breaks, entities', () => {
		const written =
			'<?xml version="1.0" encoding="UTF-8"?>\n<urlset>\n<url>\n  <loc> https://x.example/en/a/?x=1&amp;y=2 </loc>\n' +
			'  <xhtml:link href="https://x.example/zh-cn/a/" hreflang="zh-CN"\n    rel="alternate" />\n</url>\n' +
			'<url><loc>https://x.example/zh-cn/a/</loc></url>\n</urlset>';
		expect(pruneSitemap(written, (url) => url.includes('/zh-cn/'))).toBe(
			'<?xml version="1.0" encoding="UTF-8"?>\n<urlset>\n<url>\n  <loc> https://x.example/en/a/?x=1&amp;y=2 </loc>\n  \n</url>\n\n</urlset>',
		);
		expect(pruneSitemap(written, (url) => url === 'https://x.example/en/a/?x=1&y=2')).not.toContain(
			'/en/a/',
		);
	});
});

describe('readSitemapUrls', () => {
	test('lists the <loc> of each page, entities decoded, and not the <image:loc> of its images', () => {
		expect(
			readSitemapUrls(
				'<urlset><url><loc>https://x.example/en/?a=1&amp;b=2</loc><image:image><image:loc>https://x.example/i.png</image:loc></image:image></url>' +
					'<url><loc>\n https://x.example/zh-cn/ \n</loc></url></urlset>',
			),
		).toEqual(['https://x.example/en/?a=1&b=2', 'https://x.example/zh-cn/']);
	});

	test('lists the sitemaps of a sitemap index', () => {
		expect(
			readSitemapUrls(
				'<sitemapindex><sitemap><loc>https://x.example/sitemap-0.xml</loc></sitemap></sitemapindex>',
			),
		).toEqual(['https://x.example/sitemap-0.xml']);
	});
});

describe('isExcludedFromSitemap', () => {
	test.each([
		['<meta name="robots" content="noindex, follow">', true],
		['<meta http-equiv="refresh" content="0; url=/en/">', true],
		['<meta name="robots" content="index">', false],
		['<title>x</title><p>noindex</p>', false],
	])('%s → %s', (html, expected) => {
		expect(isExcludedFromSitemap(scanPage(html))).toBe(expected);
	});
});
