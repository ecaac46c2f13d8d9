/**
 * Coverage rules for the search index and the sitemap: every published article is findable
 * in its own language and listed for search engines; drafts and notices are not indexed.
 */
import type { ContentInventory } from './content-inventory';
import type { PageScan } from './html-scan';
import { getLiveArticles } from './integrity';
import type { Issue } from './issues';
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

const INDEX_ENTRY = 'pagefind/pagefind-entry.json';

/**
 * Returns the index missing (`index` undefined), published articles missing from their language's
 * index, drafts or notices that were indexed, and languages whose page count disagrees with their
 * fragments.
 */
export function checkSearchIndex(
	inv: ContentInventory,
	index: SearchIndexContents | undefined,
	langOf: (locale: string) => string,
): Issue[] {
	if (!index)
		return [
			{ file: INDEX_ENTRY, rule: 'search', message: 'missing: the search index was not written' },
		];
	const issues: Issue[] = [];
	const byUrl = new Map(index.fragments.map((f) => [f.url, f.language]));
	const live = getLiveArticles(inv);
	for (const a of live) {
		const path = getArticlePath(a.locale, a.slug);
		const language = langOf(a.locale).toLowerCase();
		const found = byUrl.get(path);
		if (found !== language) {
			const detail = found ? `it is in the "${found}" index instead` : 'no fragment has its URL';
			issues.push({
				file: a.file,
				rule: 'search',
				message: `${path} is missing from the "${language}" search index (${detail})`,
			});
		}
	}
	const liveUrls = new Set(live.map((a) => getArticlePath(a.locale, a.slug)));
	for (const { url } of index.fragments) {
		if (/^\/[^/]+\/articles\//.test(url) && !liveUrls.has(url)) {
			issues.push({
				file: url,
				rule: 'search',
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
				file: INDEX_ENTRY,
				rule: 'search',
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
export function checkSitemap(inv: ContentInventory, sitemap: ReadonlySet<string>): Issue[] {
	return inv.articles.flatMap((a): Issue[] => {
		const path = getArticlePath(a.locale, a.slug);
		if (!a.draft && !sitemap.has(path))
			return [{ file: a.file, rule: 'sitemap', message: `${path} is missing from the sitemap` }];
		return [];
	});
}

/**
 * Returns the sitemap index missing (`unwritten` undefined), or each sitemap it lists that the
 * build did not write.
 */
export function checkSitemapFiles(unwritten: readonly string[] | undefined): Issue[] {
	const file = '/sitemap-index.xml';
	if (!unwritten)
		return [{ file, rule: 'sitemap', message: 'missing: the sitemap was not written' }];
	return unwritten.map((sitemap) => ({
		file,
		rule: 'sitemap',
		message: `lists ${sitemap}, which was not written`,
	}));
}

/**
 * Returns the noindex pages the sitemap lists (search engines get contradicting signals). The
 * sitemap is pruned of noindex pages before this runs, so any left is a real contradiction.
 */
export function findNoindexInSitemap(
	pages: ReadonlyMap<string, PageScan>,
	sitemap: ReadonlySet<string>,
): Issue[] {
	return [...sitemap]
		.filter((path) => pages.get(path)?.noindex)
		.map((path) => ({
			file: path,
			rule: 'sitemap',
			message: 'is noindex but listed in the sitemap',
		}));
}
