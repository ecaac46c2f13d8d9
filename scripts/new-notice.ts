/**
 * `npm run notice -- <id> --severity … --start … --end …`: writes content/notices/<id>.yaml from
 * the command line, after checking it as the build will (times with their offset, end after start,
 * ids that exist). Languages without a title or text get TODO: placeholders the build refuses.
 * The logic is src/lib/new-notice.ts; `npm run notice -- --help` prints the usage.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { contentDir, localeCodes } from '../src/config/site';
import { formatIssues } from '../src/lib/issues';
import {
	checkNewNotice,
	NOTICE_USAGE,
	readNoticeArgs,
	renderNoticeYaml,
} from '../src/lib/new-notice';
import { findContactDetailsInYaml, getOfficialHosts } from '../src/lib/registry-rules';
import { categorySchema } from '../src/schemas/category';
import { channelSchema } from '../src/schemas/channel';
import { fail, readArgs } from './support/cli';
import { readArticleFiles, readYamlEntries, toArticleRecords } from './support/content-files';

const many = { type: 'string', multiple: true } as const;
const { values, positionals } = readArgs(
	{
		help: { type: 'boolean', short: 'h' },
		severity: { type: 'string' },
		start: { type: 'string' },
		end: { type: 'string' },
		for: { type: 'string' },
		all: { type: 'boolean' },
		category: many,
		article: many,
		channel: many,
		title: many,
		text: many,
	},
	NOTICE_USAGE,
);
if (values.help) {
	process.stdout.write(`Usage: ${NOTICE_USAGE}\n`);
	process.exit(0);
}

const read = readNoticeArgs(
	{ ...values, positionals },
	// `--start now` is written in the writer's own UTC offset.
	{ locales: localeCodes, now: Date.now(), offsetMinutes: -new Date().getTimezoneOffset() },
);
if ('problems' in read)
	fail(`${read.problems.map((p) => `  - ${p}`).join('\n')}\n\nUsage: ${NOTICE_USAGE}`);
const { notice } = read;

const file = join(contentDir, 'notices', `${notice.id}.yaml`);
if (existsSync(file)) fail(`Not overwriting ${file}; choose another id or edit it by hand.`);
const categoriesFile = join(contentDir, 'categories.yaml');
const channelsFile = join(contentDir, 'channels.yaml');
const articles = toArticleRecords(readArticleFiles(contentDir).files).articles;
const channels = readYamlEntries(channelsFile, channelSchema).entries;
const yaml = renderNoticeYaml(notice);
const issues = [
	...checkNewNotice(
		notice,
		{
			categories: new Set(readYamlEntries(categoriesFile, categorySchema).entries.map((c) => c.id)),
			articles: new Set(articles.filter((a) => !a.data.draft).map((a) => a.slug)),
			channels: new Set(channels.map((c) => c.id)),
			categoriesFile,
			channelsFile,
		},
		file,
	),
	// As in the build: a notice may name a channel, never publish its number or address.
	...findContactDetailsInYaml(yaml, file, { official: getOfficialHosts(channels) }),
];
if (issues.length > 0)
	fail(`${formatIssues('The notice has problems', issues)}\nNothing was written.`);

mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, yaml, { flag: 'wx' });
const todo = Object.values(notice.title)
	.concat(Object.values(notice.text))
	.some((t) => t.startsWith('TODO:'));
process.stdout.write(
	`Created ${file}\n` +
		(todo ? 'Replace every "TODO:" with the real text (the build refuses them), then ' : 'Next: ') +
		'npm run check:content, and build and deploy: the notice shows from its start until its end.\n',
);
