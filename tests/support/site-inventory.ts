/** Plain-data stand-ins for a tiny built site, shared by the integrity rule tests. */
import type { ArticleEntry, ContentInventory } from '../../src/lib/content-inventory';
import { scanPage, type PageScan } from '../../src/lib/html-scan';
import type { Issue } from '../../src/lib/issues';

export const article = (
	locale: string,
	slug: string,
	extra: Partial<ArticleEntry> = {},
): ArticleEntry => ({
	file: `content/articles/${locale}/${slug}.mdx`,
	locale,
	slug,
	draft: false,
	category: 'general',
	formerSlugs: [],
	...extra,
});

export const inventory = (
	articles: ArticleEntry[],
	extra: Partial<ContentInventory> = {},
): ContentInventory => ({
	locales: ['zh-cn', 'en'],
	articles,
	categories: [{ file: 'content/categories.yaml', id: 'general' }],
	redirects: [],
	...extra,
});

export const PAGE = scanPage('<main></main>');
export const NOTICE = scanPage('<meta name="robots" content="noindex, follow"><main></main>');
export const REDIRECT = scanPage(
	'<meta name="robots" content="noindex"><meta http-equiv="refresh" content="0; url=/en/articles/a/">',
);

/** The pages a one-article site builds, with the given changes. */
export const site = (changes: Record<string, PageScan | undefined> = {}) => {
	const pages = new Map<string, PageScan>();
	for (const path of [
		'/zh-cn/',
		'/en/',
		'/zh-cn/contact/',
		'/en/contact/',
		'/zh-cn/categories/general/',
		'/en/categories/general/',
		'/a/a/',
		'/zh-cn/articles/a/',
		'/en/articles/a/',
	]) {
		pages.set(path, PAGE);
	}
	for (const [path, scan] of Object.entries(changes)) {
		if (scan) pages.set(path, scan);
		else pages.delete(path);
	}
	return pages;
};

export const messages = (issues: readonly Issue[]) => issues.map((i) => `${i.file} ${i.message}`);
