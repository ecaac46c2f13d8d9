import { describe, expect, test } from 'vitest';
import { findPathProblem, showValue, toSameOriginPath } from '../../src/lib/site-path';

const SITE = 'https://help.okpay.example.com';

describe('findPathProblem', () => {
	test.each([
		'/',
		'/en/',
		'/zh-cn/',
		'/en/contact/',
		'/en/search/',
		'/en/articles/payment-failed/',
		'/zh-cn/categories/payments/',
		'/a/payment-failed/',
		'/en/old_help/page~2/',
		'/help/faq.html/',
	])('accepts the clean site path %s', (path) => {
		expect(findPathProblem(path)).toBeUndefined();
	});

	test.each([
		// Other hosts, however written.
		['//evil.example/', 'starts with "//"'],
		['//evil.example', 'starts with "//"'],
		['///evil.example/', 'starts with "//"'],
		['/\\evil.example/', 'backslash'],
		['\\\\evil.example/', 'backslash'],
		['\\/evil.example/', 'backslash'],
		['/en\\..\\..\\evil/', 'backslash'],
		['https://evil.example/', 'is a URL ("https:")'],
		['HTTPS://evil.example/', 'is a URL ("HTTPS:")'],
		['http://help.okpay.example.com/en/', 'is a URL ("http:")'],
		['https:/evil.example/', 'is a URL ("https:")'],
		['https:evil.example', 'is a URL ("https:")'],
		['javascript:alert(1)//', 'is a URL ("javascript:")'],
		['JavaScript:alert(1)', 'is a URL ("JavaScript:")'],
		['data:text/html,<script>alert(1)</script>', 'is a URL ("data:")'],
		['mailto:help@evil.example', 'is a URL ("mailto:")'],
		['evil.example/', 'does not start with "/"'],
		['en/contact/', 'does not start with "/"'],
		['./en/', 'does not start with "/"'],
		// Invisible characters browsers drop or trim, joining "/" and "/" into "//".
		['/\t/evil.example/', 'U+0009'],
		['/\n/evil.example/', 'U+000A'],
		['/\r/evil.example/', 'U+000D'],
		['/en/con\ttact/', 'U+0009'],
		[' //evil.example/', 'U+0020'],
		['/en/ contact/', 'U+0020'],
		['/en/contact/\u0000', 'U+0000'],
		['/en/\u007f/', 'U+007F'],
		['/en/\u0085/', 'U+0085'],
		['/en/\u00a0/', 'U+00A0'],
		['/en/\u200b/', 'U+200B'],
		['/en/\u202e/', 'U+202E'],
		['/en/\u2066/', 'U+2066'],
		['/en/\ufeff/', 'U+FEFF'],
		['/en/\u3000/', 'U+3000'],
		// Percent-encoding that hides a slash, a backslash or a dot.
		['/%2f%2fevil.example/', '"%2f", an encoded "/"'],
		['/%2F/evil.example/', '"%2F", an encoded "/"'],
		['/%5cevil.example/', '"%5c", an encoded "\\"'],
		['/%5C%5Cevil.example/', '"%5C", an encoded "\\"'],
		['/en/%2e%2e/%2e%2e/evil/', '"%2e", an encoded "."'],
		['/en/%2E/', '"%2E", an encoded "."'],
		['/en/%252f/', 'percent-encoding'],
		['/en/%e2%81%84/', 'percent-encoding'],
		['/en/%09/', 'percent-encoding'],
		// Queries and fragments.
		['/en/?next=//evil.example/', 'query or fragment'],
		['/en/#//evil.example/', 'query or fragment'],
		['/en/search/?q=refund', 'query or fragment'],
		// Unicode slashes, backslashes and other non-ASCII.
		['/／evil.example/', 'U+FF0F'],
		['／／evil.example/', 'U+FF0F'],
		['/⁄evil.example/', 'U+2044'],
		['/∕evil.example/', 'U+2215'],
		['/⧸evil.example/', 'U+29F8'],
		['/＼evil.example/', 'U+FF3C'],
		['/﹨evil.example/', 'U+FE68'],
		['/∖evil.example/', 'U+2216'],
		['/en/ｃｏｎｔａｃｔ/', 'U+FF43'],
		['/en/帮助/', 'U+5E2E'],
		['/en/caf\u00e9/', 'U+00E9'],
		['/en/\u0441ontact/', 'U+0441'],
		// Case, empty segments, dot segments.
		['/EN/contact/', 'upper-case'],
		['/en/Articles/Old/', 'lower-case: /en/articles/old/'],
		['/en//contact/', 'empty segment'],
		['/en/contact//', 'empty segment'],
		['/./', 'has a "." segment'],
		['/../', 'has a ".." segment'],
		['/en/./contact/', 'has a "." segment'],
		['/en/../../evil/', 'has a ".." segment'],
		['/en/articles/../', 'has a ".." segment'],
		['/en/.../', 'segment "..."'],
		['/en/.env/', 'segment ".env"'],
		['/en/old./', 'segment "old."'],
		['/en/a..b/', 'segment "a..b"'],
		['/en/a;b/', 'segment "a;b"'],
		['/en/"onload/', 'segment ""onload"'],
		['/en/<script>/', 'segment "<script>"'],
		['/en/@evil.example/', 'segment "@evil.example"'],
		// Shape.
		['', 'is empty'],
		['/en/contact', 'does not end with "/"'],
		['/en/contact.html', 'does not end with "/"'],
	])('rejects %j: %s', (value, reason) => {
		expect(findPathProblem(value)).toContain(reason);
	});

	test('every value a browser would read as another origin is rejected', () => {
		const hostile = [
			'//evil.example/',
			'/\\evil.example/',
			'\\/evil.example/',
			'/\t/evil.example/',
			' //evil.example/',
			'/\n/evil/',
		];
		for (const value of hostile) {
			expect(new URL(value, `${SITE}/en/`).origin, value).not.toBe(SITE);
			expect(findPathProblem(value), value).toBeDefined();
		}
	});
});

describe('showValue', () => {
	test('quotes a value and writes invisible characters as code points', () => {
		expect(showValue('/a\tb\u202e/')).toBe('"/a<U+0009>b<U+202E>/"');
		expect(showValue('/a b/')).toBe('"/a b/"');
	});
});

describe('toSameOriginPath', () => {
	test('returns a clean site path unchanged', () => {
		expect(toSameOriginPath('/en/contact/', SITE)).toBe('/en/contact/');
		expect(toSameOriginPath('/', `${SITE}/`)).toBe('/');
	});

	test.each([
		'//evil.example/',
		'/\\evil.example/',
		'https://evil.example/',
		'javascript:alert(1)',
		'/\t/evil/',
		'/%2f%2fevil/',
		'/en/../x/',
		'/／evil/',
		'en/',
		'',
	])('throws for %j', (value) => {
		expect(() => toSameOriginPath(value, SITE)).toThrow(
			/is not a path on https:\/\/help\.okpay\.example\.com/,
		);
	});
});
