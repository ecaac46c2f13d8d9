import { describe, expect, test } from 'vitest';
import { getAlternates } from '../../src/lib/hreflang';

const site = 'https://help.okpay.example.com';

describe('getAlternates', () => {
	test('lists every version plus x-default pointing at the first (source) version', () => {
		expect(
			getAlternates(
				[
					{ lang: 'zh-CN', path: '/zh-cn/articles/payment-failed/' },
					{ lang: 'en', path: '/en/articles/payment-failed/' },
				],
				site,
			),
		).toEqual([
			{ hreflang: 'zh-CN', href: 'https://help.okpay.example.com/zh-cn/articles/payment-failed/' },
			{ hreflang: 'en', href: 'https://help.okpay.example.com/en/articles/payment-failed/' },
			{
				hreflang: 'x-default',
				href: 'https://help.okpay.example.com/zh-cn/articles/payment-failed/',
			},
		]);
	});

	test('uses xDefaultPath when given', () => {
		expect(getAlternates([{ lang: 'en', path: '/en/' }], site, '/')).toEqual([
			{ hreflang: 'en', href: 'https://help.okpay.example.com/en/' },
			{ hreflang: 'x-default', href: 'https://help.okpay.example.com/' },
		]);
	});

	test('a single version still gets an x-default', () => {
		expect(getAlternates([{ lang: 'en', path: '/en/contact/' }], site)).toEqual([
			{ hreflang: 'en', href: 'https://help.okpay.example.com/en/contact/' },
			{ hreflang: 'x-default', href: 'https://help.okpay.example.com/en/contact/' },
		]);
	});

	test('no versions gives no alternates, even with an xDefaultPath', () => {
		expect(getAlternates([], site, '/')).toEqual([]);
	});

	test.each([
		['https://x.example', 'https://x.example/en/'],
		['https://x.example/', 'https://x.example/en/'],
		['http://localhost:4321', 'http://localhost:4321/en/'],
	])('site URL %j gives absolute hrefs', (siteUrl, expected) => {
		expect(getAlternates([{ lang: 'en', path: '/en/' }], siteUrl)[0]).toEqual({
			hreflang: 'en',
			href: expected,
		});
	});
});
