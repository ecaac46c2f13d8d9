import { describe, expect, test } from 'vitest';
import {
	getArticlePath,
	getCategoryPath,
	getContactPath,
	getHomePath,
	getNotFoundPath,
	getSearchPath,
	getShortPath,
	getTranslationStatusPath,
	parseArticleId,
	toAbsoluteUrl,
} from '../../src/lib/routes';

describe('path builders', () => {
	test.each([
		['getHomePath', () => getHomePath('en'), '/en/'],
		['getHomePath zh-cn', () => getHomePath('zh-cn'), '/zh-cn/'],
		[
			'getArticlePath',
			() => getArticlePath('en', 'payment-failed'),
			'/en/articles/payment-failed/',
		],
		['getCategoryPath', () => getCategoryPath('zh-cn', 'payments'), '/zh-cn/categories/payments/'],
		['getContactPath', () => getContactPath('en'), '/en/contact/'],
		['getSearchPath without query', () => getSearchPath('en'), '/en/search/'],
		['getSearchPath with empty query', () => getSearchPath('en', ''), '/en/search/'],
		['getSearchPath with query', () => getSearchPath('en', 'refund'), '/en/search/?q=refund'],
		[
			'getSearchPath encodes the query',
			() => getSearchPath('en', 'a b&c=d?#'),
			'/en/search/?q=a%20b%26c%3Dd%3F%23',
		],
		[
			'getSearchPath encodes Chinese',
			() => getSearchPath('zh-cn', '退款'),
			'/zh-cn/search/?q=%E9%80%80%E6%AC%BE',
		],
		['getShortPath', () => getShortPath('payment-failed'), '/a/payment-failed/'],
		['getNotFoundPath', () => getNotFoundPath('zh-cn'), '/zh-cn/404/'],
		['getTranslationStatusPath', () => getTranslationStatusPath('en'), '/en/status/translations/'],
	])('%s', (_name, build, expected) => {
		expect(build()).toBe(expected);
	});

	test('every page path ends with a slash', () => {
		const paths = [
			getHomePath('en'),
			getArticlePath('en', 'x'),
			getCategoryPath('en', 'x'),
			getContactPath('en'),
			getSearchPath('en'),
			getShortPath('x'),
		];
		expect(paths.filter((path) => !path.endsWith('/'))).toEqual([]);
	});
});

describe('toAbsoluteUrl', () => {
	test.each([
		['/en/', 'https://x.example', 'https://x.example/en/'],
		['/en/', 'https://x.example/', 'https://x.example/en/'],
		['/en/', 'https://x.example///', 'https://x.example/en/'],
		['/', 'https://x.example', 'https://x.example/'],
		['/en/search/?q=a%20b', 'https://x.example', 'https://x.example/en/search/?q=a%20b'],
		['/a/payment-failed/', 'http://localhost:4321', 'http://localhost:4321/a/payment-failed/'],
	])('toAbsoluteUrl(%j, %j) → %j', (path, site, expected) => {
		expect(toAbsoluteUrl(path, site)).toBe(expected);
	});
});

describe('parseArticleId', () => {
	test.each([
		['en/payment-failed', { locale: 'en', slug: 'payment-failed' }],
		['zh-cn/payment-failed', { locale: 'zh-cn', slug: 'payment-failed' }],
		['zh-hant-tw/reset', { locale: 'zh-hant-tw', slug: 'reset' }],
		['fil/reset', { locale: 'fil', slug: 'reset' }],
	])('parses %j', (id, expected) => {
		expect(parseArticleId(id)).toEqual(expected);
	});

	test.each([
		['payment-failed'],
		['en/'],
		['/payment-failed'],
		['en/a/b'],
		['EN/payment-failed'],
		['e/payment-failed'],
		['english/payment-failed'],
		[''],
	])('rejects %j', (id) => {
		expect(parseArticleId(id)).toBeNull();
	});
});
