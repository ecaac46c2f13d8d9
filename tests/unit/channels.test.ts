import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { useTranslations } from '../../src/i18n';
import {
	checkChannelArticles,
	checkChannels,
	checkPublishable,
	isFictionalHost,
	isFictionalPhone,
} from '../../src/lib/channel-rules';
import { formatChannelDetail, formatChannelValue, getChannelHref } from '../../src/lib/channels';
import { buildOfficialIndex } from '../../src/lib/official-index';
import { channelSchema, type ChannelData } from '../../src/schemas/channel';

const text = (value: string) => ({ 'zh-cn': value, en: value });
const common = {
	sample: true,
	name: text('Channel'),
	description: text('A channel.'),
	hours: { timeZone: 'Asia/Shanghai', days: ['mon', 'fri'], opens: '09:00', closes: '18:00' },
	responseTime: text('Soon'),
	bestFor: text('Tests'),
	articles: ['payment-failed'],
	languages: ['zh-CN', 'en'],
};
const entries: Record<string, Record<string, unknown>> = {
	phone: { ...common, id: 'hotline', kind: 'phone', phone: '+1 800-555-0123' },
	chat: { ...common, id: 'live-chat', kind: 'chat', url: 'https://help.okpay.example.com/chat' },
	email: { ...common, id: 'email', kind: 'email', email: 'Support@okpay.example.com' },
	social: {
		...common,
		id: 'social',
		kind: 'social',
		platform: 'Example Social',
		handle: '@OKPaySupport',
		url: 'https://social.example.org/@OKPaySupport',
	},
};
const make = (kind: string, overrides: Record<string, unknown> = {}): ChannelData =>
	channelSchema.parse({ ...entries[kind], ...overrides });
const registry = () => ['phone', 'chat', 'email', 'social'].map((kind) => make(kind));

describe('channelSchema', () => {
	test.each(Object.keys(entries))('accepts a good %s entry', (kind) => {
		expect(channelSchema.safeParse(entries[kind]).success).toBe(true);
	});

	test('normalizes the phone to E.164 and sorts the days', () => {
		const channel = make('phone', {
			phone: '+1 (800) 555 0123',
			hours: { ...common.hours, days: ['fri', 'mon'] },
		});
		expect(channel).toMatchObject({
			phone: '+18005550123',
			hours: { days: ['mon', 'fri'] },
		});
	});

	test.each([
		[
			'bad phone',
			'phone',
			{ phone: '+86 10 1234' },
			'phone',
			'"+86 10 1234" is not a valid phone number (write it in international format, e.g. +1 202-555-0142)',
		],
		[
			'national phone',
			'phone',
			{ phone: '138 0013 8000' },
			'phone',
			'"138 0013 8000" is not a valid phone number',
		],
		[
			'http chat URL',
			'chat',
			{ url: 'http://help.okpay.example.com/chat' },
			'url',
			'must use https://',
		],
		[
			'not a URL',
			'chat',
			{ url: 'help.okpay.example.com/chat' },
			'url',
			'"help.okpay.example.com/chat" is not a URL',
		],
		[
			'handle/url mismatch',
			'social',
			{ handle: '@foo', url: 'https://social.example.org/bar' },
			'handle',
			'"@foo" does not match url path "/bar"',
		],
		[
			'handle without @',
			'social',
			{ handle: 'OKPaySupport' },
			'handle',
			'"OKPaySupport" must be @',
		],
		['bad email', 'email', { email: 'support@' }, 'email', '"support@" is not an email address'],
		[
			'missing en',
			'phone',
			{ name: { 'zh-cn': '热线' } },
			'name.en',
			'missing; every locale (zh-cn, en) needs a text',
		],
		[
			'empty text',
			'phone',
			{ bestFor: { 'zh-cn': '实时', en: ' ' } },
			'bestFor.en',
			'must not be empty',
		],
		['unknown locale', 'phone', { name: { ...text('x'), fr: 'x' } }, 'name', 'unknown locale "fr"'],
		[
			'bad time zone',
			'phone',
			{ hours: { ...common.hours, timeZone: 'Asia/Shangai' } },
			'hours.timeZone',
			'"Asia/Shangai" is not an IANA time zone',
		],
		[
			'bad day',
			'phone',
			{ hours: { ...common.hours, days: ['monday'] } },
			'hours.days.0',
			'"monday" is not a day',
		],
		[
			'bad time',
			'phone',
			{ hours: { ...common.hours, opens: '9:00' } },
			'hours.opens',
			'"9:00" must be a 24-hour time HH:MM',
		],
		[
			'closes before opens',
			'phone',
			{ hours: { ...common.hours, opens: '18:00', closes: '09:00' } },
			'hours.closes',
			'09:00 must be later than opens (18:00)',
		],
		[
			'half a schedule',
			'phone',
			{ hours: { timeZone: 'Asia/Shanghai' } },
			'hours.days',
			'required, a list of days',
		],
		[
			'always plus times',
			'phone',
			{ hours: { always: true, opens: '09:00' } },
			'hours',
			'with always: true, leave out opens',
		],
		[
			'language case',
			'phone',
			{ languages: ['zh-cn'] },
			'languages.0',
			'"zh-cn" is not a canonical BCP 47 tag',
		],
		[
			'bad article slug',
			'phone',
			{ articles: ['Payment Failed'] },
			'articles.0',
			'"Payment Failed" must be a lowercase slug',
		],
		['unknown kind', 'phone', { kind: 'fax' }, 'kind', 'must be one of phone, chat, email, social'],
		[
			'field of another kind',
			'chat',
			{ phone: '+1 800-555-0123' },
			'',
			'Unrecognized key: "phone"',
		],
		['missing sample', 'phone', { sample: undefined }, 'sample', 'must be true'],
	])('rejects %s', (_label, kind, overrides, path, message) => {
		const result = channelSchema.safeParse({ ...entries[kind], ...overrides });
		expect(result.success).toBe(false);
		const issue = result.error?.issues.find((i) => i.path.join('.') === path);
		expect(issue?.message).toContain(message);
	});

	test('a malformed time is one problem, not also an order problem', () => {
		const result = channelSchema.safeParse({
			...entries['phone'],
			hours: { ...common.hours, opens: '9:00', closes: '08:00' },
		});
		expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			['hours.opens', '"9:00" must be a 24-hour time HH:MM, e.g. 09:00'],
		]);
	});

	test('messages leave the path to the reporter', () => {
		const result = channelSchema.safeParse({ ...entries['chat'], url: 'http://x.example.com/' });
		expect(result.error?.issues[0]?.message).not.toMatch(/^url\b/);
	});
});

/** The registry's path, as the build and check:content name it in each issue. */
const FILE = 'content/channels.yaml';

describe('checkChannels', () => {
	test('accepts the sample registry in content/channels.yaml', () => {
		const raw = parseYaml(
			readFileSync(new URL('../../content/channels.yaml', import.meta.url), 'utf8'),
		) as unknown[];
		const channels = raw.map((entry) => channelSchema.parse(entry));
		expect(channels.map((c) => c.id)).toEqual(['hotline', 'live-chat', 'email', 'social']);
		expect(channels.every((c) => c.sample)).toBe(true);
		expect(checkChannels(channels, FILE)).toEqual([]);
		expect(
			checkChannelArticles(
				channels,
				[
					'payment-failed',
					'unlock-account',
					'cancel-or-refund',
					'verify-identity',
					'register-account',
					'account-security',
					'contact-support',
				],
				FILE,
			),
		).toEqual([]);
	});

	test.each([
		[
			'duplicate id',
			[make('phone'), make('email', { id: 'hotline' })],
			'hotline',
			'id',
			'"hotline" is used by more than one channel',
		],
		[
			'same phone written differently',
			[make('phone'), make('phone', { id: 'hotline-2', phone: '+1 (800) 555 0123' })],
			'hotline-2',
			'phone',
			'is already the phone of channel "hotline"',
		],
		[
			'same email in another case',
			[make('email'), make('email', { id: 'mail-2', email: 'SUPPORT@okpay.example.com' })],
			'mail-2',
			'email',
			'already the email of channel "email"',
		],
		[
			'same URL with www and slash',
			[
				make('chat'),
				make('chat', { id: 'chat-2', url: 'https://www.help.okpay.example.com/chat/' }),
			],
			'chat-2',
			'url',
			'already the url of channel "live-chat"',
		],
		[
			'same handle on the platform',
			[
				make('social'),
				make('social', {
					id: 'social-2',
					handle: '@okpaysupport',
					url: 'https://social.example.org/okpaysupport',
				}),
			],
			'social-2',
			'handle',
			'already the handle of channel "social"',
		],
		[
			'real-looking phone in a sample',
			[make('phone', { phone: '+86 138 0013 8000' })],
			'hotline',
			'phone',
			'looks real, but the channel is a sample',
		],
		[
			'555 number outside 0100–0199',
			[make('phone', { phone: '+1 800-555-0200' })],
			'hotline',
			'phone',
			'looks real',
		],
		[
			'real domain in a sample URL',
			[make('chat', { url: 'https://help.okpay.com/chat' })],
			'live-chat',
			'url',
			'looks real',
		],
		[
			'real domain in a sample email',
			[make('email', { email: 'support@okpay.com' })],
			'email',
			'email',
			'looks real',
		],
		[
			'real profile host in a sample',
			[make('social', { url: 'https://social.okpay.com/@OKPaySupport' })],
			'social',
			'url',
			'looks real',
		],
		[
			'fictional phone in a real channel',
			[make('phone', { sample: false })],
			'hotline',
			'phone',
			'reserved fictional value, but the channel has sample: false',
		],
		[
			'fictional email in a real channel',
			[make('email', { sample: false })],
			'email',
			'email',
			'reserved fictional value',
		],
		[
			'fictional profile in a real channel',
			[make('social', { sample: false })],
			'social',
			'url',
			'reserved fictional value',
		],
	])('reports %s', (_label, channels, id, field, message) => {
		const issues = checkChannels(channels, FILE);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ file: FILE, field: `${id}.${field}`, rule: 'channels' });
		expect(issues[0]?.message).toContain(message);
	});

	test('accepts real values in a real channel', () => {
		expect(
			checkChannels([make('phone', { sample: false, phone: '+86 400 820 8820' })], FILE),
		).toEqual([]);
	});

	test('reports unknown article slugs', () => {
		expect(checkChannelArticles(registry(), ['unlock-account'], FILE)).toEqual(
			['hotline', 'live-chat', 'email', 'social'].map((id) => ({
				file: FILE,
				field: `${id}.articles`,
				rule: 'channels',
				message: 'no article has the slug "payment-failed"',
			})),
		);
	});
});

describe('publish mode', () => {
	test('lists every channel that is still a sample', () => {
		const channels = [
			make('phone'),
			make('email', { sample: false, email: 'support@okpay.com' }),
			make('chat'),
		];
		expect(checkPublishable(channels, FILE)).toEqual(
			['hotline', 'live-chat'].map((id) =>
				expect.objectContaining({ file: FILE, field: `${id}.sample`, rule: 'publish' }),
			),
		);
	});

	test('passes when no sample is left', () => {
		const channels = [make('phone', { sample: false, phone: '+86 400 820 8820' })];
		expect(checkPublishable(channels, FILE)).toEqual([]);
	});
});

describe('fictional ranges', () => {
	test.each([
		['+18005550100', true],
		['+12025550199', true],
		['+12025550200', false],
		['+12025550099', false],
		['+8613800138000', false],
		['+448005550123', false],
	])('isFictionalPhone(%s) = %s', (e164, expected) => {
		expect(isFictionalPhone(e164)).toBe(expected);
	});

	test.each([
		['example.com', true],
		['help.okpay.example.com', true],
		['social.example.org', true],
		['evil.example', true],
		['okpay.com', false],
		['example.com.evil.net', false],
		['notexample.com', false],
	])('isFictionalHost(%s) = %s', (host, expected) => {
		expect(isFictionalHost(host)).toBe(expected);
	});
});

describe('display', () => {
	test.each([
		['phone', 'tel:+18005550123', '+1\u00a0800\u00a0555\u00a00123'],
		['chat', 'https://help.okpay.example.com/chat', 'help.okpay.example.com/chat'],
		['email', 'mailto:Support@okpay.example.com', 'Support@okpay.example.com'],
		['social', 'https://social.example.org/@OKPaySupport', '@OKPaySupport'],
	])('%s → %s, %s', (kind, href, shown) => {
		expect(getChannelHref(make(kind))).toBe(href);
		expect(formatChannelValue(make(kind))).toBe(shown);
	});
});

describe('formatChannelDetail', () => {
	test.each([
		['zh-cn', 'Example Social 上的 @OKPaySupport'],
		['en', '@OKPaySupport on Example Social'],
	] as const)('a social account names its platform (%s)', (locale, shown) => {
		expect(formatChannelDetail(make('social'), useTranslations(locale))).toBe(shown);
	});

	test.each(['phone', 'chat', 'email'])('%s shows its value', (kind) => {
		expect(formatChannelDetail(make(kind), useTranslations('en'))).toBe(
			formatChannelValue(make(kind)),
		);
	});
});

test('buildOfficialIndex returns plain normalized data', () => {
	const index = buildOfficialIndex(registry(), {
		brand: 'OKPay',
		siteUrl: 'https://help.okpay.example.com/',
	});
	expect(index).toEqual({
		brands: ['okpay'],
		hosts: ['help.okpay.example.com', 'okpay.example.com'],
		phones: [
			{ id: 'hotline', e164: '18005550123', national: '8005550123', shown: '+1 800 555 0123' },
		],
		emails: [{ id: 'email', address: 'support@okpay.example.com' }],
		urls: [{ id: 'live-chat', scheme: 'https', host: 'help.okpay.example.com', path: '/chat' }],
		handles: [
			{
				id: 'social',
				handle: 'okpaysupport',
				host: 'social.example.org',
				platform: 'Example Social',
				shown: '@OKPaySupport',
			},
		],
	});
	expect(JSON.parse(JSON.stringify(index))).toEqual(index);
});
