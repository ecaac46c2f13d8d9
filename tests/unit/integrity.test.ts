import { describe, expect, test } from 'vitest';
import type { ContentInventory } from '../../src/lib/content-inventory';
import { scanPage, type PageScan } from '../../src/lib/html-scan';
import {
	checkCategoryLinks,
	checkRedirectPages,
	findMissingPages,
	findOrphanPages,
} from '../../src/lib/integrity';
import { toInternalTarget } from '../../src/lib/link-check';
import {
	article,
	inventory,
	messages,
	NOTICE,
	PAGE,
	REDIRECT,
	site,
} from '../support/site-inventory';

/** Both page rules together, as the build runs them: a problem must be reported exactly once. */
const checkPages = (inv: ContentInventory, pages: ReadonlyMap<string, PageScan>) => [
	...findMissingPages(inv, pages),
	...findOrphanPages(inv, pages),
];

describe('findMissingPages and findOrphanPages', () => {
	const inv = inventory([article('zh-cn', 'a'), article('en', 'a')]);

	test('passes when every entry has its page', () => {
		expect(checkPages(inv, site())).toEqual([]);
	});

	test.each([
		['/en/articles/a/', 'content/articles/en/a.mdx article: no page at /en/articles/a/'],
		[
			'/zh-cn/categories/general/',
			'content/categories.yaml category "general" (zh-cn): no page at /zh-cn/categories/general/',
		],
		['/en/contact/', '/en/contact/ contact page: no page at /en/contact/'],
		['/a/a/', 'content/articles/zh-cn/a.mdx short link: no page at /a/a/'],
	])('reports the missing page %s', (path, message) => {
		expect(messages(checkPages(inv, site({ [path]: undefined })))).toEqual([message]);
	});

	test('a published article must not be served by a notice page', () => {
		expect(messages(checkPages(inv, site({ '/en/articles/a/': NOTICE })))).toEqual([
			'content/articles/en/a.mdx /en/articles/a/ is a notice or redirect page, not the article',
		]);
	});

	test('a draft has no page, but a missing-translation notice at its URL is fine', () => {
		const drafted = inventory([article('zh-cn', 'a'), article('en', 'a', { draft: true })]);
		expect(checkPages(drafted, site({ '/en/articles/a/': NOTICE }))).toEqual([]);
		expect(messages(checkPages(drafted, site()))).toEqual([
			'content/articles/en/a.mdx draft has a page at /en/articles/a/; drafts must build nowhere',
		]);
	});

	test('accepts notice pages for missing translations and redirect pages for former slugs', () => {
		const inv2 = inventory([
			article('zh-cn', 'a', { formerSlugs: ['old'] }),
			article('en', 'a'),
			article('zh-cn', 'b'),
		]);
		const pages = site({
			'/zh-cn/articles/b/': PAGE,
			'/en/articles/b/': NOTICE,
			'/a/b/': PAGE,
			'/zh-cn/articles/old/': REDIRECT,
		});
		expect(checkPages(inv2, pages)).toEqual([]);
	});

	test('accepts redirect pages listed in redirects.yaml', () => {
		const inv2 = inventory([article('zh-cn', 'a'), article('en', 'a')], {
			redirects: ['/en/articles/gone/'],
		});
		expect(checkPages(inv2, site({ '/en/articles/gone/': REDIRECT }))).toEqual([]);
	});

	test.each([
		['an indexable page with no file', '/en/articles/ghost/', PAGE],
		['a notice for a slug no language has', '/en/articles/ghost/', NOTICE],
		['a redirect nobody declared', '/en/articles/ghost/', REDIRECT],
	])('reports %s', (_name, path, scan) => {
		expect(messages(checkPages(inv, site({ [path]: scan })))).toEqual([
			'/en/articles/ghost/ article page has no content entry (expected a published content/articles/en/ghost.mdx)',
		]);
	});

	test('reports a category page with no category', () => {
		expect(messages(checkPages(inv, site({ '/en/categories/old/': PAGE })))).toEqual([
			'/en/categories/old/ category page has no entry "old" in categories.yaml',
		]);
	});
});

describe('checkCategoryLinks', () => {
	const resolve = (from: string, ref: string) => toInternalTarget(from, ref)?.pathname;
	const inv = inventory([
		article('zh-cn', 'a'),
		article('en', 'a'),
		article('en', 'b', { category: 'nope' }),
	]);

	test('passes when the category page of each language links to the article', () => {
		const pages = site({
			'/zh-cn/categories/general/': scanPage('<a href="/zh-cn/articles/a/">a</a>'),
			'/en/categories/general/': scanPage('<a href="../../articles/a/">a</a>'),
		});
		expect(checkCategoryLinks(inv, pages, resolve)).toEqual([]);
	});

	test('reports the article its category page forgot (a link in another language does not count)', () => {
		const pages = site({
			'/zh-cn/categories/general/': scanPage('<a href="/zh-cn/articles/a/">a</a>'),
			'/en/categories/general/': scanPage('<a href="/zh-cn/articles/a/">a</a>'),
		});
		expect(messages(checkCategoryLinks(inv, pages, resolve))).toEqual([
			'content/articles/en/a.mdx /en/categories/general/ does not link to /en/articles/a/',
		]);
	});
});

describe('checkRedirectPages', () => {
	const redirectTo = (url: string) =>
		scanPage(
			`<meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=${url}">`,
		);

	test('passes redirect pages that lead to a built page of this site', () => {
		expect(
			checkRedirectPages(site({ '/en/articles/old/': REDIRECT, '/a/old/': redirectTo('/a/a/') })),
		).toEqual([]);
	});

	test.each([
		['//evil.example/', 'starts with "//"'],
		['/\\evil.example/', 'backslash'],
		['https://evil.example/', 'is a URL ("https:")'],
		['/%2f%2fevil.example/', 'an encoded "/"'],
		['/en/../a/', 'has a ".." segment'],
	])('reports a redirect page that leaves the site or resolves elsewhere: %s', (url, reason) => {
		const issues = checkRedirectPages(site({ '/en/articles/old/': redirectTo(url) }));
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ rule: 'pages', file: '/en/articles/old/' });
		expect(issues[0]!.message).toContain(reason);
	});

	test('reports a redirect to a page the build did not write, and one to another redirect', () => {
		const pages = site({
			'/en/articles/old/': redirectTo('/en/articles/gone/'),
			'/en/articles/older/': redirectTo('/en/articles/old/'),
		});
		expect(messages(checkRedirectPages(pages))).toEqual([
			'/en/articles/old/ redirects to /en/articles/gone/, a page the build did not write',
			'/en/articles/older/ redirects to /en/articles/old/, itself a redirect to /en/articles/gone/; point to the final page',
		]);
	});
});
