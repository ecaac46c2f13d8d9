import { describe, expect, test } from 'vitest';
import { listSitePages } from '../../src/lib/site-pages';

const article = (
	locale: string,
	slug: string,
	data: { draft?: boolean; formerSlugs?: string[] } = {},
) => ({
	locale,
	slug,
	data: { draft: data.draft ?? false, formerSlugs: data.formerSlugs ?? [] },
});

const pages = listSitePages({
	locales: ['zh-cn', 'en'],
	articles: [
		article('zh-cn', 'reset-password', { formerSlugs: ['forgot-password'] }),
		article('en', 'reset-password', { formerSlugs: ['forgot-password'] }),
		article('zh-cn', 'change-language'),
		article('zh-cn', 'draft-only', { draft: true }),
	],
	categoryIds: ['general'],
});

describe('listSitePages', () => {
	test.each([
		'/',
		'/zh-cn/',
		'/en/',
		'/en/contact/',
		'/zh-cn/search/',
		'/en/categories/general/',
		'/en/articles/reset-password/',
		'/zh-cn/articles/change-language/',
		'/a/reset-password/',
		'/a/change-language/',
	])('%s is a page readers can be sent to', (path) => {
		expect(pages.targets.has(path)).toBe(true);
		expect(pages.built.has(path)).toBe(true);
	});

	test.each([
		['/en/articles/change-language/', 'the notice that "change-language" has no en translation'],
		[
			'/en/articles/forgot-password/',
			'the redirect of the former slug "forgot-password" of "reset-password"',
		],
		[
			'/a/forgot-password/',
			'the redirect of the former slug "forgot-password" of "reset-password"',
		],
		['/en/404/', 'the en not-found page'],
		['/zh-cn/status/translations/', 'the zh-cn translation status page'],
	])('%s is built but is no place to send readers', (path, what) => {
		expect(pages.built.get(path)).toBe(what);
		expect(pages.targets.has(path)).toBe(false);
	});

	test('drafts, unknown categories and other paths are not pages', () => {
		for (const path of [
			'/zh-cn/articles/draft-only/',
			'/a/draft-only/',
			'/en/categories/cards/',
			'/fr/',
			'/en/articles/nope/',
		]) {
			expect(pages.built.has(path), path).toBe(false);
		}
	});
});
