/**
 * `npm run notice`: what the command line says, as a notice file. Everything here is pure; the
 * script (scripts/new-notice.ts) reads the content, the clock and the arguments and writes the file.
 */
import { PLACEHOLDER_MARK } from '../schemas/article';
import { noticeSchema, noticeSeverities } from '../schemas/notice';
import type { Issue } from './issues';
import { parseNoticeTime } from '../schemas/notice-time';
import { checkNoticeReferences, toNoticeIssues, type KnownIds } from './notices';
import { SLUG_PATTERN } from './routes';

export const NOTICE_USAGE = `npm run notice -- <id> --severity <${noticeSeverities.join('|')}> --start <time|now> (--end <time> | --for <duration>)
                  (--all | --category <id> --article <slug> --channel <id> …)
                  [--title <locale>=<text> …] [--text <locale>=<text> …]

  <id>        the file name: content/notices/<id>.yaml (lowercase words joined by hyphens)
  --start     ISO 8601 with its UTC offset, e.g. 2026-11-20T09:00+08:00, or "now"
  --end       the same; or --for 90m, 2h, 1d (from the start)
  --all       the notice concerns the whole service; else name what it affects with
  --category, --article, --channel (each repeatable, or comma-separated)
  --title, --text  one per language, e.g. --title "zh-cn=在线客服暂时无法使用" --title "en=Online chat is down";
              a language left out gets a TODO: placeholder, which the build refuses until it is written

Example:
  npm run notice -- chat-outage --severity outage --start now --for 2h --channel live-chat \\
    --title "zh-cn=在线客服暂时无法使用" --title "en=Online chat is unavailable" \\
    --text "zh-cn=请通过客服热线联系我们。" --text "en=Please call the hotline instead."`;

/** The command line as parsed by node:util's parseArgs. */
export interface NoticeArgs {
	readonly positionals: readonly string[];
	readonly severity?: string | undefined;
	readonly start?: string | undefined;
	readonly end?: string | undefined;
	readonly for?: string | undefined;
	readonly all?: boolean | undefined;
	readonly category?: readonly string[] | undefined;
	readonly article?: readonly string[] | undefined;
	readonly channel?: readonly string[] | undefined;
	readonly title?: readonly string[] | undefined;
	readonly text?: readonly string[] | undefined;
}

/** A notice ready to be written: its id and its fields, as the file will hold them. */
export interface NewNotice {
	readonly id: string;
	readonly title: Readonly<Record<string, string>>;
	readonly text: Readonly<Record<string, string>>;
	readonly severity: string;
	readonly start: string;
	readonly end: string;
	readonly affects:
		| 'all'
		| {
				readonly categories: readonly string[];
				readonly articles: readonly string[];
				readonly channels: readonly string[];
		  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Returns a moment as the notice files write it, in the given UTC offset (minutes east of UTC).
 * @example formatNoticeTime(Date.UTC(2026, 10, 20, 1), 480) // '2026-11-20T09:00+08:00'
 */
export function formatNoticeTime(epochMs: number, offsetMinutes: number): string {
	const local = new Date(epochMs + offsetMinutes * 60_000);
	const abs = Math.abs(offsetMinutes);
	const zone =
		offsetMinutes === 0
			? 'Z'
			: `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
	return (
		`${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
		`T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}${zone}`
	);
}

/** Returns a duration such as `90m`, `2h` or `1d` in milliseconds, or undefined. */
export function parseDuration(text: string): number | undefined {
	const match = /^(\d+)(m|h|d)$/.exec(text.trim());
	if (!match || Number(match[1]) === 0) return undefined;
	return Number(match[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as 'm' | 'h' | 'd'];
}

/** Returns `locale=text` pairs as a record, and the problem of any pair that is not one. */
function readTexts(
	flag: string,
	pairs: readonly string[],
	locales: readonly string[],
): { texts: Record<string, string>; problems: string[] } {
	const texts: Record<string, string> = {};
	const problems: string[] = [];
	for (const pair of pairs) {
		const at = pair.indexOf('=');
		const locale = at > 0 ? pair.slice(0, at).trim() : '';
		if (!locales.includes(locale)) {
			problems.push(
				`--${flag} "${pair}": write it as <locale>=<text>, the locale one of ${locales.join(', ')}`,
			);
		} else if (texts[locale] !== undefined) {
			problems.push(`--${flag}: ${locale} is given twice`);
		} else {
			texts[locale] = pair.slice(at + 1).trim();
		}
	}
	return { texts, problems };
}

const list = (values: readonly string[] | undefined) =>
	(values ?? [])
		.flatMap((value) => value.split(','))
		.map((value) => value.trim())
		.filter(Boolean);

/**
 * Returns the notice the command line describes, with a `TODO:` placeholder for each title and
 * text it leaves out, or every problem with it at once.
 * `now` and `offsetMinutes` (the writer's UTC offset) stand for `--start now`.
 */
export function readNoticeArgs(
	args: NoticeArgs,
	context: {
		readonly locales: readonly string[];
		readonly now: number;
		readonly offsetMinutes: number;
	},
): { notice: NewNotice } | { problems: string[] } {
	const problems: string[] = [];
	const [id, ...extra] = args.positionals;
	if (!id) problems.push('name the notice: npm run notice -- <id> …');
	else if (!SLUG_PATTERN.test(id))
		problems.push(`id "${id}" must be lowercase words joined by hyphens, like "chat-outage"`);
	if (extra.length > 0) problems.push(`one id only; also given: ${extra.join(' ')}`);
	if (!args.severity) problems.push(`--severity is required: ${noticeSeverities.join(', ')}`);
	if (!args.start)
		problems.push(
			'--start is required: a time with its UTC offset, e.g. 2026-11-20T09:00+08:00, or now',
		);
	const start =
		args.start === 'now'
			? formatNoticeTime(context.now, context.offsetMinutes)
			: (args.start ?? '');
	const from = start ? parseNoticeTime(start) : undefined;
	if (from && 'problem' in from) problems.push(`--start ${from.problem}`);
	let end = args.end ?? '';
	if (args.end) {
		const until = parseNoticeTime(args.end);
		if ('problem' in until) problems.push(`--end ${until.problem}`);
	}
	if (args.end && args.for) problems.push('give --end or --for, not both');
	else if (args.for) {
		const ms = parseDuration(args.for);
		if (ms === undefined) problems.push(`--for "${args.for}": write a duration like 90m, 2h or 1d`);
		else if (from && !('problem' in from))
			end = formatNoticeTime(from.epochMs + ms, from.offsetMinutes);
	} else if (!args.end)
		problems.push('--end (a time with its UTC offset) or --for (a duration like 2h) is required');
	const affected = {
		categories: list(args.category),
		articles: list(args.article),
		channels: list(args.channel),
	};
	const names = affected.categories.length + affected.articles.length + affected.channels.length;
	if (args.all && names > 0)
		problems.push('--all concerns everything; leave out --category, --article and --channel');
	if (!args.all && names === 0)
		problems.push('say what it affects: --all, or --category, --article, --channel');
	const titles = readTexts('title', args.title ?? [], context.locales);
	const texts = readTexts('text', args.text ?? [], context.locales);
	problems.push(...titles.problems, ...texts.problems);
	if (problems.length > 0) return { problems };
	const filled = (given: Record<string, string>, what: string) =>
		Object.fromEntries(
			context.locales.map((locale) => [
				locale,
				given[locale] ?? `${PLACEHOLDER_MARK} ${what} (${locale})`,
			]),
		);
	return {
		notice: {
			id: id!,
			title: filled(titles.texts, 'the headline'),
			text: filled(texts.texts, 'one or two sentences: who is affected and what to do meanwhile'),
			severity: args.severity!,
			start,
			end,
			affects: args.all ? 'all' : affected,
		},
	};
}

/**
 * Returns what the build would refuse in a new notice (its schema, and ids the content does not
 * have), leaving out the `TODO:` placeholders the writer has still to replace.
 */
export function checkNewNotice(notice: NewNotice, known: KnownIds, filePath: string): Issue[] {
	// Checked as if every placeholder were written, so the other rules still run.
	const written = (texts: Readonly<Record<string, string>>) =>
		Object.fromEntries(
			Object.entries(texts).map(([locale, text]) => [
				locale,
				text.startsWith(PLACEHOLDER_MARK) ? 'text to be written' : text,
			]),
		);
	const { id: _id, ...data } = notice;
	const result = noticeSchema.safeParse({
		...data,
		title: written(notice.title),
		text: written(notice.text),
	});
	if (!result.success) {
		return toNoticeIssues(filePath, result.error.issues);
	}
	return checkNoticeReferences([{ id: notice.id, filePath, data: result.data }], known);
}

/** Returns a YAML double-quoted scalar, safe for any text. @example yamlString('say "hi"') // '"say \\"hi\\""' */
const yamlString = (text: string) => JSON.stringify(text);

/** Returns the notice as the YAML file `npm run notice` writes. */
export function renderNoticeYaml(notice: NewNotice): string {
	const texts = (field: 'title' | 'text') => [
		`${field}:`,
		...Object.entries(notice[field]).map(([locale, value]) => `  ${locale}: ${yamlString(value)}`),
	];
	const ids = (values: readonly string[]) => `[${values.join(', ')}]`;
	const affects =
		notice.affects === 'all'
			? ['affects: all']
			: [
					'affects:',
					...(['categories', 'articles', 'channels'] as const)
						.filter(
							(key) => (notice.affects as Exclude<NewNotice['affects'], 'all'>)[key].length > 0,
						)
						.map(
							(key) =>
								`  ${key}: ${ids((notice.affects as Exclude<NewNotice['affects'], 'all'>)[key])}`,
						),
				];
	return [
		`# Service notice, written by npm run notice. It shows from start until end (see docs/writing.md, "Service notices").`,
		...texts('title'),
		...texts('text'),
		`severity: ${notice.severity}`,
		`start: ${notice.start}`,
		`end: ${notice.end}`,
		...affects,
		'',
	].join('\n');
}
