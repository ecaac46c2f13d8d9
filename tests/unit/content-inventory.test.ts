import { describe, expect, test } from 'vitest';
import type { ArticleRecord } from '../../src/lib/articles';
import { toContentInventory } from '../../src/lib/content-inventory';
import { articleData } from '../support/article-data';

const record = (
	locale: string,
	slug: string,
	data: Parameters<typeof articleData>[0] = {},
): ArticleRecord => ({
	id: `${locale}/${slug}`,
	locale,
	slug,
	filePath: `content/articles/${locale}/${slug}.mdx`,
	data: articleData(data),
	body: 'Body',
});

describe('toContentInventory', () => {
	const inventory = toContentInventory({
		locales: ['zh-cn', 'en'],
		articles: [
			record('zh-cn', 'refund', { category: 'payments' }),
			record('en', 'refund', { category: 'payments', formerSlugs: ['money-back'] }),
			record('en', 'new-card', { category: 'cards', draft: true }),
		],
		categories: [{ id: 'payments' }, { id: 'cards' }],
		categoriesFile: 'content/categories.yaml',
		redirects: [{ from: '/en/articles/old/' }],
	});

	test('keeps what the integrity checks need of each article, drafts included, in file order', () => {
		expect(inventory.articles).toEqual([
			{
				file: 'content/articles/en/new-card.mdx',
				locale: 'en',
				slug: 'new-card',
				draft: true,
				category: 'cards',
				formerSlugs: [],
			},
			{
				file: 'content/articles/en/refund.mdx',
				locale: 'en',
				slug: 'refund',
				draft: false,
				category: 'payments',
				formerSlugs: ['money-back'],
			},
			{
				file: 'content/articles/zh-cn/refund.mdx',
				locale: 'zh-cn',
				slug: 'refund',
				draft: false,
				category: 'payments',
				formerSlugs: [],
			},
		]);
	});

	test('names categories by their file, and redirects by the page they lead from', () => {
		expect(inventory.locales).toEqual(['zh-cn', 'en']);
		expect(inventory.categories).toEqual([
			{ file: 'content/categories.yaml', id: 'payments' },
			{ file: 'content/categories.yaml', id: 'cards' },
		]);
		expect(inventory.redirects).toEqual(['/en/articles/old/']);
	});

	test('is plain JSON: the build manifest carries it to the post-build steps unchanged', () => {
		expect(JSON.parse(JSON.stringify(inventory))).toEqual(inventory);
	});
});
