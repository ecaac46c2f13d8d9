import { describe, expect, test } from 'vitest';
import {
	findApps,
	findContacts,
	foldWidth,
	hasInvisible,
	stripInvisible,
} from '../../src/lib/contact-extract';

const found = (text: string, platforms: readonly string[] = ['Example Social']) =>
	findContacts(text, platforms).map(({ kind, text: written }) => [kind, written]);

describe('findContacts', () => {
	test.each([
		// Several kinds in one Chinese message, without spaces around them
		[
			'请拨打+1 800 555 0123或发邮件至support@okpay.example.com，也可访问https://help.okpay.example.com/chat。',
			[
				['phone', '+1 800 555 0123'],
				['email', 'support@okpay.example.com'],
				['url', 'https://help.okpay.example.com/chat'],
			],
		],
		// Two URLs separated by a space, the second one glued to Chinese text
		[
			'https://help.okpay.example.com/chat 请改用https://okpay-login.example.net登录',
			[
				['url', 'https://help.okpay.example.com/chat'],
				['url', 'https://okpay-login.example.net'],
			],
		],
		// Brackets and quotes of both languages are not part of a detail
		['（https://a.example.com/x）', [['url', 'https://a.example.com/x']]],
		['《support@okpay.example.com》', [['email', 'support@okpay.example.com']]],
		['【+1 800 555 0123】', [['phone', '+1 800 555 0123']]],
		['「@OKPaySupport」', [['handle', '@OKPaySupport']]],
		['“https://a.example.com”', [['url', 'https://a.example.com']]],
		['"https://a.example.com/(x)".', [['url', 'https://a.example.com/(x)']]],
		['(see https://a.example.com/x)', [['url', 'https://a.example.com/x']]],
		['网址：a.example.com。', [['url', 'a.example.com']]],
		// A profile URL without https:// is an address, not an email
		['social.example.org/@OKPaySupport', [['url', 'social.example.org/@OKPaySupport']]],
		// A full-width slash stays in the address (the browser rejects it, so must the checker)
		['https://a.example.com／.evil.example', [['url', 'https://a.example.com／.evil.example']]],
		// Ideographic full stops are dots inside a host, sentence ends after it
		['https://a.example.com。evil.example', [['url', 'https://a.example.com。evil.example']]],
		// mailto: with everything after ?
		[
			'mailto:support@okpay.example.com?cc=x@evil.example',
			[['url', 'mailto:support@okpay.example.com?cc=x@evil.example']],
		],
		// Phones written every way
		['(+1) 800 555 0123', [['phone', '(+1) 800 555 0123']]],
		['（010）5555 0123', [['phone', '（010）5555 0123']]],
		['tel:+18005550123', [['phone', 'tel:+18005550123']]],
		['＋１ ８００ ５５５ ０１２３', [['phone', '＋１ ８００ ５５５ ０１２３']]],
		['客服热线 95188', [['phone', '95188']]],
		['+1\u00A0800\u00A0555\u00A00123', [['phone', '+1\u00A0800\u00A0555\u00A00123']]],
		['400/820/8820', [['phone', '400/820/8820']]],
		['请拨打一八零零五五五零一二三', [['phone', '一八零零五五五零一二三']]],
		['https:/a.example.com', [['url', 'https:/a.example.com']]],
		// Accounts: @name, a fediverse address, a name after its app
		['关注@OKPaySupport获取帮助', [['handle', '@OKPaySupport']]],
		['@OKPaySupport@social.example.org', [['handle', '@OKPaySupport@social.example.org']]],
		['微信号：okpay888', [['handle', 'okpay888']]],
		['加微信okpay888', [['handle', 'okpay888']]],
		['QQ群：12345678', [['handle', '12345678']]],
		['Telegram: okpay_support_bot', [['handle', 'okpay_support_bot']]],
		['okpaysupport', [['handle', 'okpaysupport']]],
		// Read whole, so that the checker can say it is not ours
		['javascript:alert(1)', [['url', 'javascript:alert(1)']]],
		// Not contact details
		['WhatsApp us today', []],
		['您的验证码是 123456', []],
		['第一个问题，一二三', []],
		['订单号 2024050112345678', []],
		['2024-05-01 10:30', []],
		['金额 ¥1234.50，2023-2024 年度', []],
		['共 1234567 元', []],
		['Node.js e.g. photo.png', []],
	])('%j', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});

	test('offsets point at the detail in the text as written', () => {
		const text = '热线：＋１ ８００ ５５５ ０１２３，网址 https://a.example.com';
		for (const contact of findContacts(text))
			expect(text.slice(contact.start, contact.end)).toBe(contact.text);
	});

	test('a URL keeps the text glued to it, which an app may take into the link', () => {
		expect(findContacts('https://a.example.com）.evil.example 再见')[0]).toMatchObject({
			text: 'https://a.example.com',
			tail: '）.evil.example',
		});
		expect(findContacts('https://a.example.com 再见')[0]?.tail).toBeUndefined();
		// A browser drops a line break from an address: the next line carries it on.
		expect(findContacts('https://a.example.com\n.evil.example')[0]?.tail).toBe('.evil.example');
		expect(findContacts('https://a.example.com\nb.example.org')[0]?.tail).toBeUndefined();
	});

	test('an @account carries the apps named in its clause, not in other sentences', () => {
		const [handle] = findContacts('Telegram is not ours. Follow @OKPaySupport on Example Social', [
			'Example Social',
		]);
		expect(handle?.apps).toEqual(['Example Social']);
		expect(findContacts('请在 TG 上联系 @okpay_help')[0]?.apps).toEqual(['TG']);
	});
});

test('findApps matches whole words, and TG and LINE only in capitals', () => {
	expect(findApps('Telegram, 微信, tg, TG, line, LINE, Qquick').map((a) => a.name)).toEqual([
		'Telegram',
		'微信',
		'TG',
		'LINE',
	]);
});

test('foldWidth keeps one character per character', () => {
	const text = '＋８６ １３８－００１３。ｈｔｔｐ';
	expect(foldWidth(text)).toBe('+86 138-0013.http');
	expect(foldWidth(text)).toHaveLength(text.length);
});

test('invisible characters are found and removed', () => {
	expect(hasInvisible('ok\u200Bpay')).toBe(true);
	expect(hasInvisible('okpay')).toBe(false);
	expect(stripInvisible('\u202Eok\u00ADpay\uFEFF')).toBe('okpay');
});
