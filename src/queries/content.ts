import { existsSync, readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { parse as parseYaml } from 'yaml';
import { feedbackEndpoint } from '../config/feedback';
import {
	articleCardLimit,
	contentDir,
	defaultLocale,
	localeCodes,
	publishMode,
	siteUrl,
} from '../config/site';
import { findUnreadArticleFiles } from '../lib/article-files';
import { checkArticleMarkup } from '../lib/article-markup';
import type { ArticleRecord, CategoryRecord } from '../lib/articles';
import { getPublished } from '../lib/articles';
import { cacheKeyOf } from '../lib/cache-key';
import { checkContentRules } from '../lib/content-rules';
import { checkChannelArticles, checkChannels, checkPublishable } from '../lib/channel-rules';
import { formatIssues, type Issue } from '../lib/issues';
import { listFilesBelow } from '../lib/list-files';
import { readNoticeFiles } from '../lib/notice-files';
import {
	checkNoticeReferences,
	describeNoticeStates,
	windowOf,
	type NoticeRecord,
} from '../lib/notices';
import { readRedirects } from '../lib/redirects';
import {
	findContactDetailsInDictionary,
	findContactDetailsInYaml,
	findDuplicateIds,
	findStrayContactDetails,
	getOfficialHosts,
	uiDictionaryFile,
} from '../lib/registry-rules';
import { parseArticleId } from '../lib/routes';
import { listSitePages } from '../lib/site-pages';
import { checkUpdatedAsWritten } from '../lib/written-frontmatter';
import type { ChannelData } from '../schemas/channel';
import type { Redirect } from '../schemas/redirects';

export interface SiteContent {
	/** Published articles in every locale. */
	readonly articles: ArticleRecord[];
	/** Drafts: built nowhere; the post-build checks make sure of that (src/queries/manifest.ts). */
	readonly drafts: ArticleRecord[];
	readonly categories: CategoryRecord[];
	/** Service notices (content/notices/), checked; which ones a page shows depends on `noticeClock`. */
	readonly notices: NoticeRecord[];
	/** content/redirects.yaml, checked: each leads from a page that is gone to a page the site builds. */
	readonly redirects: Redirect[];
	/**
	 * Hash of everything a page may show besides article bodies: settings from the environment,
	 * categories, channels and every article's frontmatter. Part of every page's cache key.
	 */
	readonly digest: string;
}

let cached: Promise<SiteContent> | undefined;

/**
 * The build's clock, read once: notices active at this moment are in every affected page's HTML;
 * scheduled ones wait in the page for a browser to show them at their start (src/scripts/notices.ts).
 */
export const noticeClock = Date.now();

/** Loads and checks all content once per build; throws one error listing every problem. */
export function getSiteContent(): Promise<SiteContent> {
	cached ??= loadSiteContent();
	return cached;
}

async function loadSiteContent(): Promise<SiteContent> {
	const entries = await getCollection('articles');
	const articlesDir = `${contentDir}/articles`;
	// Files the collection leaves out or cannot place are reported here, before any page is written.
	const issues: Issue[] = findUnreadArticleFiles(listFilesBelow(articlesDir), articlesDir);
	const articles: ArticleRecord[] = entries.flatMap((entry) => {
		const parsed = parseArticleId(entry.id);
		const filePath = entry.filePath ?? `${articlesDir}/${entry.id}.mdx`;
		return parsed
			? [{ id: entry.id, ...parsed, filePath, data: entry.data, body: entry.body ?? '' }]
			: [];
	});
	const categories: CategoryRecord[] = (await getCollection('categories')).map(
		(entry) => entry.data,
	);
	issues.push(
		...checkContentRules({
			articles,
			categories,
			locales: localeCodes,
			sourceLocale: defaultLocale,
			categoriesFile: `${contentDir}/categories.yaml`,
		}),
	);
	const categoriesFile = `${contentDir}/categories.yaml`;
	const channelsFile = `${contentDir}/channels.yaml`;
	const channels: ChannelData[] = (await getCollection('channels')).map((entry) => entry.data);
	// Every text a reader sees may name a channel, never publish its number, address or account.
	const official = getOfficialHosts(channels);
	issues.push(
		...findContactDetailsInYaml(readIfExists(categoriesFile), categoriesFile, { official }),
		...findContactDetailsInYaml(readIfExists(channelsFile), channelsFile, {
			official,
			channels: true,
		}),
		...localeCodes.flatMap((locale) => {
			const file = uiDictionaryFile(locale);
			return findContactDetailsInDictionary(readIfExists(file), file, official);
		}),
	);
	issues.push(
		...findDuplicateIds(readYaml(categoriesFile), categoriesFile),
		...findDuplicateIds(readYaml(channelsFile), channelsFile),
		...checkChannels(channels, channelsFile),
		...checkChannelArticles(channels, [...new Set(articles.map((a) => a.slug))], channelsFile),
		...(publishMode ? checkPublishable(channels, channelsFile) : []),
		...articles.flatMap((article) => {
			const source = readArticleSource(article);
			return [
				...checkUpdatedAsWritten(source, article.data.updated, article.filePath),
				...findStrayContactDetails(source, article.filePath, official),
				// Articles are content, not code: refused here, before any page renders or MDX runs.
				...checkArticleMarkup(source, article.filePath),
			];
		}),
	);
	// Redirects are checked against the pages this content builds, before any page is rendered.
	const redirectsFile = `${contentDir}/redirects.yaml`;
	const redirects = readRedirects(
		existsSync(redirectsFile) ? readFileSync(redirectsFile, 'utf8') : undefined,
		redirectsFile,
		listSitePages({
			locales: localeCodes,
			articles,
			categoryIds: categories.map((c) => c.id),
		}),
	);
	issues.push(...redirects.issues);
	const notices: NoticeRecord[] = (await getCollection('notices')).map((entry) => ({
		id: entry.id,
		// As npm run check:content names it (the store keeps the path from the project root).
		filePath: `${contentDir}/notices/${entry.id}.yaml`,
		data: entry.data,
	}));
	const noticeFiles = readNoticeFiles(contentDir);
	issues.push(
		...noticeFiles.issues,
		// A notice is text a reader sees: it may name a channel, never publish its number or address.
		...noticeFiles.files.flatMap((file) =>
			findContactDetailsInYaml(file.text, file.filePath, { official }),
		),
		...checkNoticeReferences(notices, {
			categories: new Set(categories.map((c) => c.id)),
			articles: new Set(getPublished(articles).map((a) => a.slug)),
			channels: new Set(channels.map((c) => c.id)),
			categoriesFile,
			channelsFile,
		}),
	);
	if (issues.length > 0) throw new Error(formatIssues('Content check failed', issues));
	const digest = cacheKeyOf(
		{ siteUrl, publishMode, feedbackEndpoint, articleCardLimit },
		categories,
		channels,
		articles.map((a) => [a.id, a.data]),
		// A notice that started or ended since the last build changes the pages that show it.
		notices.map((n) => [n.id, n.data]),
		describeNoticeStates(
			notices.map((n) => ({ id: n.id, window: windowOf(n) })),
			noticeClock,
		),
	);
	const drafts = articles.filter((a) => a.data.draft);
	return {
		articles: getPublished(articles),
		drafts,
		categories,
		notices,
		redirects: redirects.redirects,
		digest,
	};
}

/** Reads an article's whole file (frontmatter included) so line numbers match the editor's. */
export function readArticleSource(article: ArticleRecord): string {
	return readFileSync(article.filePath, 'utf8');
}

function readIfExists(file: string): string {
	return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

function readYaml(file: string): unknown {
	try {
		return parseYaml(readFileSync(file, 'utf8'));
	} catch {
		// Missing or malformed files are reported by Astro's loader with its own message.
		return undefined;
	}
}

/** Returns content/redirects.yaml (pages removed on purpose), checked; empty when the file is absent. */
export async function getRedirects(): Promise<Redirect[]> {
	return (await getSiteContent()).redirects;
}
