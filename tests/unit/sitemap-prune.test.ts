import { describe, expect, test } from 'vitest';
import { scanPage } from '../../src/lib/html-scan';
import { isExcludedFromSitemap, pruneSitemap } from '../../src/lib/sitemap-prune';

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
