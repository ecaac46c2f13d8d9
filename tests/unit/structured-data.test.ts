import { describe, expect, test } from 'vitest';
import {
	toArticle,
	toBreadcrumbList,
	toFaqPage,
	toOrganization,
	toWebSite,
} from '../../src/lib/structured-data';

describe('toBreadcrumbList', () => {
	test('numbers the items from 1 in trail order', () => {
		expect(
			toBreadcrumbList([
				{ name: 'Help Center', url: 'https://x.example/en/' },
				{ name: 'Payments', url: 'https://x.example/en/categories/payments/' },
				{ name: 'Payment failed', url: 'https://x.example/en/articles/payment-failed/' },
			]),
		).toEqual({
			'@context': 'https://schema.org',
			'@type': 'BreadcrumbList',
			itemListElement: [
				{ '@type': 'ListItem', position: 1, name: 'Help Center', item: 'https://x.example/en/' },
				{
					'@type': 'ListItem',
					position: 2,
					name: 'Payments',
					item: 'https://x.example/en/categories/payments/',
				},
				{
					'@type': 'ListItem',
					position: 3,
					name: 'Payment failed',
					item: 'https://x.example/en/articles/payment-failed/',
				},
			],
		});
	});

	test('an empty trail gives an empty list', () => {
		expect(toBreadcrumbList([]).itemListElement).toEqual([]);
	});
});

describe('toFaqPage', () => {
	test('makes one Question per entry with its visible answer', () => {
		expect(
			toFaqPage(
				[
					{
						question: '支付失败怎么办',
						answer: '检查余额后重试。',
						url: 'https://x.example/zh-cn/articles/payment-failed/',
					},
					{
						question: '如何退款',
						answer: '在订单页申请退款。',
						url: 'https://x.example/zh-cn/articles/refund/',
					},
				],
				'zh-CN',
			),
		).toEqual({
			'@context': 'https://schema.org',
			'@type': 'FAQPage',
			inLanguage: 'zh-CN',
			mainEntity: [
				{
					'@type': 'Question',
					name: '支付失败怎么办',
					url: 'https://x.example/zh-cn/articles/payment-failed/',
					acceptedAnswer: {
						'@type': 'Answer',
						text: '检查余额后重试。',
						url: 'https://x.example/zh-cn/articles/payment-failed/',
					},
				},
				{
					'@type': 'Question',
					name: '如何退款',
					url: 'https://x.example/zh-cn/articles/refund/',
					acceptedAnswer: {
						'@type': 'Answer',
						text: '在订单页申请退款。',
						url: 'https://x.example/zh-cn/articles/refund/',
					},
				},
			],
		});
	});
});

const okpay = {
	name: 'OKPay',
	url: 'https://x.example/en/',
	logo: 'https://x.example/favicon.svg',
};
const okpayLd = { '@type': 'Organization', ...okpay };

describe('toArticle', () => {
	const article = toArticle({
		headline: 'Payment failed',
		description: 'What to do when a payment fails.',
		url: 'https://x.example/en/articles/payment-failed/',
		lang: 'en',
		updated: '2026-11-20',
		image: 'https://x.example/og.png',
		keywords: ['payment', 'failed'],
		section: 'Payments',
		organization: okpay,
	});

	test('maps the facts onto schema.org Article fields', () => {
		expect(article).toEqual({
			'@context': 'https://schema.org',
			'@type': 'Article',
			headline: 'Payment failed',
			description: 'What to do when a payment fails.',
			url: 'https://x.example/en/articles/payment-failed/',
			mainEntityOfPage: 'https://x.example/en/articles/payment-failed/',
			inLanguage: 'en',
			datePublished: '2026-11-20',
			dateModified: '2026-11-20',
			image: 'https://x.example/og.png',
			keywords: 'payment, failed',
			articleSection: 'Payments',
			author: okpayLd,
			publisher: okpayLd,
		});
	});

	// Google recommends both for articles; the organisation writes the help center.
	test('names the organisation as author, with its home page and logo', () => {
		expect(article).toMatchObject({
			author: { '@type': 'Organization', name: 'OKPay', url: 'https://x.example/en/' },
		});
		expect(article).toHaveProperty('datePublished', '2026-11-20');
	});
});

describe('toWebSite', () => {
	test('points its SearchAction at the search page', () => {
		expect(
			toWebSite('OKPay Help Center', 'https://x.example/en/', 'https://x.example/en/search/', 'en'),
		).toEqual({
			'@context': 'https://schema.org',
			'@type': 'WebSite',
			name: 'OKPay Help Center',
			url: 'https://x.example/en/',
			inLanguage: 'en',
			potentialAction: {
				'@type': 'SearchAction',
				target: 'https://x.example/en/search/?q={search_term_string}',
				'query-input': 'required name=search_term_string',
			},
		});
	});
});

describe('toOrganization', () => {
	test('is the company at its home page, with its logo and a copy of the contact points', () => {
		const points = [
			{
				'@type': 'ContactPoint' as const,
				telephone: '+18005550123',
				contactType: 'customer support',
			},
		];
		const organization = toOrganization(okpay, points);
		expect(organization).toEqual({
			'@context': 'https://schema.org',
			'@type': 'Organization',
			name: 'OKPay',
			url: 'https://x.example/en/',
			logo: 'https://x.example/favicon.svg',
			contactPoint: [
				{ '@type': 'ContactPoint', telephone: '+18005550123', contactType: 'customer support' },
			],
		});
		expect((organization as unknown as { contactPoint: unknown }).contactPoint).not.toBe(points);
	});
});
