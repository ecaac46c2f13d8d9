/**
 * `npm run check:content`: the content checks of the build in about a second, without building.
 * Parses every article, category and channel with the build's zod schemas, runs the cross-file
 * rules, and requires every translation to be up to date (`i18n:status --strict`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkArticleMarkup } from '../src/lib/article-markup';
import { contentDir, defaultLocale, localeCodes } from '../src/config/site';
import { checkChannelArticles, checkChannels } from '../src/lib/channel-rules';
import { checkContentRules } from '../src/lib/content-rules';
import { formatIssues, type Issue } from '../src/lib/issues';
import { readNoticeFiles, toNoticeRecords } from '../src/lib/notice-files';
import { checkNoticeReferences } from '../src/lib/notices';
import { readRedirects } from '../src/lib/redirects';
import {
	findContactDetailsInDictionary,
	findContactDetailsInYaml,
	findStrayContactDetails,
	getOfficialHosts,
	uiDictionaryFile,
} from '../src/lib/registry-rules';
import { SLUG_PATTERN } from '../src/lib/routes';
import { listSitePages } from '../src/lib/site-pages';
import {
	countTranslationStates,
	describeState,
	getTranslationStatus,
} from '../src/lib/translation-status';
import { checkUpdatedAsWritten } from '../src/lib/written-frontmatter';
import { categorySchema } from '../src/schemas/category';
import { channelSchema } from '../src/schemas/channel';
import {
	readArticleFiles,
	readYamlEntries,
	toArticleRecords,
	toTranslationInputs,
} from './support/content-files';

const categoriesFile = join(contentDir, 'categories.yaml');
const channelsFile = join(contentDir, 'channels.yaml');
const redirectsFile = join(contentDir, 'redirects.yaml');
const read = readArticleFiles(contentDir);
const { articles, issues: schemaIssues } = toArticleRecords(read.files);
const categories = readYamlEntries(categoriesFile, categorySchema);
const channels = readYamlEntries(channelsFile, channelSchema);
const publishedSlugs = articles.filter((a) => !a.data.draft).map((a) => a.slug);
const sources = new Map(read.files.map((file) => [file.filePath, file.text]));
const noticeFiles = readNoticeFiles(contentDir);
const notices = toNoticeRecords(noticeFiles.files);
// A file the schema refused, or a misnamed one, is reported once: not again for its translations.
const refused = new Set(schemaIssues.map((issue) => issue.file));
// What links and accounts in every text a reader sees are compared with, as in the build.
const official = getOfficialHosts(channels.entries);
const readIfExists = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

const issues: Issue[] = [
	...read.issues,
	...schemaIssues,
	...read.files.flatMap((file) => findStrayContactDetails(file.text, file.filePath, official)),
	...findContactDetailsInYaml(readIfExists(categoriesFile), categoriesFile, { official }),
	...findContactDetailsInYaml(readIfExists(channelsFile), channelsFile, {
		official,
		channels: true,
	}),
	...localeCodes.flatMap((locale) =>
		findContactDetailsInDictionary(
			readIfExists(uiDictionaryFile(locale)),
			uiDictionaryFile(locale),
			official,
		),
	),
	...articles.flatMap((article) =>
		checkUpdatedAsWritten(
			sources.get(article.filePath) ?? '',
			article.data.updated,
			article.filePath,
		),
	),
	...articles.flatMap((article) =>
		checkArticleMarkup(sources.get(article.filePath) ?? '', article.filePath),
	),
	...categories.issues,
	...channels.issues,
	...noticeFiles.issues,
	...notices.issues,
	...noticeFiles.files.flatMap((file) =>
		findContactDetailsInYaml(file.text, file.filePath, { official }),
	),
	...checkNoticeReferences(notices.notices, {
		categories: new Set(categories.entries.map((c) => c.id)),
		articles: new Set(publishedSlugs),
		channels: new Set(channels.entries.map((c) => c.id)),
		categoriesFile,
		channelsFile,
	}),
	...checkContentRules({
		articles,
		categories: categories.entries,
		locales: localeCodes,
		sourceLocale: defaultLocale,
		categoriesFile,
	}),
	...checkChannels(channels.entries, channelsFile),
	...checkChannelArticles(channels.entries, publishedSlugs, channelsFile),
	...readRedirects(
		existsSync(redirectsFile) ? readFileSync(redirectsFile, 'utf8') : undefined,
		redirectsFile,
		listSitePages({
			locales: localeCodes,
			articles,
			categoryIds: categories.entries.map((c) => c.id),
		}),
	).issues,
];

const rows = getTranslationStatus({
	articles: toTranslationInputs(read.files),
	locales: localeCodes,
	sourceLocale: defaultLocale,
});
for (const row of rows) {
	for (const [locale, status] of row.states) {
		if (status.state !== 'stale' && status.state !== 'missing') continue;
		const file = join(contentDir, 'articles', locale, `${row.slug}.mdx`);
		if (refused.has(file) || !SLUG_PATTERN.test(row.slug)) continue;
		const source = join(contentDir, 'articles', defaultLocale, `${row.slug}.mdx`);
		issues.push(
			status.state === 'missing'
				? {
						file,
						rule: 'translations',
						message: `translation is missing; translate ${source}, then run npm run i18n:stamp -- ${row.slug}`,
					}
				: {
						file,
						field: 'sourceHash',
						rule: 'translations',
						message: `translation is ${describeState(status)}; bring it in line with ${source}, then run npm run i18n:stamp -- ${row.slug}`,
					},
		);
	}
}

if (issues.length > 0) {
	process.stderr.write(`${formatIssues('Content check failed', issues)}\n`);
	process.exitCode = 1;
} else {
	const counts = countTranslationStates(rows);
	process.stdout.write(
		`Content OK: ${articles.length} article files, ${categories.entries.length} categories, ` +
			`${channels.entries.length} channels, ${notices.notices.length} notices; ${counts.current} translations up to date.\n`,
	);
}
