/**
 * Post-build integrity rules: every content entry has its page, its search entry, its sitemap
 * entry and its category link, and no page is left without an entry. Plain data in, issues out.
 */
import { parse as parseYaml } from 'yaml';
import type { PageScan } from './html-scan';
import { getArticlePath, getCategoryPath, getContactPath, getHomePath, getShortPath } from './routes';

/** Which rule found a problem; shown in brackets in the message. */
export type IntegrityCheck = 'content' | 'pages' | 'search' | 'sitemap' | 'category' | 'links' | 'html' | 'ids';

/** One problem in the built site, naming a page URL or a content file. */
export interface IntegrityIssue {
	readonly check: IntegrityCheck;
	/** Site path (`/en/contact/`) or content file (`content/articles/en/x.mdx`). */
	readonly where: string;
	readonly line?: number;
	readonly message: string;
}

/** One article file as read from the content folder, without Astro. */
export interface ArticleEntry {
	readonly file: string;
	readonly locale: string;
	readonly slug: string;
	readonly draft: boolean;
	readonly category: string | undefined;
	readonly formerSlugs: readonly string[];
}

/** An entry of a YAML list file (categories, channels) with its id. */
export interface ListEntry {
	readonly file: string;
	readonly id: string;
}

/** Everything the content folder says should exist. */
export interface ContentInventory {
	readonly locales: readonly string[];
	readonly articles: readonly ArticleEntry[];
	readonly categories: readonly ListEntry[];
	readonly channels: readonly ListEntry[];
	/** `from` paths of content/redirects.yaml. */
	readonly redirects: readonly string[];
}

/** One built HTML page: its site path and what html-scan read from it. */
export interface BuiltPage {
	readonly path: string;
	readonly scan: PageScan;
}

/** Returns an article's frontmatter as parsed YAML; throws on invalid YAML. @example readFrontmatter('---\ntitle: Hi\n---\nBody') // { title: 'Hi' } */
export function readFrontmatter(source: string): unknown {
	const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(source);
	return match ? parseYaml(match[1]!) : {};
}

/** Returns the article entry of `articles/<locale>/<slug>.mdx`, or an issue when it cannot be read. */
export function toArticleEntry(file: string, locale: string, slug: string, source: string): ArticleEntry | IntegrityIssue {
	let data: unknown;
	try {
		data = readFrontmatter(source);
	} catch (error) {
		return { check: 'content', where: file, message: `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}` };
	}
	const fields = (data ?? {}) as Record<string, unknown>;
	const former = Array.isArray(fields['formerSlugs']) ? fields['formerSlugs'].filter((s): s is string => typeof s === 'string') : [];
	return {
		file,
		locale,
		slug,
		draft: fields['draft'] === true,
		category: typeof fields['category'] === 'string' ? fields['category'] : undefined,
		formerSlugs: former,
	};
}

/** Returns the ids of a YAML list file's entries (entries without a string id are skipped). */
export function toListEntries(file: string, list: unknown): ListEntry[] {
	if (!Array.isArray(list)) return [];
	return list.flatMap((entry) => {
		const id = (entry as { id?: unknown } | null)?.id;
		return typeof id === 'string' ? [{ file, id }] : [];
	});
}

const published = (inv: ContentInventory) => inv.articles.filter((a) => !a.draft);

/** Returns pages that should exist and don't, and article or category pages that have no entry. */
export function checkPages(inv: ContentInventory, pages: ReadonlyMap<string, PageScan>): IntegrityIssue[] {
	const issues: IntegrityIssue[] = [];
	const need = (path: string, where: string, what: string) => {
		if (!pages.has(path)) issues.push({ check: 'pages', where, message: `${what}: no page at ${path}` });
	};
	const live = published(inv);
	const liveKeys = new Set(live.map((a) => `${a.locale}/${a.slug}`));
	for (const a of inv.articles) {
		const path = getArticlePath(a.locale, a.slug);
		const page = pages.get(path);
		if (!a.draft) need(path, a.file, 'article');
		if (!a.draft && page?.noindex) issues.push({ check: 'pages', where: a.file, message: `${path} is a notice or redirect page, not the article` });
		if (a.draft && page && !page.noindex) issues.push({ check: 'pages', where: a.file, message: `draft has a page at ${path}; drafts must build nowhere` });
	}
	const slugFiles = new Map(live.map((a) => [a.slug, a.file]));
	for (const [slug, file] of slugFiles) need(getShortPath(slug), file, 'short link');
	for (const locale of inv.locales) {
		need(getHomePath(locale), getHomePath(locale), 'home page');
		need(getContactPath(locale), getContactPath(locale), 'contact page');
		for (const c of inv.categories) need(getCategoryPath(locale, c.id), c.file, `category "${c.id}" (${locale})`);
	}
	const formerOf = new Set(live.flatMap((a) => a.formerSlugs.map((f) => `${a.locale}/${f}`)));
	const redirects = new Set(inv.redirects);
	const categoryIds = new Set(inv.categories.map((c) => c.id));
	for (const [path, page] of pages) {
		const article = /^\/([^/]+)\/articles\/([^/]+)\/$/.exec(path);
		if (article) {
			const [, locale, slug] = article as unknown as [string, string, string];
			if (liveKeys.has(`${locale}/${slug}`)) continue;
			const isRedirect = page.refreshTo !== undefined && (formerOf.has(`${locale}/${slug}`) || redirects.has(path));
			const isNotice = page.refreshTo === undefined && live.some((a) => a.slug === slug);
			if (!(page.noindex && (isRedirect || isNotice))) {
				issues.push({ check: 'pages', where: path, message: `article page has no content entry (expected a published content/articles/${locale}/${slug}.mdx)` });
			}
		}
		const category = /^\/([^/]+)\/categories\/([^/]+)\/$/.exec(path)?.[2];
		if (category && !categoryIds.has(category) && !redirects.has(path)) {
			issues.push({ check: 'pages', where: path, message: `category page has no entry "${category}" in categories.yaml` });
		}
	}
	return issues;
}

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
export function checkSearchIndex(inv: ContentInventory, index: SearchIndexContents, langOf: (locale: string) => string): IntegrityIssue[] {
	const issues: IntegrityIssue[] = [];
	const byUrl = new Map(index.fragments.map((f) => [f.url, f.language]));
	const live = published(inv);
	for (const a of live) {
		const path = getArticlePath(a.locale, a.slug);
		const language = langOf(a.locale).toLowerCase();
		const found = byUrl.get(path);
		if (found !== language) {
			const detail = found ? `it is in the "${found}" index instead` : 'no fragment has its URL';
			issues.push({ check: 'search', where: a.file, message: `${path} is missing from the "${language}" search index (${detail})` });
		}
	}
	const liveUrls = new Set(live.map((a) => getArticlePath(a.locale, a.slug)));
	for (const { url } of index.fragments) {
		if (/^\/[^/]+\/articles\//.test(url) && !liveUrls.has(url)) {
			issues.push({ check: 'search', where: url, message: 'is in the search index but is not a published article (draft or notice page)' });
		}
	}
	const languages = new Set([...Object.keys(index.pageCounts), ...index.fragments.map((f) => f.language)]);
	for (const language of languages) {
		const counted = index.pageCounts[language] ?? 0;
		const held = index.fragments.filter((f) => f.language === language).length;
		if (counted !== held) {
			issues.push({ check: 'search', where: 'pagefind/pagefind-entry.json', message: `language "${language}" counts ${counted} pages but ${held} fragments exist` });
		}
	}
	return issues;
}

/** Returns the site paths of a sitemap's `<loc>` entries. */
export function parseSitemapPaths(xml: string): string[] {
	return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => new URL(m[1]!.replace(/&amp;/g, '&')).pathname);
}

/** Returns published articles absent from the sitemap and drafts present in it. */
export function checkSitemap(inv: ContentInventory, sitemap: ReadonlySet<string>): IntegrityIssue[] {
	return inv.articles.flatMap((a): IntegrityIssue[] => {
		const path = getArticlePath(a.locale, a.slug);
		if (!a.draft && !sitemap.has(path)) return [{ check: 'sitemap', where: a.file, message: `${path} is missing from the sitemap` }];
		return [];
	});
}

/** Returns the noindex pages the sitemap lists (search engines get contradicting signals). */
export function findNoindexInSitemap(pages: ReadonlyMap<string, PageScan>, sitemap: ReadonlySet<string>): string[] {
	return [...sitemap].filter((path) => pages.get(path)?.noindex);
}

/** Returns published articles their category page (in the same language) does not link to. */
export function checkCategoryLinks(inv: ContentInventory, pages: ReadonlyMap<string, PageScan>, resolve: (from: string, ref: string) => string | undefined): IntegrityIssue[] {
	const issues: IntegrityIssue[] = [];
	const known = new Set(inv.categories.map((c) => c.id));
	for (const a of published(inv)) {
		if (!a.category || !known.has(a.category)) continue;
		const categoryPath = getCategoryPath(a.locale, a.category);
		const page = pages.get(categoryPath);
		if (!page) continue; // reported by checkPages
		const path = getArticlePath(a.locale, a.slug);
		if (!page.refs.some((ref) => ref.attr === 'href' && resolve(categoryPath, ref.value) === path)) {
			issues.push({ check: 'category', where: a.file, message: `${categoryPath} does not link to ${path}` });
		}
	}
	return issues;
}

/** Returns ids used twice (categories, channels, articles) and former slugs that clash with a slug or with each other. */
export function findDuplicateEntries(inv: ContentInventory): IntegrityIssue[] {
	const issues: IntegrityIssue[] = [];
	for (const [list, label] of [[inv.categories, 'category'], [inv.channels, 'channel']] as const) {
		const seen = new Set<string>();
		for (const entry of list) {
			if (seen.has(entry.id)) issues.push({ check: 'ids', where: entry.file, message: `${label} id "${entry.id}" is used by more than one entry` });
			seen.add(entry.id);
		}
	}
	const files = new Map<string, string>();
	for (const a of inv.articles) {
		const key = `${a.locale}/${a.slug}`.toLowerCase();
		const other = files.get(key);
		if (other) issues.push({ check: 'ids', where: a.file, message: `same slug as ${other}` });
		files.set(key, a.file);
	}
	const slugOwner = new Map(inv.articles.map((a) => [a.slug, a.file]));
	const formerOwner = new Map<string, ArticleEntry>();
	for (const a of inv.articles) {
		for (const former of a.formerSlugs) {
			const owner = slugOwner.get(former);
			if (owner) issues.push({ check: 'ids', where: a.file, message: `formerSlugs "${former}" is the slug of ${owner}` });
			const earlier = formerOwner.get(former);
			if (earlier && earlier.slug !== a.slug) issues.push({ check: 'ids', where: a.file, message: `formerSlugs "${former}" is also a former slug of ${earlier.file}` });
			formerOwner.set(former, a);
		}
	}
	return issues;
}

/** Returns one message listing every issue as `where:line [check] message`, grouped by check. */
export function formatIntegrityIssues(issues: readonly IntegrityIssue[]): string {
	const order: IntegrityCheck[] = ['content', 'ids', 'pages', 'search', 'sitemap', 'category', 'links', 'html'];
	const sorted = [...issues].sort((a, b) => order.indexOf(a.check) - order.indexOf(b.check) || a.where.localeCompare(b.where) || (a.line ?? 0) - (b.line ?? 0));
	const lines = sorted.map((i) => `  - ${i.where}${i.line ? `:${i.line}` : ''} [${i.check}] ${i.message}`);
	return `Integrity check failed (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}
