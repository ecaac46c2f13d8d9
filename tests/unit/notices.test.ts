import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	describeNoticeFileName,
	parseNoticeYaml,
	readNoticeFiles,
	toNoticeRecords,
} from '../../src/lib/notice-files';
import {
	getNextChange,
	getNoticeState,
	parseNoticeTime,
	type NoticeTime,
} from '../../src/schemas/notice-time';
import {
	checkNoticeReferences,
	describeNoticeStates,
	formatNoticeWhen,
	formatOffset,
	getNoticesFor,
	windowOf,
	type NoticeRecord,
} from '../../src/lib/notices';
import { noticeSchema, type NoticeInput } from '../../src/schemas/notice';

const time = (text: string): NoticeTime => {
	const parsed = parseNoticeTime(text);
	if ('problem' in parsed) throw new Error(parsed.problem);
	return parsed;
};
const at = (text: string) => time(text).epochMs;

const input = (over: Partial<Record<keyof NoticeInput, unknown>> = {}) => ({
	title: { 'zh-cn': '在线客服暂时无法使用', en: 'Online chat is unavailable' },
	text: { 'zh-cn': '请通过其他官方渠道联系我们。', en: 'Please use another official channel.' },
	severity: 'outage',
	start: '2026-11-20T09:00+08:00',
	end: '2026-11-20T11:30+08:00',
	affects: { channels: ['live-chat'] },
	...over,
});

const notice = (
	id: string,
	over: Partial<Record<keyof NoticeInput, unknown>> = {},
): NoticeRecord => ({
	id,
	filePath: `content/notices/${id}.yaml`,
	data: noticeSchema.parse(input(over)),
});

/** Returns the schema's messages for a notice, by field. */
const problems = (value: unknown) => {
	const result = noticeSchema.safeParse(value);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')} | ${i.message}`);
};

describe('parseNoticeTime', () => {
	test('reads a time with its offset, Z or a space between date and time, seconds optional', () => {
		expect(time('2026-11-20T09:00+08:00')).toEqual({
			written: '2026-11-20T09:00+08:00',
			epochMs: Date.UTC(2026, 10, 20, 1),
			offsetMinutes: 480,
		});
		expect(time('2026-11-20 01:00:00Z').epochMs).toBe(Date.UTC(2026, 10, 20, 1));
		expect(time('2026-11-19T20:00-05:00').epochMs).toBe(Date.UTC(2026, 10, 20, 1));
		expect(time('2026-11-20T06:30+05:30').offsetMinutes).toBe(330);
	});

	test('refuses a time without a time zone, and says how to write one', () => {
		for (const text of ['2026-11-20T09:00', '2026-11-20 09:00:00', '2026-11-20']) {
			expect(parseNoticeTime(text)).toEqual({
				problem: expect.stringContaining(
					`"${text}" has no time zone; add its UTC offset, e.g. "2026-11-20T09:00+08:00"`,
				),
			});
		}
	});

	test('refuses what is not a time of the calendar, or an offset no zone has', () => {
		expect(parseNoticeTime('2026-02-30T09:00+08:00')).toEqual({
			problem: '"2026-02-30T09:00+08:00" is not a time of the calendar',
		});
		expect(parseNoticeTime('2026-11-20T24:00+08:00')).toEqual({
			problem: expect.stringContaining('not a time of the calendar'),
		});
		expect(parseNoticeTime('2026-11-20T09:00+15:00')).toEqual({
			problem: expect.stringContaining('offset no time zone uses'),
		});
		expect(parseNoticeTime('next Tuesday')).toEqual({
			problem: expect.stringContaining('is not a time; write it as YYYY-MM-DDTHH:MM'),
		});
	});
});

describe('getNoticeState', () => {
	const window = { start: at('2026-11-20T09:00+08:00'), end: at('2026-11-20T11:30+08:00') };

	test('scheduled before its start, active from the start, expired from the end', () => {
		expect(getNoticeState(window, window.start - 1)).toBe('scheduled');
		expect(getNoticeState(window, window.start)).toBe('active');
		expect(getNoticeState(window, window.end - 1)).toBe('active');
		expect(getNoticeState(window, window.end)).toBe('expired');
	});

	test('compares instants, whatever zone the notice and the reader are in', () => {
		// 11:29 in Beijing is 03:29 UTC and 22:29 the day before in New York: still active.
		expect(getNoticeState(window, at('2026-11-20T03:29Z'))).toBe('active');
		expect(getNoticeState(window, at('2026-11-19T22:29-05:00'))).toBe('active');
		// 09:00 in London is 17:00 in Beijing: over.
		expect(getNoticeState(window, at('2026-11-20T09:00Z'))).toBe('expired');
		// 08:59 Beijing time written as UTC: not yet.
		expect(getNoticeState(window, at('2026-11-20T00:59Z'))).toBe('scheduled');
	});
});

describe('getNextChange', () => {
	test('is the earliest start or end still to come', () => {
		const windows = [
			{ start: 10, end: 50 },
			{ start: 30, end: 40 },
		];
		expect(getNextChange(windows, 0)).toBe(10);
		expect(getNextChange(windows, 10)).toBe(30);
		expect(getNextChange(windows, 35)).toBe(40);
		expect(getNextChange(windows, 45)).toBe(50);
		expect(getNextChange(windows, 50)).toBeUndefined();
		expect(getNextChange([], 0)).toBeUndefined();
	});
});

describe('getNoticesFor', () => {
	const now = at('2026-11-20T10:00+08:00');
	const notices = [
		notice('chat-down', { affects: { channels: ['live-chat'] } }),
		notice('cards-slow', { severity: 'degraded', affects: { categories: ['payments'] } }),
		notice('refund-page', { severity: 'info', affects: { articles: ['cancel-or-refund'] } }),
		notice('everything', {
			severity: 'info',
			start: '2026-11-20T12:00+08:00',
			end: '2026-11-20T13:00+08:00',
			affects: 'all',
		}),
		notice('last-week', {
			start: '2026-11-13T09:00+08:00',
			end: '2026-11-13T10:00+08:00',
			affects: 'all',
		}),
	];
	const ids = (place: Parameters<typeof getNoticesFor>[1]) =>
		getNoticesFor(notices, place, now).map((p) => `${p.notice.id}:${p.state}`);

	test('home and search show every notice that is active or still to come, the worst first; never an expired one', () => {
		const all = [
			'chat-down:active',
			'cards-slow:active',
			'refund-page:active',
			'everything:scheduled',
		];
		expect(ids({ kind: 'home' })).toEqual(all);
		expect(ids({ kind: 'search' })).toEqual(all);
	});

	test('an article shows the notices on it and on its category, and those on everything', () => {
		expect(ids({ kind: 'article', slug: 'payment-failed', category: 'payments' })).toEqual([
			'cards-slow:active',
			'everything:scheduled',
		]);
		expect(ids({ kind: 'article', slug: 'cancel-or-refund', category: 'account' })).toEqual([
			'refund-page:active',
			'everything:scheduled',
		]);
		expect(ids({ kind: 'article', slug: 'unlock-account', category: 'account' })).toEqual([
			'everything:scheduled',
		]);
	});

	test('a category page shows notices on it or on any of its articles', () => {
		expect(ids({ kind: 'category', category: 'payments', articles: ['payment-failed'] })).toEqual([
			'cards-slow:active',
			'everything:scheduled',
		]);
		expect(ids({ kind: 'category', category: 'account', articles: ['cancel-or-refund'] })).toEqual([
			'refund-page:active',
			'everything:scheduled',
		]);
	});

	test('the contact page shows notices on channels, and those on everything', () => {
		expect(ids({ kind: 'contact' })).toEqual(['chat-down:active', 'everything:scheduled']);
	});

	test('each notice leaves the page at its end', () => {
		expect(getNoticesFor(notices, { kind: 'home' }, at('2026-11-20T13:00+08:00'))).toEqual([]);
	});
});

describe('describeNoticeStates', () => {
	test('changes when a notice starts or ends, and only then', () => {
		const windows = [
			notice('a'),
			notice('b', { start: '2026-11-21T09:00+08:00', end: '2026-11-21T10:00+08:00' }),
		].map((n) => ({ id: n.id, window: windowOf(n) }));
		const before = describeNoticeStates(windows, at('2026-11-20T08:00+08:00'));
		expect(before).toBe('a:scheduled b:scheduled');
		expect(describeNoticeStates(windows, at('2026-11-20T08:30+08:00'))).toBe(before);
		expect(describeNoticeStates(windows, at('2026-11-20T09:00+08:00'))).toBe(
			'a:active b:scheduled',
		);
		expect(describeNoticeStates(windows, at('2026-11-21T12:00+08:00'))).toBe('a:expired b:expired');
	});
});

describe('checkNoticeReferences', () => {
	const known = {
		categories: new Set(['payments', 'account']),
		articles: new Set(['payment-failed']),
		channels: new Set(['hotline', 'live-chat']),
		categoriesFile: 'content/categories.yaml',
		channelsFile: 'content/channels.yaml',
	};

	test('names the file, the field and the unknown id, once each', () => {
		const issues = checkNoticeReferences(
			[
				notice('x', {
					affects: {
						categories: ['payments', 'billing'],
						articles: ['payment-failed', 'lost-phone'],
						channels: ['fax'],
					},
				}),
				notice('y', { affects: 'all' }),
			],
			known,
		);
		expect(issues).toEqual([
			{
				file: 'content/notices/x.yaml',
				field: 'affects.categories',
				rule: 'notices',
				message:
					'unknown category "billing"; known categories in content/categories.yaml: account, payments',
			},
			{
				file: 'content/notices/x.yaml',
				field: 'affects.articles',
				rule: 'notices',
				message: expect.stringContaining('"lost-phone" is not a published article'),
			},
			{
				file: 'content/notices/x.yaml',
				field: 'affects.channels',
				rule: 'notices',
				message:
					'unknown channel "fax"; known channels in content/channels.yaml: hotline, live-chat',
			},
		]);
	});
});

describe('noticeSchema', () => {
	test('a complete notice passes, its times kept as written and as instants', () => {
		const data = noticeSchema.parse(input());
		expect(data.start).toEqual(time('2026-11-20T09:00+08:00'));
		expect(data.affects).toEqual({ categories: [], articles: [], channels: ['live-chat'] });
		expect(noticeSchema.parse(input({ affects: 'all' })).affects).toBe('all');
	});

	test('every language needs a title and a text', () => {
		expect(problems(input({ title: { 'zh-cn': '在线客服暂时无法使用' } }))).toEqual([
			'title.en | missing; every language (zh-cn, en) needs a text',
		]);
		expect(problems(input({ text: { 'zh-cn': '请稍后再试。', en: ' ' } }))).toEqual([
			'text.en | must not be empty',
		]);
		expect(problems(input({ title: { 'zh-cn': '标题', en: 'Title', fr: 'Titre' } }))).toEqual([
			expect.stringMatching(/^title \| unknown language "fr"/),
		]);
	});

	test('the end comes after the start, compared as instants', () => {
		expect(problems(input({ end: '2026-11-20T09:00+08:00' }))).toEqual([
			'end | 2026-11-20T09:00+08:00 is not after start 2026-11-20T09:00+08:00; a notice ends after it starts',
		]);
		// 10:00 in London is after 09:00 in Beijing, though the clock reads less.
		expect(problems(input({ end: '2026-11-20T02:00Z' }))).toEqual([]);
		expect(problems(input({ end: '2026-11-20T00:30Z' }))).toEqual([
			expect.stringMatching(/^end \| .* is not after start/),
		]);
	});

	test('a time without its zone is refused on its own field, with no second problem about the order', () => {
		expect(problems(input({ start: '2026-11-20T09:00' }))).toEqual([
			expect.stringMatching(/^start \| "2026-11-20T09:00" has no time zone/),
		]);
	});

	test('severity and affects are checked, and affects names something', () => {
		expect(problems(input({ severity: 'critical' }))).toEqual([
			'severity | "critical" is not one of info, degraded, outage',
		]);
		expect(problems(input({ affects: {} }))).toEqual([
			'affects | name at least one category, article or channel, or write affects: all',
		]);
		expect(problems(input({ affects: { pages: ['x'] } })).join('\n')).toContain(
			'affects | unknown field pages',
		);
		expect(problems(input({ affects: { channels: ['Live Chat'] } })).join('\n')).toContain(
			'affects.channels.0 | "Live Chat" is not an id',
		);
	});
});

describe('notice files', () => {
	test('YAML times stay text, so a missing zone can be seen', () => {
		expect(parseNoticeYaml('start: 2026-11-20T09:00+08:00\nend: 2026-11-20 09:00\n')).toEqual({
			start: '2026-11-20T09:00+08:00',
			end: '2026-11-20 09:00',
		});
	});

	test('a notice file is <id>.yaml, the id a slug', () => {
		expect(describeNoticeFileName('chat-outage.yaml')).toBeUndefined();
		expect(describeNoticeFileName('chat-outage.yml')).toBe('rename it to chat-outage.yaml');
		expect(describeNoticeFileName('Chat Outage.yaml')).toContain('breaks the id rule');
		expect(describeNoticeFileName('notes.md')).toContain('only <id>.yaml files');
	});

	test('reads a folder: notices, and a problem per stray or broken file; no folder is no notices', () => {
		const root = mkdtempSync(join(tmpdir(), 'notices-'));
		try {
			expect(readNoticeFiles(root)).toEqual({ files: [], issues: [] });
			const dir = join(root, 'notices');
			mkdirSync(dir);
			writeFileSync(join(dir, 'ok.yaml'), 'severity: info\n');
			writeFileSync(join(dir, 'broken.yaml'), 'title: [\n');
			writeFileSync(join(dir, 'readme.txt'), 'hello');
			writeFileSync(join(dir, '.DS_Store'), '');
			const read = readNoticeFiles(root);
			expect(read.files).toEqual([
				{
					id: 'ok',
					filePath: join(dir, 'ok.yaml'),
					text: 'severity: info\n',
					data: { severity: 'info' },
				},
			]);
			expect(read.issues.map((i) => i.file)).toEqual([
				join(dir, 'broken.yaml'),
				join(dir, 'readme.txt'),
			]);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});

	test('check:content reports schema problems by file and field', () => {
		const { notices, issues } = toNoticeRecords([
			{ id: 'good', filePath: 'n/good.yaml', text: '', data: input() },
			{
				id: 'bad',
				filePath: 'n/bad.yaml',
				text: '',
				data: input({ end: '2026-11-20T08:00+08:00' }),
			},
		]);
		expect(notices.map((n) => n.id)).toEqual(['good']);
		expect(issues).toEqual([
			{
				file: 'n/bad.yaml',
				field: 'end',
				rule: 'notices',
				message:
					'2026-11-20T08:00+08:00 is not after start 2026-11-20T09:00+08:00; a notice ends after it starts',
			},
		]);
	});
});

describe('formatNoticeWhen', () => {
	test('one day: the end is only a time; in the offset the start was written in', () => {
		const start = time('2026-11-20T09:00+08:00');
		const end = time('2026-11-20T03:30Z');
		expect(formatNoticeWhen(start, end, 'zh-CN')).toEqual({
			start: '2026年11月20日 09:00',
			end: '11:30',
			offsetMinutes: 480,
		});
		expect(formatNoticeWhen(start, end, 'en')).toEqual({
			start: 'Nov 20, 2026, 09:00',
			end: '11:30',
			offsetMinutes: 480,
		});
	});

	test('across midnight the end has its date', () => {
		expect(
			formatNoticeWhen(time('2026-11-20T23:00+08:00'), time('2026-11-21T01:00+08:00'), 'en').end,
		).toBe('Nov 21, 2026, 01:00');
	});

	test('offsets read as UTC±h', () => {
		expect([0, 480, -300, 330, -570].map(formatOffset)).toEqual([
			'UTC',
			'UTC+8',
			'UTC−5',
			'UTC+5:30',
			'UTC−9:30',
		]);
	});
});
