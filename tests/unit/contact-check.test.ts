import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildOfficialIndex } from '../../src/lib/channels';
import {
	checkContact,
	classifyContactInput,
	contactReasons,
	formatContactResult,
	parseContactUrl,
	type ContactReason,
	type ContactVerdict,
} from '../../src/lib/contact-check';
import { channelSchema } from '../../src/schemas/channel';

const text = (en: string) => ({ 'zh-cn': en, en });
const common = {
	sample: true,
	name: text('Channel'),
	description: text('A test channel.'),
	hours: { always: true },
	responseTime: text('Soon'),
	bestFor: text('Tests'),
	languages: ['en'],
};

// Test data only: the CN landline is made up for the trunk-0 and 0086 cases.
const channels = [
	{ ...common, id: 'hotline', kind: 'phone', phone: '+1 800-555-0123' },
	{ ...common, id: 'cn-hotline', kind: 'phone', phone: '+86 10 5555 0123' },
	{ ...common, id: 'live-chat', kind: 'chat', url: 'https://help.okpay.example.com/chat' },
	{ ...common, id: 'email', kind: 'email', email: 'support@okpay.example.com' },
	{
		...common,
		id: 'social',
		kind: 'social',
		platform: 'Example Social',
		handle: '@OKPaySupport',
		url: 'https://social.example.org/@OKPaySupport',
	},
].map((channel) => channelSchema.parse(channel));

const index = buildOfficialIndex(channels, {
	brand: 'OKPay',
	siteUrl: 'https://help.okpay.example.com',
});

type Row = [input: string, verdict: ContactVerdict, reason: ContactReason, channelId?: string];

const rows: Row[] = [
	// Empty and oversized input
	['', 'empty', 'empty'],
	['   \t ', 'empty', 'empty'],
	['\u200B\u3000', 'empty', 'empty'],
	['1'.repeat(501), 'invalid', 'too-long'],
	// Phones: formats of the official numbers
	['+1 800-555-0123', 'official', 'official-phone', 'hotline'],
	['+1 (800) 555-0123', 'official', 'official-phone', 'hotline'],
	['1-800-555-0123', 'official', 'official-phone', 'hotline'],
	['800.555.0123', 'official', 'official-phone', 'hotline'],
	['001 800 555 0123', 'official', 'official-phone', 'hotline'],
	['tel:+18005550123', 'official', 'official-phone', 'hotline'],
	['＋１ ８００ ５５５ ０１２３', 'official', 'official-phone', 'hotline'],
	['+86 10 5555 0123', 'official', 'official-phone', 'cn-hotline'],
	['0086 10 5555 0123', 'official', 'official-phone', 'cn-hotline'],
	['010-5555-0123', 'official', 'official-phone', 'cn-hotline'],
	['（010）5555 0123', 'official', 'official-phone', 'cn-hotline'],
	['+86 (0)10 5555 0123', 'official', 'official-phone', 'cn-hotline'],
	['８６１０５５５５０１２３', 'official', 'official-phone', 'cn-hotline'],
	// Phones: near misses and strangers
	['+1 800-555-0124', 'lookalike', 'similar-phone', 'hotline'],
	['010-5555-0132', 'lookalike', 'similar-phone', 'cn-hotline'],
	['+44 800 555 0123', 'unofficial', 'unknown-phone'],
	['138 0013 8000', 'unofficial', 'unknown-phone'],
	['400-820-8820', 'unofficial', 'unknown-phone'],
	['123', 'invalid', 'invalid-phone'],
	['+1 2', 'invalid', 'invalid-phone'],
	// Emails
	['support@okpay.example.com', 'official', 'official-email', 'email'],
	['SUPPORT@OKPAY.EXAMPLE.COM', 'official', 'official-email', 'email'],
	['mailto:Support@okpay.example.com?subject=Help', 'official', 'official-email', 'email'],
	['  <support@okpay.example.com>.', 'official', 'official-email', 'email'],
	['ｓｕｐｐｏｒｔ＠ｏｋｐａｙ．ｅｘａｍｐｌｅ．ｃｏｍ', 'official', 'official-email', 'email'],
	['refunds@okpay.example.com', 'unofficial', 'unlisted-address'],
	['support@okpay-support.example.com', 'lookalike', 'lookalike-domain'],
	['support@okpay.example.co', 'lookalike', 'lookalike-domain'],
	['okpay.helpdesk@mail.example.net', 'lookalike', 'lookalike-address'],
	['support@оkpay.example.com', 'lookalike', 'homograph'],
	['someone@mail.example.net', 'unofficial', 'unknown-email'],
	// Web addresses
	['https://help.okpay.example.com/chat', 'official', 'official-url', 'live-chat'],
	['https://help.okpay.example.com/chat/', 'official', 'official-url', 'live-chat'],
	['HTTPS://WWW.Help.OKPay.example.com/chat?lang=en#top', 'official', 'official-url', 'live-chat'],
	['help.okpay.example.com/chat', 'official', 'official-url', 'live-chat'],
	['http://help.okpay.example.com/chat', 'unofficial', 'insecure-scheme', 'live-chat'],
	['http://help.okpay.example.com/', 'unofficial', 'insecure-scheme'],
	['https://help.okpay.example.com/en/articles/payment-failed/', 'official', 'official-site'],
	['www.okpay.example.com', 'official', 'official-site'],
	['https://help.okpay.example.com.', 'official', 'official-site'],
	['https://okpay-support.example.com/chat', 'lookalike', 'lookalike-domain'],
	['https://support.okpay.example.com.evil.example/chat', 'lookalike', 'lookalike-domain'],
	['https://okpay.example.co', 'lookalike', 'lookalike-domain'],
	['https://0kpay.example.com', 'lookalike', 'lookalike-domain'],
	['https://okpya.example.com/chat', 'lookalike', 'lookalike-domain'],
	['https://help.okpay.example.com@evil.example/chat', 'lookalike', 'hidden-host'],
	['https://xn--elp-1sd.okpay.example.com/chat', 'lookalike', 'homograph'],
	['https://xn--kpay-45d.example.com', 'lookalike', 'homograph'],
	['https://һelp.okpay.example.com/chat', 'lookalike', 'homograph'],
	['https://help.οkpay.example.com', 'lookalike', 'homograph'],
	['https://ökpay.example.com', 'lookalike', 'homograph'],
	['https://example.com/', 'unofficial', 'unknown-url'],
	['https://social.example.net/okpay', 'unofficial', 'unknown-url'],
	['https://pay.example.net/checkout', 'unofficial', 'unknown-url'],
	// Social accounts
	['https://social.example.org/@OKPaySupport', 'official', 'official-url', 'social'],
	['https://social.example.org/okpaysupport/', 'official', 'official-url', 'social'],
	['http://social.example.org/@OKPaySupport', 'unofficial', 'insecure-scheme', 'social'],
	['https://social.example.org/@OKPay_Support', 'lookalike', 'lookalike-handle', 'social'],
	['https://social.example.org/@someone', 'unofficial', 'unknown-url'],
	['@OKPaySupport', 'official', 'official-handle', 'social'],
	['okpaysupport', 'official', 'official-handle', 'social'],
	['@OKPay_Support', 'lookalike', 'lookalike-handle', 'social'],
	['@0KPaySupport', 'lookalike', 'lookalike-handle', 'social'],
	['@ОКPaySupport', 'lookalike', 'homograph', 'social'],
	['@OKPayRefunds', 'lookalike', 'lookalike-handle'],
	['@someone', 'unofficial', 'unknown-handle'],
	// Garbage
	['!!!???', 'invalid', 'unrecognized'],
	['call me maybe', 'invalid', 'unrecognized'],
	['javascript:alert(1)', 'invalid', 'unrecognized'],
	['ftp://help.okpay.example.com', 'invalid', 'unrecognized'],
	['https://', 'invalid', 'unrecognized'],
	['support@', 'invalid', 'unrecognized'],
];

describe('checkContact', () => {
	test.each(rows)('%j → %s (%s)', (input, verdict, reason, channelId) => {
		const expected = channelId === undefined ? { verdict, reason } : { verdict, reason, channelId };
		expect(checkContact(input, index)).toEqual(expected);
	});

	test('the table covers every reason code', () => {
		expect(new Set(rows.map((row) => row[2]))).toEqual(new Set(contactReasons));
	});
});

describe('classifyContactInput', () => {
	test.each([
		['＋８６ 138-0013-8000', 'phone', '+8613800138000'],
		['0086 138 0013 8000', 'phone', '+8613800138000'],
		['138 0013 8000', 'phone', '13800138000'],
		['MAILTO:Support@OKPay.example.com', 'email', 'support@okpay.example.com'],
		['HTTPS://www.Help.OKPay.example.com/chat/?x=1', 'url', 'https://help.okpay.example.com/chat'],
		['help.okpay.example.com', 'url', 'help.okpay.example.com'],
		['@OKPaySupport', 'handle', 'okpaysupport'],
		['', 'empty', ''],
		['???', 'invalid', ''],
	])('%j → %s %s', (input, kind, normalized) => {
		expect(classifyContactInput(input)).toEqual({ kind, normalized });
	});
});

test('parseContactUrl keeps the host after the @ of a userinfo trick', () => {
	expect(parseContactUrl('https://help.okpay.example.com@evil.example:8080/x/')).toEqual({
		scheme: 'https',
		userinfo: 'help.okpay.example.com',
		host: 'evil.example',
		path: '/x',
	});
});

test('the official index is plain JSON data', () => {
	expect(JSON.parse(JSON.stringify(index))).toEqual(index);
	expect(index.brands).toEqual(['okpay']);
	expect(index.hosts).toEqual(['help.okpay.example.com', 'okpay.example.com']);
});

describe('the sample registry (content/channels.yaml)', () => {
	const sample = (
		parse(readFileSync(new URL('../../content/channels.yaml', import.meta.url), 'utf8')) as unknown[]
	).map((channel) => channelSchema.parse(channel));
	const chat = sample.find((channel) => channel.kind === 'chat');
	const siteUrl = 'https://help.okpay.example.com';
	const sampleIndex = buildOfficialIndex(sample, { brand: 'OKPay', siteUrl });

	test('the chat lives on a host of its own: the help center builds no chat page', () => {
		expect(chat?.kind === 'chat' && new URL(chat.url).host).not.toBe(new URL(siteUrl).host);
	});

	test.each([
		['the chat URL', chat?.kind === 'chat' ? chat.url : '', { reason: 'official-url', channelId: 'live-chat' }],
		['a page of the help center', `${siteUrl}/en/contact/`, { reason: 'official-site' }],
	])('the checker calls %s official', (_, value, expected) => {
		expect(checkContact(value, sampleIndex)).toMatchObject({ verdict: 'official', ...expected });
	});
});

test('the checker ships to the browser: no phone library, only its small look-alike and text helpers', () => {
	const allowed = ['./lookalike', './ui-text', 'punycode/punycode.es6.js'];
	for (const file of ['contact-check.ts', 'lookalike.ts', 'ui-text.ts']) {
		const source = readFileSync(new URL(`../../src/lib/${file}`, import.meta.url), 'utf8');
		const imports = [...source.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
		expect(imports.every((from) => allowed.includes(from!)), `${file}: ${imports.join(', ')}`).toBe(true);
		expect(source.length).toBeLessThan(20_000);
	}
});

describe('formatContactResult', () => {
	const messages = {
		official: 'Official.',
		lookalike: 'Careful: this imitates us.',
		empty: 'Type something first.',
		'official-phone': 'It is our {channel}.',
		'similar-phone': 'It differs from our {channel} by one digit.',
		'insecure-scheme': 'Use https://, not http://.',
	};
	const names = { hotline: 'support hotline' };
	test.each([
		[
			{ verdict: 'official', reason: 'official-phone', channelId: 'hotline' },
			'Official. It is our support hotline.',
		],
		[
			{ verdict: 'lookalike', reason: 'similar-phone', channelId: 'hotline' },
			'Careful: this imitates us. It differs from our support hotline by one digit.',
		],
		[{ verdict: 'empty', reason: 'empty' }, 'Type something first.'],
		[
			{ verdict: 'unofficial', reason: 'insecure-scheme', channelId: 'live-chat' },
			'Use https://, not http://.',
		],
		[{ verdict: 'invalid', reason: 'unrecognized' }, ''],
	] as const)('%j → %s', (result, expected) => {
		expect(formatContactResult(result, messages, names)).toBe(expected);
	});
});

describe('safety advice', () => {
	const messages = { official: 'OK {channel}.', unofficial: 'Not official.', 'unknown-phone': 'Unknown.', lookalike: 'Fake.', 'lookalike-domain': 'Close.', advice: 'Never share codes.' };
	test.each([
		[{ verdict: 'unofficial', reason: 'unknown-phone' }, 'Not official. Unknown. Never share codes.'],
		[{ verdict: 'lookalike', reason: 'lookalike-domain' }, 'Fake. Close. Never share codes.'],
	] as const)('non-official verdicts end with the advice: %j', (result, expected) => {
		expect(formatContactResult(result, messages, {})).toBe(expected);
	});

	test('Chinese sentences follow each other without a space', () => {
		const zh = { unofficial: '这不是官方联系方式。', 'unknown-phone': '这个号码不是官方客服热线。', advice: '不要转账。' };
		expect(formatContactResult({ verdict: 'unofficial', reason: 'unknown-phone' }, zh, {})).toBe('这不是官方联系方式。这个号码不是官方客服热线。不要转账。');
	});

	test('a channel name is inserted as written, even with $ patterns', () => {
		expect(formatContactResult({ verdict: 'official', reason: 'official-phone', channelId: 'hotline' }, messages, { hotline: "$& $' $$ $1" })).toBe("OK $& $' $$ $1.");
	});

	test('an official verdict has no advice', () => {
		expect(formatContactResult({ verdict: 'official', reason: 'official-phone', channelId: 'hotline' }, messages, { hotline: 'Hotline' })).toBe('OK Hotline.');
	});
});
