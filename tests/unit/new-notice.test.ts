import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
	checkNewNotice,
	formatNoticeTime,
	parseDuration,
	readNoticeArgs,
	renderNoticeYaml,
	type NoticeArgs,
} from '../../src/lib/new-notice';
import { parseNoticeYaml, toNoticeRecords } from '../../src/lib/notice-files';
import { copyContent, runScript } from '../support/run-script';

const context = { locales: ['zh-cn', 'en'], now: Date.UTC(2026, 10, 20, 1, 0), offsetMinutes: 480 };
const args = (over: Partial<NoticeArgs> = {}): NoticeArgs => ({
	positionals: ['chat-outage'],
	severity: 'outage',
	start: '2026-11-20T09:00+08:00',
	end: '2026-11-20T11:30+08:00',
	channel: ['live-chat'],
	title: ['zh-cn=在线客服暂时无法使用', 'en=Online chat is unavailable'],
	text: ['zh-cn=请通过客服热线联系我们。', 'en=Please call the hotline instead.'],
	...over,
});
const known = {
	categories: new Set(['payments']),
	articles: new Set(['payment-failed']),
	channels: new Set(['hotline', 'live-chat']),
	categoriesFile: 'content/categories.yaml',
	channelsFile: 'content/channels.yaml',
};
const read = (over: Partial<NoticeArgs> = {}) => {
	const result = readNoticeArgs(args(over), context);
	if ('problems' in result) throw new Error(result.problems.join('\n'));
	return result.notice;
};

describe('times on the command line', () => {
	test("a moment is written in the writer's offset", () => {
		expect(formatNoticeTime(Date.UTC(2026, 10, 20, 1), 480)).toBe('2026-11-20T09:00+08:00');
		expect(formatNoticeTime(Date.UTC(2026, 10, 20, 1), 0)).toBe('2026-11-20T01:00Z');
		expect(formatNoticeTime(Date.UTC(2026, 10, 20, 1), -300)).toBe('2026-11-19T20:00-05:00');
	});

	test('durations are minutes, hours or days', () => {
		expect([parseDuration('90m'), parseDuration('2h'), parseDuration('1d')]).toEqual([
			5_400_000, 7_200_000, 86_400_000,
		]);
		expect([parseDuration('0h'), parseDuration('2 hours'), parseDuration('')]).toEqual([
			undefined,
			undefined,
			undefined,
		]);
	});

	test("--start now and --for: from now, in the writer's offset", () => {
		const notice = read({ start: 'now', end: undefined, for: '2h' });
		expect([notice.start, notice.end]).toEqual([
			'2026-11-20T09:00+08:00',
			'2026-11-20T11:00+08:00',
		]);
	});
});

describe('readNoticeArgs', () => {
	test('every problem of the command line at once', () => {
		const result = readNoticeArgs(
			{
				positionals: ['Chat_Outage'],
				start: '2026-11-20T09:00',
				for: 'soon',
				title: ['fr=Panne', 'en=A', 'en=B'],
			},
			context,
		);
		expect(result).toEqual({
			problems: [
				'id "Chat_Outage" must be lowercase words joined by hyphens, like "chat-outage"',
				'--severity is required: info, degraded, outage',
				expect.stringMatching(/^--start "2026-11-20T09:00" has no time zone/),
				'--for "soon": write a duration like 90m, 2h or 1d',
				'say what it affects: --all, or --category, --article, --channel',
				'--title "fr=Panne": write it as <locale>=<text>, the locale one of zh-cn, en',
				'--title: en is given twice',
			],
		});
	});

	test('--all excludes naming what it affects; lists may be comma-separated', () => {
		expect(readNoticeArgs(args({ all: true }), context)).toEqual({
			problems: ['--all concerns everything; leave out --category, --article and --channel'],
		});
		expect(read({ channel: ['live-chat, hotline'], category: ['payments'] }).affects).toEqual({
			categories: ['payments'],
			articles: [],
			channels: ['live-chat', 'hotline'],
		});
		expect(read({ channel: undefined, all: true }).affects).toBe('all');
	});

	test('a language without a title or text gets a TODO: placeholder', () => {
		const notice = read({ title: ['zh-cn=在线客服暂时无法使用'], text: [] });
		expect(notice.title['en']).toMatch(/^TODO: /);
		expect(Object.values(notice.text).every((t) => t.startsWith('TODO: '))).toBe(true);
	});
});

describe('checkNewNotice', () => {
	test('refuses what the build refuses, naming file and field, and still checks ids with placeholders left', () => {
		const file = 'content/notices/chat-outage.yaml';
		expect(checkNewNotice(read(), known, file)).toEqual([]);
		expect(checkNewNotice(read({ end: '2026-11-20T08:00+08:00' }), known, file)).toEqual([
			{
				file,
				field: 'end',
				rule: 'notices',
				message:
					'2026-11-20T08:00+08:00 is not after start 2026-11-20T09:00+08:00; a notice ends after it starts',
			},
		]);
		expect(checkNewNotice(read({ title: [], channel: ['fax'] }), known, file)).toEqual([
			{
				file,
				field: 'affects.channels',
				rule: 'notices',
				message: expect.stringContaining('unknown channel "fax"'),
			},
		]);
	});
});

describe('renderNoticeYaml', () => {
	test('the file reads back as the same notice, quotes and all', () => {
		const notice = read({
			title: ['zh-cn=“在线客服”暂时无法使用', 'en=Chat is "down": #1'],
			category: ['payments'],
		});
		const text = renderNoticeYaml(notice);
		const file = { id: notice.id, filePath: 'x.yaml', text, data: parseNoticeYaml(text) };
		const { notices, issues } = toNoticeRecords([file]);
		expect(issues).toEqual([]);
		expect(notices[0]!.data.title).toEqual({
			'zh-cn': '“在线客服”暂时无法使用',
			en: 'Chat is "down": #1',
		});
		expect(notices[0]!.data.affects).toEqual({
			categories: ['payments'],
			articles: [],
			channels: ['live-chat'],
		});
		expect(notices[0]!.data.start.written).toBe('2026-11-20T09:00+08:00');
	});
});

describe('npm run notice', () => {
	const content = copyContent();
	afterAll(() => rmSync(join(content, '..'), { recursive: true, force: true }));
	const file = join(content, 'notices', 'chat-outage.yaml');
	const cli = [
		'chat-outage',
		'--severity',
		'outage',
		'--start',
		'2026-11-20T09:00+08:00',
		'--for',
		'150m',
		'--channel',
		'live-chat',
		'--title',
		'zh-cn=在线客服暂时无法使用',
		'--title',
		'en=Online chat is unavailable',
		'--text',
		'zh-cn=请通过客服热线联系我们。',
		'--text',
		'en=Please call the hotline instead.',
	];

	test('writes a notice that passes the content check, and never overwrites one', () => {
		const created = runScript('new-notice.ts', cli, { CONTENT_DIR: content });
		expect(created.stdout, created.stderr).toContain(`Created ${file}`);
		expect(readFileSync(file, 'utf8')).toContain('end: 2026-11-20T11:30+08:00');
		const check = runScript('check-content.ts', [], { CONTENT_DIR: content });
		expect(check.status, check.stderr).toBe(0);
		expect(check.stdout).toMatch(/, 3 notices;/);
		const again = runScript('new-notice.ts', cli, { CONTENT_DIR: content });
		expect(again.status).toBe(1);
		expect(again.stderr).toContain(`Not overwriting ${file}`);
	});

	test('refuses an unknown channel and writes nothing; prints the usage for a bad command line', () => {
		const unknown = runScript(
			'new-notice.ts',
			['fax-outage', ...cli.slice(1).map((a) => (a === 'live-chat' ? 'fax' : a))],
			{ CONTENT_DIR: content },
		);
		expect(unknown.status).toBe(1);
		expect(unknown.stderr).toContain('[notices] affects.channels: unknown channel "fax"');
		expect(existsSync(join(content, 'notices', 'fax-outage.yaml'))).toBe(false);
		const phone = runScript(
			'new-notice.ts',
			[
				'call-us',
				...cli
					.slice(1)
					.map((a) => (a.startsWith('zh-cn=请通过') ? 'zh-cn=请拨打 400-820-8820。' : a)),
			],
			{ CONTENT_DIR: content },
		);
		expect(phone.status).toBe(1);
		expect(phone.stderr).toMatch(
			/call-us\.yaml:\d+ \[contact-details\] phone "400-820-8820": in text\.zh-cn/,
		);
		expect(existsSync(join(content, 'notices', 'call-us.yaml'))).toBe(false);
		const usage = runScript('new-notice.ts', [], { CONTENT_DIR: content });
		expect(usage.status).toBe(1);
		expect(usage.stderr).toContain('Usage: npm run notice -- <id> --severity');
	});
});
