import { describe, expect, test } from 'vitest';
import {
	getArticleCardPath,
	getCardScope,
	getCategoryCardPath,
	getSiteCardPath,
	planCards,
	type CardPlanInput,
	type CardScope,
} from '../../src/lib/og/card-plan';

const articlesIn = (counts: Record<string, number>) =>
	Object.entries(counts).flatMap(([locale, n]) => Array.from({ length: n }, () => ({ locale })));

describe('getCardScope', () => {
	test.each([
		[{ 'zh-cn': 3, en: 3 }, 3, 'article'],
		[{ 'zh-cn': 4, en: 3 }, 3, 'category'],
		[{ 'zh-cn': 1, en: 4 }, 3, 'category'],
		[{ 'zh-cn': 1, en: 1 }, 0, 'category'],
		[{}, 0, 'article'],
	] as const)('%j articles with limit %i: %s cards', (counts, limit, scope) => {
		expect(getCardScope(articlesIn(counts), limit)).toBe(scope);
	});
});

describe('card paths', () => {
	test('site, category and article cards have distinct paths', () => {
		expect(getSiteCardPath('en')).toBe('/og/en.png');
		expect(getCategoryCardPath('en', 'security')).toBe('/og/en/categories/security.png');
		expect(getArticleCardPath('en', { slug: 'lost-phone', category: 'security' }, 'article')).toBe(
			'/og/en/lost-phone.png',
		);
	});

	test('above the limit an article shows its category card', () => {
		expect(
			getArticleCardPath('zh-cn', { slug: 'lost-phone', category: 'security' }, 'category'),
		).toBe(getCategoryCardPath('zh-cn', 'security'));
	});
});

describe('planCards', () => {
	const input = (scope: CardScope): CardPlanInput => ({
		sites: [
			{ locale: 'zh-cn', brand: 'OKPay', name: 'OKPay 帮助中心', tagline: '钱包问题的答案' },
			{ locale: 'en', brand: 'OKPay', name: 'OKPay Help Center', tagline: 'Wallet answers' },
		],
		categories: [
			{
				id: 'security',
				title: { 'zh-cn': '账户安全', en: 'Account security' },
				description: { 'zh-cn': '保护账户', en: 'Keep it safe' },
			},
			{
				id: 'payments',
				title: { 'zh-cn': '支付', en: 'Payments' },
				description: { 'zh-cn': '付款', en: 'Paying' },
			},
		],
		articles: [
			{ locale: 'zh-cn', slug: 'lost-phone', title: '手机丢了怎么办', category: 'security' },
			{ locale: 'en', slug: 'lost-phone', title: 'I lost my phone', category: 'security' },
			{ locale: 'en', slug: 'refund', title: 'Get a refund', category: 'payments' },
		],
		scope,
	});

	test.each(['article', 'category'] as const)(
		'with %s cards, every article page links to a card that is drawn',
		(scope) => {
			const drawn = new Set(planCards(input(scope)).map((job) => job.path));
			for (const article of input(scope).articles)
				expect(drawn).toContain(getArticleCardPath(article.locale, article, scope));
		},
	);

	test('article cards show the title under the site name and over the category', () => {
		const card = planCards(input('article')).find(
			(job) => job.path === '/og/zh-cn/lost-phone.png',
		)?.card;
		expect(card).toEqual({ brand: 'OKPay 帮助中心', title: '手机丢了怎么办', footer: '账户安全' });
	});

	test('category cards show the category title and description, in every language', () => {
		const jobs = planCards(input('category'));
		expect(jobs.find((job) => job.path === '/og/en/categories/payments.png')?.card).toEqual({
			brand: 'OKPay Help Center',
			title: 'Payments',
			footer: 'Paying',
		});
		expect(
			jobs.map((job) => job.path).filter((path) => path.includes('/categories/')),
		).toHaveLength(4);
	});

	test('with category cards, the number of cards does not grow with the articles', () => {
		expect(planCards(input('category'))).toHaveLength(2 + 4);
		expect(planCards(input('article'))).toHaveLength(2 + 4 + 3);
	});
});
