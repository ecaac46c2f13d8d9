/**
 * Coverage rules for the search index and the sitemap: every published article is findable
 * in its own language and listed for search engines; drafts and notices are not indexed.
 */
import type { ContentInventory } from './content-inventory';
import type { PageScan } from './html-scan';
import { getLiveArticles, type IntegrityIssue } from './integrity';
import { getArticlePath } from './routes';
import { readSitemapUrls } from './sitemap-prune';

/** What the Pagefind output holds: page counts from pagefind-entry.json and the URL of each fragment. */
export interface SearchIndexContents {
	readonly pageCounts: Readonly<Record<string, number>>;
	readonly fragments: ReadonlyArray<{ readonly language: string; readonly url: string }>;
}

/** Returns the language of a Pagefind fragment file. @example getFragmentLanguage('zh-cn_6c2defd.pf_fragment') // 'zh-cn' */
export function getFragmentLanguage(fileName: string): string {
	return fileName.replace(/_[0-9a-z]+\.pf_fragment$/i, '');
}

/** Returns the JSON record of a decompressed Pagefind fragment (it starts with a `pagefind_dcd` marker). */
export function parseFragment(text: string): { url: string } {
	return JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string };
}

/**
 * Returns published articles missing from their language's index, drafts or notices that were
 * indexed, and languages whose page count disagrees with their fragments.
 */
export function checkSearchIndex(
	inv: ContentInventory,
	index: SearchIndexContents,
	langOf: (locale: string) => string,
): IntegrityIssue[] {
	const issues: IntegrityIssue[] = [];
	const byUrl = new Map(index.fragments.map((f) => [f.url, f.language]));
	const live = getLiveArticles(inv);
	for (const a of live) {
		const path = getArticlePath(a.locale, a.slug);
		const language = langOf(a.locale).toLowerCase();
		const found = byUrl.get(path);
		if (found !== language) {
			const detail = found ? `it is in the "${found}" index instead` : 'no fragment has its URL';
			issues.push({
				check: 'search',
				where: a.file,
				message: `${path} is missing from the "${language}" search index (${detail})`,
			});
		}
	}
	const liveUrls = new Set(live.map((a) => getArticlePath(a.locale, a.slug)));
	for (const { url } of index.fragments) {
		if (/^\/[^/]+\/articles\//.test(url) && !liveUrls.has(url)) {
			issues.push({
				check: 'search',
				where: url,
				message: 'is in the search index but is not a published article (draft or notice page)',
			});
		}
	}
	const languages = new Set([
		...Object.keys(index.pageCounts),
		...index.fragments.map((f) => f.language),
	]);
	for (const language of languages) {
		const counted = index.pageCounts[language] ?? 0;
		const held = index.fragments.filter((f) => f.language === language).length;
		if (counted !== held) {
			issues.push({
				check: 'search',
				where: 'pagefind/pagefind-entry.json',
				message: `language "${language}" counts ${counted} pages but ${held} fragments exist`,
			});
		}
	}
	return issues;
}

/** Returns the site paths of a sitemap's `<loc>` entries (readSitemapUrls). */
export function parseSitemapPaths(xml: string): string[] {
	return readSitemapUrls(xml).map((url) => new URL(url).pathname);
}

/** Returns published articles the sitemap does not list. */
export function checkSitemap(
	inv: ContentInventory,
	sitemap: ReadonlySet<string>,
): IntegrityIssue[] {
	return inv.articles.flatMap((a): IntegrityIssue[] => {
		const path = getArticlePath(a.locale, a.slug);
		if (!a.draft && !sitemap.has(path))
			return [{ check: 'sitemap', where: a.file, message: `${path} is missing from the sitemap` }];
		return [];
	});
}

/** Returns the noindex pages the sitemap lists (search engines get contradicting signals). */
export function findNoindexInSitemap(
	pages: ReadonlyMap<string, PageScan>,
	sitemap: ReadonlySet<string>,
): string[] {
	return [...sitemap].filter((path) => pages.get(path)?.noindex);
}
