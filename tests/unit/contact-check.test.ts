import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	checkContact,
	checkMessage,
	contactReasons,
	MAX_CONTACT_INPUT,
	type ContactReason,
	type ContactVerdict,
} from '../../src/lib/contact-check';
import { sampleChannels, sampleIndex, siteUrl, testIndex as index } from '../support/contact-index';

type Row = [input: string, verdict: ContactVerdict, reason: ContactReason, channelId?: string];

// One detail per input, written every way readers and impostors write it.
const rows: Row[] = [
	// Empty and oversized input
	['', 'empty', 'empty'],
	['   \t ', 'empty', 'empty'],
	['\u200B\u3000', 'empty', 'empty'],
	['1'.repeat(MAX_CONTACT_INPUT + 1), 'invalid', 'too-long'],
	// Phones with their country code: official
	['+1 800-555-0123', 'official', 'official-phone', 'hotline'],
	['+1 (800) 555-0123', 'official', 'official-phone', 'hotline'],
	['(+1) 800 555 0123', 'official', 'official-phone', 'hotline'],
	['（+1）800 555 0123', 'official', 'official-phone', 'hotline'],
	['【+1 800 555 0123】', 'official', 'official-phone', 'hotline'],
	['热线：+1 800 555 0123。', 'official', 'official-phone', 'hotline'],
	['001 800 555 0123', 'official', 'official-phone', 'hotline'],
	['tel:+18005550123', 'official', 'official-phone', 'hotline'],
	['＋１ ８００ ５５５ ０１２３', 'official', 'official-phone', 'hotline'],
	['+1 800–555–0123', 'official', 'official-phone', 'hotline'],
	['+86 10 5555 0123', 'official', 'official-phone', 'cn-hotline'],
	['0086 10 5555 0123', 'official', 'official-phone', 'cn-hotline'],
	['+86 (0)10 5555 0123', 'official', 'official-phone', 'cn-hotline'],
	// Phones without a country code: ours only when dialled inside the country
	['1-800-555-0123', 'caution', 'phone-no-country', 'hotline'],
	['800.555.0123', 'caution', 'phone-no-country', 'hotline'],
	['(800) 555-0123', 'caution', 'phone-no-country', 'hotline'],
	['8005550123', 'caution', 'phone-no-country', 'hotline'],
	['010-5555-0123', 'caution', 'phone-no-country', 'cn-hotline'],
	['（010）5555 0123', 'caution', 'phone-no-country', 'cn-hotline'],
	['８６１０５５５５０１２３', 'caution', 'phone-no-country', 'cn-hotline'],
	// Phones: near misses and strangers
	['+1 800-555-0124', 'lookalike', 'similar-phone', 'hotline'],
	['+1 800 555 01234', 'lookalike', 'similar-phone', 'hotline'],
	['+1 800 555 0123 4', 'lookalike', 'similar-phone', 'hotline'],
	['+44 800 555 0123', 'lookalike', 'similar-phone', 'hotline'],
	['010-5555-0132', 'lookalike', 'similar-phone', 'cn-hotline'],
	['+1 800\u200B555 0123', 'lookalike', 'invisible', 'hotline'],
	['+1 8OO 555 0123', 'lookalike', 'similar-phone', 'hotline'],
	['+1 800 555 Ol23', 'lookalike', 'similar-phone', 'hotline'],
	['+1\u00A0800\u00A0555\u00A00123', 'official', 'official-phone', 'hotline'],
	['请拨打一八零零五五五零一二三', 'caution', 'phone-no-country', 'hotline'],
	['138 0013 8000', 'unofficial', 'unknown-phone'],
	['400-820-8820', 'unofficial', 'unknown-phone'],
	['95188', 'unofficial', 'unknown-phone'],
	['请致电 95188', 'unofficial', 'unknown-phone'],
	['123', 'invalid', 'invalid-phone'],
	['+1 2', 'invalid', 'invalid-phone'],
	// Emails
	['support@okpay.example.com', 'official', 'official-email', 'email'],
	['SUPPORT@OKPAY.EXAMPLE.COM', 'official', 'official-email', 'email'],
	['  <support@okpay.example.com>.', 'official', 'official-email', 'email'],
	['《support@okpay.example.com》', 'official', 'official-email', 'email'],
	['：support@okpay.example.com', 'official', 'official-email', 'email'],
	['邮箱support@okpay.example.com，谢谢', 'official', 'official-email', 'email'],
	['ｓｕｐｐｏｒｔ＠ｏｋｐａｙ．ｅｘａｍｐｌｅ．ｃｏｍ', 'official', 'official-email', 'email'],
	['mailto:Support@okpay.example.com', 'official', 'official-email', 'email'],
	['mailto:support%40okpay.example.com', 'official', 'official-email', 'email'],
	['mailto:Support@okpay.example.com?subject=Help', 'caution', 'mailto-headers', 'email'],
	['mailto:support@okpay.example.com?body=Send%20your%20PIN', 'caution', 'mailto-headers', 'email'],
	[
		'mailto:support@okpay.example.com?cc=desk@evil.example',
		'unofficial',
		'mailto-recipients',
		'email',
	],
	[
		'MAILTO:support@okpay.example.com?BCC=desk@evil.example',
		'unofficial',
		'mailto-recipients',
		'email',
	],
	[
		'mailto:support@okpay.example.com,desk@evil.example',
		'unofficial',
		'mailto-recipients',
		'email',
	],
	[
		'mailto:support@okpay.example.com?to=desk@evil.example',
		'unofficial',
		'mailto-recipients',
		'email',
	],
	[
		'mailto:desk@evil.example?cc=support@okpay.example.com',
		'unofficial',
		'mailto-recipients',
		'email',
	],
	['refunds@okpay.example.com', 'unofficial', 'unlisted-address'],
	['support@okpay-support.example.com', 'lookalike', 'lookalike-domain'],
	['support@okpay.example.co', 'lookalike', 'lookalike-domain'],
	['support@okpay.example.com.evil.example', 'lookalike', 'lookalike-domain'],
	['support@okpay.example.com@evil.example', 'lookalike', 'lookalike-domain'],
	['okpay.helpdesk@mail.example.net', 'lookalike', 'lookalike-address'],
	['support@оkpay.example.com', 'lookalike', 'homograph'],
	['support@okpay\u200B.example.com', 'lookalike', 'invisible', 'email'],
	['someone@mail.example.net', 'unofficial', 'unknown-email'],
	// Web addresses on our hosts
	['https://help.okpay.example.com/chat', 'official', 'official-url', 'live-chat'],
	['https://help.okpay.example.com/chat/', 'official', 'official-url', 'live-chat'],
	['HTTPS://Help.OKPay.example.com/chat?lang=en#top', 'official', 'official-url', 'live-chat'],
	['help.okpay.example.com/chat', 'official', 'official-url', 'live-chat'],
	['（https://help.okpay.example.com/chat）', 'official', 'official-url', 'live-chat'],
	['“https://help.okpay.example.com/chat”', 'official', 'official-url', 'live-chat'],
	['「help.okpay.example.com/chat」', 'official', 'official-url', 'live-chat'],
	['网址：https://help.okpay.example.com/chat。', 'official', 'official-url', 'live-chat'],
	['点击https://help.okpay.example.com/chat登录', 'official', 'official-url', 'live-chat'],
	['https://help.okpay.example.com/x/../chat', 'official', 'official-url', 'live-chat'],
	['https://help.okpay.example.com/x/%2e%2E/chat', 'official', 'official-url', 'live-chat'],
	['https://help.okpay.example.com\\chat', 'caution', 'unusual-url', 'live-chat'],
	['https://help.okpay.example.com/en/articles/payment-failed/', 'official', 'official-site'],
	['https://help.okpay.example.com.', 'official', 'official-site'],
	['https://okpay.example.com', 'official', 'official-site'],
	['https://help.okpay.example.com/chat#@evil.example', 'official', 'official-url', 'live-chat'],
	['http://help.okpay.example.com/chat', 'caution', 'insecure-scheme', 'live-chat'],
	['http://help.okpay.example.com/', 'caution', 'insecure-scheme'],
	['https://help.okpay.example.com:8443/chat', 'caution', 'unusual-url', 'live-chat'],
	['https://desk@help.okpay.example.com/chat', 'caution', 'unusual-url', 'live-chat'],
	// A browser reads the backslash as a slash; other apps may read what follows as another host.
	['https://help.okpay.example.com\\@evil.example', 'caution', 'unusual-url'],
	['https://social.example.org\\@OKPaySupport', 'caution', 'unusual-url', 'social'],
	// Every name under our hosts is answered alike, www. included
	['www.okpay.example.com', 'caution', 'subdomain'],
	['https://www.help.okpay.example.com/chat', 'caution', 'subdomain'],
	['https://login.okpay.example.com/verify', 'caution', 'subdomain'],
	['http://pay.help.okpay.example.com', 'caution', 'subdomain'],
	// Addresses a browser reads differently from how they look
	['https://help.okpay.example.com／.evil.example', 'unofficial', 'broken-url'],
	['https://help．okpay．example．com／chat', 'unofficial', 'broken-url'],
	['https://help.okpay.example.com）.evil.example', 'lookalike', 'run-on'],
	['https://help.okpay.example.com：@evil.example', 'lookalike', 'run-on'],
	['https://help.okpay.example.com。evil.example', 'lookalike', 'lookalike-domain'],
	['https://help.okpay.example.com\n.evil.example', 'lookalike', 'run-on'],
	['https://help.okpay.example.com\t。evil.example', 'lookalike', 'run-on'],
	['https:/help.okpay.example.com/chat', 'official', 'official-url', 'live-chat'],
	['https:/evil.example', 'unofficial', 'unknown-url'],
	['https://help.okpay.example.com@evil.example/chat', 'lookalike', 'hidden-host'],
	['https://help.okpay.example.com%2F@evil.example', 'lookalike', 'hidden-host'],
	['https://evil.example#@help.okpay.example.com', 'unofficial', 'unknown-url'],
	['https://evil.example/?next=help.okpay.example.com', 'unofficial', 'unknown-url'],
	// Look-alike hosts
	['https://okpay-support.example.com/chat', 'lookalike', 'lookalike-domain'],
	['https://help.okpay.example.com.evil.example/chat', 'lookalike', 'lookalike-domain'],
	['https://okpay.example.co', 'lookalike', 'lookalike-domain'],
	['https://0kpay.example.com', 'lookalike', 'lookalike-domain'],
	['https://okpya.example.com/chat', 'lookalike', 'lookalike-domain'],
	['https://he1p.okpay.example.com', 'lookalike', 'lookalike-domain'],
	['https://xn--elp-1sd.okpay.example.com/chat', 'lookalike', 'homograph'],
	['https://xn--kpay-45d.example.com', 'lookalike', 'homograph'],
	['https://һelp.okpay.example.com/chat', 'lookalike', 'homograph'],
	['https://help.οkpay.example.com', 'lookalike', 'homograph'],
	['https://ökpay.example.com', 'lookalike', 'homograph'],
	['https://help.okpay\u200B.example.com/chat', 'lookalike', 'invisible', 'live-chat'],
	['https://example.com/', 'unofficial', 'unknown-url'],
	['https://social.example.net/okpay', 'unofficial', 'unknown-url'],
	['https://pay.example.net/checkout', 'unofficial', 'unknown-url'],
	['ftp://help.okpay.example.com', 'unofficial', 'unknown-url'],
	// Social profile URLs: the path as the browser resolves it
	['https://social.example.org/@OKPaySupport', 'official', 'official-url', 'social'],
	['https://social.example.org/okpaysupport/', 'official', 'official-url', 'social'],
	[
		'https://social.example.org/@OKPaySupport/posts/1?ref=sms',
		'official',
		'official-url',
		'social',
	],
	['social.example.org/@OKPaySupport', 'official', 'official-url', 'social'],
	['【social.example.org/@OKPaySupport】', 'official', 'official-url', 'social'],
	['http://social.example.org/@OKPaySupport', 'caution', 'insecure-scheme', 'social'],
	['https://social.example.org/@OKPaySupport/../@evil', 'unofficial', 'unknown-url'],
	['https://social.example.org/@OKPaySupport/%2e%2e/@evil', 'unofficial', 'unknown-url'],
	['https://social.example.org/@OKPaySupport\\..\\@evil', 'unofficial', 'unknown-url'],
	['https://social.example.org/@OKPaySupport%2F..%2F@evil', 'lookalike', 'lookalike-handle'],
	['https://social.example.org/@OKPaySupport@evil.example', 'lookalike', 'lookalike-handle'],
	['https://social.example.org/@OKPay_Support', 'lookalike', 'lookalike-handle', 'social'],
	['https://social.example.org/@someone', 'unofficial', 'unknown-url'],
	// Accounts: official only on their platform
	['@OKPaySupport', 'caution', 'handle-platform', 'social'],
	['okpaysupport', 'caution', 'handle-platform', 'social'],
	['「@OKPaySupport」', 'caution', 'handle-platform', 'social'],
	['@OKPaySupport on Example Social', 'official', 'official-handle', 'social'],
	['Example Social 上的 @OKPaySupport', 'official', 'official-handle', 'social'],
	['Example Social: OKPaySupport', 'official', 'official-handle', 'social'],
	['@OKPaySupport@social.example.org', 'official', 'official-handle', 'social'],
	[
		'Follow @OKPaySupport on Example Social, not on Telegram',
		'caution',
		'handle-platform',
		'social',
	],
	['Telegram @OKPaySupport', 'unofficial', 'handle-elsewhere', 'social'],
	['Add @OKPaySupport on WhatsApp', 'unofficial', 'handle-elsewhere', 'social'],
	['微信号：OKPaySupport', 'unofficial', 'handle-elsewhere', 'social'],
	['加TG：@OKPaySupport', 'unofficial', 'handle-elsewhere', 'social'],
	['@OKPaySupport@evil.example', 'unofficial', 'handle-elsewhere', 'social'],
	['@OKPay_Support', 'lookalike', 'lookalike-handle', 'social'],
	['@0KPaySupport', 'lookalike', 'lookalike-handle', 'social'],
	['@ОКPaySupport', 'lookalike', 'homograph', 'social'],
	['@OKPay\u200BSupport', 'lookalike', 'invisible', 'social'],
	['@OKPayRefunds', 'lookalike', 'lookalike-handle'],
	['加微信 okpay888 领取补偿', 'lookalike', 'lookalike-handle'],
	['QQ：12345678', 'unofficial', 'unknown-handle'],
	['@someone', 'unofficial', 'unknown-handle'],
	// Nothing to judge
	['!!!???', 'invalid', 'unrecognized'],
	['call me maybe', 'invalid', 'unrecognized'],
	['javascript:alert(1)', 'unofficial', 'broken-url'],
	['https://', 'invalid', 'unrecognized'],
	['support@', 'invalid', 'unrecognized'],
	['您的验证码是 123456，请勿告诉他人。', 'invalid', 'unrecognized'],
	['订单号 2024050112345678 已于 2024-05-01 退款 ¥1234.50', 'invalid', 'unrecognized'],
];

describe('checkContact: one detail', () => {
	test.each(rows)('%j → %s (%s)', (input, verdict, reason, channelId) => {
		const expected = channelId === undefined ? { verdict, reason } : { verdict, reason, channelId };
		const { app: _app, ...result } = checkContact(input, index);
		expect(result).toEqual(expected);
	});

	test('the table covers every reason code', () => {
		expect(new Set(rows.map((row) => row[2]))).toEqual(new Set(contactReasons));
	});

	test('the other app is named when an official name is put on it', () => {
		expect(checkContact('Telegram @OKPaySupport', index)).toMatchObject({ app: 'Telegram' });
		expect(checkContact('微信号：OKPaySupport', index)).toMatchObject({ app: '微信' });
		expect(checkContact('加TG：@OKPaySupport', index)).toMatchObject({ app: 'TG' });
		expect(checkContact('@OKPaySupport@evil.example', index)).toMatchObject({
			app: 'evil.example',
		});
	});
});

type Message = [
	name: string,
	input: string,
	verdict: ContactVerdict,
	items: [text: string, verdict: ContactVerdict][],
];

// Whole messages: every detail judged, the message as bad as its worst one.
const messages: Message[] = [
	[
		'official link, then another link to "log in"',
		'https://help.okpay.example.com/chat 请改用 https://okpay-login.example.net 登录',
		'lookalike',
		[
			['https://help.okpay.example.com/chat', 'official'],
			['https://okpay-login.example.net', 'lookalike'],
		],
	],
	[
		'two URLs separated by a space',
		'https://help.okpay.example.com/chat https://evil.example/chat',
		'unofficial',
		[
			['https://help.okpay.example.com/chat', 'official'],
			['https://evil.example/chat', 'unofficial'],
		],
	],
	[
		'official address, then a stranger number',
		'Email support@okpay.example.com or call +44 20 7946 0958 now.',
		'unofficial',
		[
			['support@okpay.example.com', 'official'],
			['+44 20 7946 0958', 'unofficial'],
		],
	],
	[
		'a Chinese SMS with only official channels',
		'【OKPay】退款请联系在线客服 https://help.okpay.example.com/chat ，或发送邮件至 support@okpay.example.com，热线（+1）800 555 0123。',
		'official',
		[
			['https://help.okpay.example.com/chat', 'official'],
			['support@okpay.example.com', 'official'],
			['（+1）800 555 0123', 'official'],
		],
	],
	[
		'a scam SMS',
		'【OKPay】您的账户存在风险，请立即登录 https://okpay-verify.example.net 或致电 400-820-8820，验证码 123456 请勿泄露。',
		'lookalike',
		[
			['https://okpay-verify.example.net', 'lookalike'],
			['400-820-8820', 'unofficial'],
		],
	],
	[
		'official number, account on another app',
		'Call +1 800 555 0123 or message @OKPaySupport on Telegram.',
		'unofficial',
		[
			['+1 800 555 0123', 'official'],
			['@OKPaySupport', 'unofficial'],
		],
	],
	[
		'official details, one written carefully',
		'Site: help.okpay.example.com, hotline 800-555-0123',
		'caution',
		[
			['help.okpay.example.com', 'official'],
			['800-555-0123', 'caution'],
		],
	],
	[
		'a mailto link with an extra recipient, then the chat',
		'写信到 mailto:support@okpay.example.com?cc=desk@evil.example 或者 https://help.okpay.example.com/chat',
		'unofficial',
		[
			['mailto:support@okpay.example.com?cc=desk@evil.example', 'unofficial'],
			['https://help.okpay.example.com/chat', 'official'],
		],
	],
	[
		'lines of a chat message',
		'客服：@OKPaySupport\n网址：social.example.org/@OKPaySupport\n邮箱：support@okpay.example.com',
		'caution',
		[
			['@OKPaySupport', 'caution'],
			['social.example.org/@OKPaySupport', 'official'],
			['support@okpay.example.com', 'official'],
		],
	],
	[
		'a data: page that carries our address',
		'data:text/html,https://help.okpay.example.com/chat',
		'unofficial',
		[['data:text/html,https://help.okpay.example.com/chat', 'unofficial']],
	],
	[
		'a javascript: link ending in our host',
		'点这里 javascript:alert(1)//help.okpay.example.com',
		'unofficial',
		[['javascript:alert(1)//help.okpay.example.com', 'unofficial']],
	],
];

describe('checkMessage: every detail of a message', () => {
	test.each(messages)('%s', (_, input, verdict, items) => {
		const check = checkMessage(input, index);
		expect(check.items.map((item) => [item.text, item.verdict])).toEqual(items);
		expect(check.verdict).toBe(verdict);
	});

	test('the message takes the reason and channel of its worst detail', () => {
		const check = checkMessage('support@okpay.example.com +1 800-555-0124', index);
		expect(check).toMatchObject({
			verdict: 'lookalike',
			reason: 'similar-phone',
			channelId: 'hotline',
		});
	});

	test('a message of the longest length is still read', () => {
		const input = `${'请注意安全。'.repeat(300)} https://okpay-verify.example.net`.slice(
			-MAX_CONTACT_INPUT,
		);
		expect(checkMessage(input, index).verdict).toBe('lookalike');
	});
});

describe('the sample registry (content/channels.yaml)', () => {
	const chat = sampleChannels.find((channel) => channel.kind === 'chat');

	test('the chat lives on a host of its own: the help center builds no chat page', () => {
		expect(chat?.kind === 'chat' && new URL(chat.url).host).not.toBe(new URL(siteUrl).host);
	});

	test.each(
		sampleChannels.map((channel) => {
			switch (channel.kind) {
				case 'phone':
					return [channel.id, channel.phone, 'official-phone'] as const;
				case 'email':
					return [channel.id, channel.email, 'official-email'] as const;
				default:
					return [channel.id, channel.url, 'official-url'] as const;
			}
		}),
	)('the checker calls %s (%s) official', (channelId, value, reason) => {
		expect(checkContact(value, sampleIndex)).toEqual({ verdict: 'official', reason, channelId });
	});

	test('a page of the help center is official', () => {
		expect(checkContact(`${siteUrl}/en/contact/`, sampleIndex)).toEqual({
			verdict: 'official',
			reason: 'official-site',
		});
	});
});

test('the checker ships to the browser: no phone library, only its small helpers', () => {
	const files = [
		'contact-check.ts',
		'contact-extract.ts',
		'contact-url.ts',
		'contact-report.ts',
		'lookalike.ts',
		'ui-text.ts',
	];
	const allowed = [
		...files.map((file) => `./${file.replace(/\.ts$/, '')}`),
		'punycode/punycode.es6.js',
	];
	for (const file of files) {
		const source = readFileSync(new URL(`../../src/lib/${file}`, import.meta.url), 'utf8');
		const imports = [...source.matchAll(/^import [^;]* from '([^']+)';$/gms)].map((m) => m[1]);
		expect(
			imports.every((from) => allowed.includes(from!)),
			`${file}: ${imports.join(', ')}`,
		).toBe(true);
		expect(source.length).toBeLessThan(20_000);
	}
});
