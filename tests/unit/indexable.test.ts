import { describe, expect, test } from 'vitest';
import { isIndexablePath } from '../../src/lib/indexable';

describe('isIndexablePath', () => {
	test.each([
		['/', true],
		['/en/', true],
		['/zh-cn/', true],
		['/en/articles/payment-failed/', true],
		['/zh-cn/categories/payments/', true],
		['/en/contact/', true],
		// Only the locale's own search/status pages are excluded, not articles named like them.
		['/en/articles/search/', true],
		['/en/articles/status-codes/', true],
		['/en/searching/', true],
		['/en/articles/error-404/', true],
		['/en/articles/404-error/', true],
		['/about/a/', true],
		// The search page is indexable: its canonical URL has no query.
		['/en/search/', true],
		['/zh-cn/search/', true],
	])('%s is indexable', (path, expected) => {
		expect(isIndexablePath(path)).toBe(expected);
	});

	test.each([
		['/a/payment-failed/'],
		['/a/'],
		['/en/status/'],
		['/zh-cn/status/channels/'],
		['/en/status/translations/'],
		['/404/'],
		['/404.html'],
		['/404'],
		['/en/404/'],
		['/zh-cn/404.html'],
	])('%s is not indexable', (path) => {
		expect(isIndexablePath(path)).toBe(false);
	});
});
