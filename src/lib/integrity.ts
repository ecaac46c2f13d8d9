/**
 * Post-build integrity rules: every content entry has its page, its search entry, its sitemap
 * entry and its category link, and no page is left without an entry. Plain data in, issues out.
 */
import type { ContentInventory } from './content-inventory';
import type { PageScan } from './html-scan';
import type { Issue } from './issues';
import {
	getArticlePath,
	getCategoryPath,
	getContactPath,
	getHomePath,
	getShortPath,
} from './routes';
import { findPathProblem, showValue } from './site-path';

/** Returns the articles that build a page (not drafts). */
export const getLiveArticles = (inv: ContentInventory) => inv.articles.filter((a) => !a.draft);

const key = (locale: string, slug: string) => `${locale}/${slug}`;
const pageIssue = (file: string, message: string): Issue => ({ file, rule: 'pages', message });

/** Returns pages that should exist and don't, and drafts or articles served by the wrong kind of page. */
export function findMissingPages(
	inv: ContentInventory,
	pages: ReadonlyMap<string, PageScan>,
): Issue[] {
	const issues: Issue[] = [];
	const need = (path: string, where: string, what: string) => {
		if (!pages.has(path)) issues.push(pageIssue(where, `${what}: no page at ${path}`));
	};
	for (const a of inv.articles) {
		const path = getArticlePath(a.locale, a.slug);
		const page = pages.get(path);
		if (!a.draft) need(path, a.file, 'article');
		if (!a.draft && page?.noindex)
			issues.push(pageIssue(a.file, `${path} is a notice or redirect page, not the article`));
		if (a.draft && page && !page.noindex)
			issues.push(pageIssue(a.file, `draft has a page at ${path}; drafts must build nowhere`));
	}
	const slugFiles = new Map<string, string>();
	for (const a of getLiveArticles(inv)) if (!slugFiles.has(a.slug)) slugFiles.set(a.slug, a.file);
	for (const [slug, file] of slugFiles) need(getShortPath(slug), file, 'short link');
	for (const locale of inv.locales) {
		need(getHomePath(locale), getHomePath(locale), 'home page');
		need(getContactPath(locale), getContactPath(locale), 'contact page');
		for (const c of inv.categories)
			need(getCategoryPath(locale, c.id), c.file, `category "${c.id}" (${locale})`);
	}
	return issues;
}

/**
 * Returns article and category pages with no content entry. Expected exceptions: notice pages
 * (noindex) for a slug published in another language, and redirect pages (noindex + refresh) for
 * a former slug or a content/redirects.yaml entry.
 */
export function findOrphanPages(
	inv: ContentInventory,
	pages: ReadonlyMap<string, PageScan>,
): Issue[] {
	const issues: Issue[] = [];
	const live = getLiveArticles(inv);
	const liveKeys = new Set(live.map((a) => key(a.locale, a.slug)));
	const liveSlugs = new Set(live.map((a) => a.slug));
	const drafts = new Set(inv.articles.filter((a) => a.draft).map((a) => key(a.locale, a.slug)));
	const former = new Set(live.flatMap((a) => a.formerSlugs.map((f) => key(a.locale, f))));
	const redirects = new Set(inv.redirects);
	const categoryIds = new Set(inv.categories.map((c) => c.id));
	for (const [path, page] of pages) {
		const [, locale = '', slug = ''] = /^\/([^/]+)\/articles\/([^/]+)\/$/.exec(path) ?? [];
		// A draft with an indexable page is reported by findMissingPages.
		if (
			slug &&
			!liveKeys.has(key(locale, slug)) &&
			!(drafts.has(key(locale, slug)) && !page.noindex)
		) {
			const redirect = page.refreshTo !== undefined;
			const expected = redirect
				? former.has(key(locale, slug)) || redirects.has(path)
				: liveSlugs.has(slug);
			if (!page.noindex || !expected) {
				const file = `content/articles/${locale}/${slug}.mdx`;
				issues.push(
					pageIssue(path, `article page has no content entry (expected a published ${file})`),
				);
			}
		}
		const category = /^\/[^/]+\/categories\/([^/]+)\/$/.exec(path)?.[1];
		if (category && !categoryIds.has(category) && !redirects.has(path))
			issues.push(pageIssue(path, `category page has no entry "${category}" in categories.yaml`));
	}
	return issues;
}

/**
 * Returns redirect pages (meta refresh: former slugs, content/redirects.yaml) that do not lead
 * to a page of this site: the target must be a clean site path, built, and not a redirect itself.
 */
export function checkRedirectPages(pages: ReadonlyMap<string, PageScan>): Issue[] {
	const issues: Issue[] = [];
	for (const [path, page] of pages) {
		const to = page.refreshTo;
		if (to === undefined) continue;
		const problem = findPathProblem(to);
		const target = problem === undefined ? pages.get(to) : undefined;
		if (problem !== undefined)
			issues.push(pageIssue(path, `redirects to ${showValue(to)}, which ${problem}`));
		else if (!target)
			issues.push(pageIssue(path, `redirects to ${to}, a page the build did not write`));
		else if (target.refreshTo !== undefined)
			issues.push(
				pageIssue(
					path,
					`redirects to ${to}, itself a redirect to ${target.refreshTo}; point to the final page`,
				),
			);
	}
	return issues;
}

/** Returns published articles their category page (in the same language) does not link to. */
export function checkCategoryLinks(
	inv: ContentInventory,
	pages: ReadonlyMap<string, PageScan>,
	resolve: (from: string, ref: string) => string | undefined,
): Issue[] {
	const issues: Issue[] = [];
	const known = new Set(inv.categories.map((c) => c.id));
	for (const a of getLiveArticles(inv)) {
		if (!a.category || !known.has(a.category)) continue;
		const categoryPath = getCategoryPath(a.locale, a.category);
		const page = pages.get(categoryPath);
		if (!page) continue; // reported by findMissingPages
		const path = getArticlePath(a.locale, a.slug);
		if (
			!page.refs.some((ref) => ref.attr === 'href' && resolve(categoryPath, ref.value) === path)
		) {
			issues.push({
				file: a.file,
				rule: 'category-links',
				message: `${categoryPath} does not link to ${path}`,
			});
		}
	}
	return issues;
}
