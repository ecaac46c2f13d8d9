import { describe, expect, test } from 'vitest';
import {
	getCategoryArticles,
	getMissingTranslations,
	getPopularArticles,
	getPublished,
	getRelatedArticles,
	getSlugLocales,
	getTranslations,
	sortArticles,
	sortCategories,
	type ArticleRecord,
	type CategoryRecord,
} from '../../src/lib/articles';
import type { ArticleData } from '../../src/schemas/article';
import { articleData } from '../support/article-data';

const data = articleData;

const article = (
	locale: string,
	slug: string,
	overrides: Partial<ArticleData> = {},
): ArticleRecord => ({
	id: `${locale}/${slug}`,
	locale,
	slug,
	filePath: `content/articles/${locale}/${slug}.mdx`,
	data: data(overrides),
	body: '',
});

const ids = (articles: readonly ArticleRecord[]) => articles.map((a) => a.id);

const category = (id: string, order: number): CategoryRecord => ({
	id,
	order,
	icon: 'wallet',
	title: { 'zh-cn': id, en: id },
	description: { 'zh-cn': id, en: id },
});

describe('getPublished', () => {
	test('drops drafts and keeps the order', () => {
		const articles = [
			article('en', 'b'),
			article('en', 'a', { draft: true }),
			article('zh-cn', 'a'),
		];
		expect(ids(getPublished(articles))).toEqual(['en/b', 'zh-cn/a']);
	});

	test('returns [] when everything is a draft', () => {
		expect(getPublished([article('en', 'a', { draft: true })])).toEqual([]);
	});
});

describe('sortArticles', () => {
	test('sorts by order first, then by title', () => {
		const articles = [
			article('en', 'c', { order: 2, title: 'Apple question' }),
			article('en', 'b', { order: 1, title: 'Zebra question' }),
			article('en', 'a', { order: 2, title: 'Banana question' }),
		];
		expect(ids(sortArticles(articles))).toEqual(['en/b', 'en/c', 'en/a']);
	});

	test('compares titles in the article language, case-insensitively for English', () => {
		const articles = [
			article('en', 'upper', { title: 'Zulu question' }),
			article('en', 'lower', { title: 'alpha question' }),
		];
		expect(ids(sortArticles(articles))).toEqual(['en/lower', 'en/upper']);
	});

	test('orders Chinese titles by pinyin', () => {
		// 支 (zhī) sorts after 安 (ān) and 密 (mì) in zh collation.
		const articles = [
			article('zh-cn', 'pay', { title: '支付失败怎么办' }),
			article('zh-cn', 'safe', { title: '安全设置说明' }),
			article('zh-cn', 'pwd', { title: '密码找回步骤' }),
		];
		expect(ids(sortArticles(articles))).toEqual(['zh-cn/safe', 'zh-cn/pwd', 'zh-cn/pay']);
	});

	test('does not mutate its input', () => {
		const articles = [article('en', 'b', { order: 2 }), article('en', 'a', { order: 1 })];
		sortArticles(articles);
		expect(ids(articles)).toEqual(['en/b', 'en/a']);
	});
});

describe('getTranslations and getSlugLocales', () => {
	const articles = [article('zh-cn', 'a'), article('en', 'a'), article('zh-cn', 'b')];

	test('maps every locale of one slug', () => {
		const map = getTranslations(articles, 'a');
		expect([...map.keys()]).toEqual(['zh-cn', 'en']);
		expect(map.get('en')?.id).toBe('en/a');
	});

	test('returns an empty map for an unknown slug', () => {
		expect(getTranslations(articles, 'zzz').size).toBe(0);
	});

	test('lists the locales of every slug', () => {
		const map = getSlugLocales(articles);
		expect([...map].map(([slug, set]) => [slug, [...set]])).toEqual([
			['a', ['zh-cn', 'en']],
			['b', ['zh-cn']],
		]);
	});
});

describe('getMissingTranslations', () => {
	test('reports each absent (locale, slug) with the locales that do exist', () => {
		const articles = [
			article('zh-cn', 'a'),
			article('en', 'a'),
			article('zh-cn', 'b'),
			article('en', 'c'),
		];
		expect(getMissingTranslations(articles, ['zh-cn', 'en'])).toEqual([
			{ locale: 'en', slug: 'b', available: ['zh-cn'] },
			{ locale: 'zh-cn', slug: 'c', available: ['en'] },
		]);
	});

	test('returns [] when every slug exists in every locale', () => {
		expect(
			getMissingTranslations([article('zh-cn', 'a'), article('en', 'a')], ['zh-cn', 'en']),
		).toEqual([]);
	});

	test('ignores locales that are not configured', () => {
		expect(getMissingTranslations([article('zh-cn', 'a'), article('fr', 'a')], ['zh-cn'])).toEqual(
			[],
		);
	});
});

describe('getCategoryArticles', () => {
	test('keeps one locale and one category, sorted', () => {
		const articles = [
			article('en', 'x', { category: 'payments', order: 2 }),
			article('en', 'y', { category: 'account', order: 1 }),
			article('zh-cn', 'z', { category: 'payments', order: 1 }),
			article('en', 'w', { category: 'payments', order: 1 }),
		];
		expect(ids(getCategoryArticles(articles, 'en', 'payments'))).toEqual(['en/w', 'en/x']);
	});
});

describe('sortCategories', () => {
	test('sorts by order, then by id', () => {
		const sorted = sortCategories([
			category('security', 2),
			category('payments', 1),
			category('account', 2),
		]);
		expect(sorted.map((c) => c.id)).toEqual(['payments', 'account', 'security']);
	});
});

describe('getPopularArticles', () => {
	const articles = [
		article('en', 'a', { order: 3, pinned: true }),
		article('en', 'b', { order: 1 }),
		article('en', 'c', { order: 2, pinned: true }),
		article('zh-cn', 'd', { order: 1, pinned: true }),
	];

	test('returns the pinned articles of the locale, sorted', () => {
		expect(ids(getPopularArticles(articles, 'en'))).toEqual(['en/c', 'en/a']);
	});

	test('respects the limit', () => {
		expect(ids(getPopularArticles(articles, 'en', 1))).toEqual(['en/c']);
	});

	test('falls back to the first articles when none are pinned', () => {
		const unpinned = [
			article('en', 'a', { order: 3 }),
			article('en', 'b', { order: 1 }),
			article('en', 'c', { order: 2 }),
		];
		expect(ids(getPopularArticles(unpinned, 'en', 2))).toEqual(['en/b', 'en/c']);
	});

	test('returns [] for a locale with no articles', () => {
		expect(getPopularArticles(articles, 'fr')).toEqual([]);
	});
});

describe('getRelatedArticles', () => {
	test('returns existing same-language related articles in the listed order', () => {
		const source = article('en', 'a', { related: ['c', 'missing', 'b'] });
		const articles = [source, article('en', 'b'), article('en', 'c'), article('zh-cn', 'missing')];
		expect(ids(getRelatedArticles(articles, source))).toEqual(['en/c', 'en/b']);
	});

	test('returns [] when nothing is related', () => {
		const source = article('en', 'a');
		expect(getRelatedArticles([source, article('en', 'b')], source)).toEqual([]);
	});
});
