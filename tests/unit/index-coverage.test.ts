import { describe, expect, test } from 'vitest';
import {
	checkSearchIndex,
	checkSitemap,
	checkSitemapFiles,
	findNoindexInSitemap,
	getFragmentLanguage,
	parseFragment,
	parseSitemapPaths,
} from '../../src/lib/index-coverage';
import { article, inventory, messages, REDIRECT, site } from '../support/site-inventory';

describe('Pagefind fragments', () => {
	test.each([
		['en_22beefa.pf_fragment', 'en'],
		['zh-cn_6c2defd.pf_fragment', 'zh-cn'],
		['pt-br_0a1b2c3.pf_fragment', 'pt-br'],
	])('%s is in language %s', (name, language) => {
		expect(getFragmentLanguage(name)).toBe(language);
	});

	test('parseFragment reads the URL after the pagefind_dcd marker', () => {
		expect(parseFragment('pagefind_dcd{"url":"/en/articles/a/","content":"x"}').url).toBe(
			'/en/articles/a/',
		);
	});
});

describe('checkSearchIndex', () => {
	test('reports an index that was not written, once', () => {
		expect(checkSearchIndex(inventory([article('en', 'a')]), undefined, (l) => l)).toEqual([
			{
				file: 'pagefind/pagefind-entry.json',
				rule: 'search',
				message: 'missing: the search index was not written',
			},
		]);
	});

	const inv = inventory([
		article('zh-cn', 'a'),
		article('en', 'a'),
		article('en', 'b', { draft: true }),
	]);
	const langOf = (locale: string) => (locale === 'zh-cn' ? 'zh-CN' : locale);
	const fragments = [
		{ language: 'zh-cn', url: '/zh-cn/articles/a/' },
		{ language: 'en', url: '/en/articles/a/' },
	];

	test('passes when each article is in its language index and the counts agree', () => {
		expect(checkSearchIndex(inv, { pageCounts: { 'zh-cn': 1, en: 1 }, fragments }, langOf)).toEqual(
			[],
		);
	});

	test('reports an article filed under another language', () => {
		const index = {
			pageCounts: { 'zh-cn': 2 },
			fragments: [
				{ language: 'zh-cn', url: '/zh-cn/articles/a/' },
				{ language: 'zh-cn', url: '/en/articles/a/' },
			],
		};
		expect(messages(checkSearchIndex(inv, index, langOf))).toEqual([
			'content/articles/en/a.mdx /en/articles/a/ is missing from the "en" search index (it is in the "zh-cn" index instead)',
		]);
	});

	test('reports an article no fragment holds', () => {
		const index = { pageCounts: { 'zh-cn': 1 }, fragments: fragments.slice(0, 1) };
		expect(messages(checkSearchIndex(inv, index, langOf))).toEqual([
			'content/articles/en/a.mdx /en/articles/a/ is missing from the "en" search index (no fragment has its URL)',
		]);
	});

	test('reports an indexed draft and a page count that disagrees with the fragments', () => {
		const index = {
			pageCounts: { 'zh-cn': 1, en: 3 },
			fragments: [...fragments, { language: 'en', url: '/en/articles/b/' }],
		};
		expect(messages(checkSearchIndex(inv, index, langOf))).toEqual([
			'/en/articles/b/ is in the search index but is not a published article (draft or notice page)',
			'pagefind/pagefind-entry.json language "en" counts 3 pages but 2 fragments exist',
		]);
	});
});

describe('sitemap', () => {
	const xml =
		'<?xml version="1.0"?><urlset><url><loc>https://help.example.com/en/articles/a/</loc></url>' +
		'<url><loc>https://help.example.com/en/articles/old/</loc></url></urlset>';

	test('parseSitemapPaths returns site paths', () => {
		expect(parseSitemapPaths(xml)).toEqual(['/en/articles/a/', '/en/articles/old/']);
	});

	test('checkSitemap reports published articles it does not list; drafts are not expected', () => {
		const inv = inventory([
			article('zh-cn', 'a'),
			article('en', 'a'),
			article('en', 'c', { draft: true }),
		]);
		expect(messages(checkSitemap(inv, new Set(parseSitemapPaths(xml))))).toEqual([
			'content/articles/zh-cn/a.mdx /zh-cn/articles/a/ is missing from the sitemap',
		]);
	});

	test('checkSitemapFiles reports a missing sitemap index, or each sitemap it lists that was not written', () => {
		expect(messages(checkSitemapFiles(undefined))).toEqual([
			'/sitemap-index.xml missing: the sitemap was not written',
		]);
		expect(messages(checkSitemapFiles(['/sitemap-1.xml']))).toEqual([
			'/sitemap-index.xml lists /sitemap-1.xml, which was not written',
		]);
		expect(checkSitemapFiles([])).toEqual([]);
	});

	test('findNoindexInSitemap lists the notice and redirect pages it names', () => {
		const pages = site({ '/en/articles/old/': REDIRECT });
		expect(findNoindexInSitemap(pages, new Set(parseSitemapPaths(xml)))).toEqual([
			{
				file: '/en/articles/old/',
				rule: 'sitemap',
				message: 'is noindex but listed in the sitemap',
			},
		]);
	});
});
