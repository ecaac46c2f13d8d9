import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { contentDir, defaultLocale, localeCodes } from '../config/site';
import type { ArticleRecord, CategoryRecord } from '../lib/articles';
import { getPublished } from '../lib/articles';
import { checkContentRules, formatContentIssues, type ContentIssue } from '../lib/content-rules';
import { parseArticleId } from '../lib/routes';

export interface SiteContent {
	/** Published articles in every locale. */
	readonly articles: ArticleRecord[];
	readonly categories: CategoryRecord[];
}

let cached: Promise<SiteContent> | undefined;

/** Loads and checks all content once per build; throws one error listing every problem. */
export function getSiteContent(): Promise<SiteContent> {
	cached ??= loadSiteContent();
	return cached;
}

async function loadSiteContent(): Promise<SiteContent> {
	const entries = await getCollection('articles');
	const articles: ArticleRecord[] = entries.map((entry) => {
		const parsed = parseArticleId(entry.id);
		const filePath = entry.filePath ?? `${contentDir}/articles/${entry.id}.mdx`;
		if (!parsed) throw new Error(`${filePath}: articles must live in content/articles/<locale>/<slug>.mdx`);
		return { id: entry.id, ...parsed, filePath, data: entry.data, body: entry.body ?? '' };
	});
	const categories: CategoryRecord[] = (await getCollection('categories')).map((entry) => ({
		id: entry.id,
		...entry.data,
	}));
	const issues: ContentIssue[] = checkContentRules({
		articles,
		categories,
		locales: localeCodes,
		sourceLocale: defaultLocale,
		categoriesFile: `${contentDir}/categories.yaml`,
	});
	if (issues.length > 0) throw new Error(formatContentIssues(issues));
	return { articles: getPublished(articles), categories };
}

/** Reads an article's whole file (frontmatter included) so line numbers match the editor's. */
export function readArticleSource(article: ArticleRecord): string {
	return readFileSync(article.filePath, 'utf8');
}
