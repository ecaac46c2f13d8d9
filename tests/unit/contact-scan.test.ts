import { describe, expect, test } from 'vitest';
import { scanForContactDetails } from '../../src/lib/contact-scan';

const frontmatter = [
	'---',
	'title: 支付失败怎么办',
	'description: 支付失败的常见原因和解决办法，2026 年 11 月更新。',
	'category: payments',
	'updated: 2026-11-20',
	'sourceHash: 138001380001',
	'---',
	'',
].join('\n');

/** An MDX file whose line 8 (the first body line) is `body`. */
const mdx = (body: string) => `${frontmatter}${body}\n\n<Channel id="hotline" />\n`;

describe('scanForContactDetails finds', () => {
	test.each([
		['Chinese mobile', '如有疑问请拨打 138 0013 8000 联系我们。', 'phone', '138 0013 8000', 9],
		['mobile without spaces', '电话：13800138000', 'phone', '13800138000', 4],
		['400 number', '客服热线 400-820-8820（全天）', 'phone', '400-820-8820', 6],
		['400 number with spaces', '客服热线 400 820 8820', 'phone', '400 820 8820', 6],
		['+86 number', 'Call +86 10 1234 5678 for help.', 'phone', '+86 10 1234 5678', 6],
		['0086 number', 'Call 0086 138 0013 8000.', 'phone', '0086 138 0013 8000', 6],
		[
			'full-width digits',
			'免费电话 ８００－８２０－８８２０ 。',
			'phone',
			'８００－８２０－８８２０',
			6,
		],
		[
			'full-width plus',
			'请拨 ＋８６ １３８ ００１３ ８０００',
			'phone',
			'＋８６ １３８ ００１３ ８０００',
			4,
		],
		['US number', 'Call 1-800-555-0123 today.', 'phone', '1-800-555-0123', 6],
		[
			'email',
			'Write to help@okpay-support.example.com today.',
			'email',
			'help@okpay-support.example.com',
			10,
		],
		[
			'email inside Chinese',
			'请发邮件至support@okpay.example.com咨询',
			'email',
			'support@okpay.example.com',
			6,
		],
		['tel: link', '[Call us](tel:+18005550123)', 'link', 'tel:+18005550123', 11],
		[
			'mailto: link',
			'<a href="mailto:support@okpay.example.com">mail</a>',
			'link',
			'mailto:support@okpay.example.com',
			10,
		],
		['sms: link', '[Text us](sms:+18005550123)', 'link', 'sms:+18005550123', 11],
		['weixin: link', '[微信](weixin://dl/chat?okpay)', 'link', 'weixin://dl/chat?okpay', 6],
		['wa.me link', 'Chat on https://wa.me/18005550123 now', 'link', 'https://wa.me/18005550123', 9],
		['t.me link', 'Join t.me/okpay_support', 'link', 't.me/okpay_support', 6],
	])('%s', (_label, body, kind, text, column) => {
		expect(scanForContactDetails(mdx(body))).toEqual([{ line: 8, column, kind, text }]);
	});
});

describe('scanForContactDetails ignores', () => {
	test.each([
		['dates', '2026-11-20 更新；活动在 2026年11月20日 结束，截止 11/20/2026。'],
		['years', 'OKPay 从 2019 年起服务用户，2020–2026 年累计。'],
		['prices', '手续费 ¥1,299.00，约合 $19.99；费率 0.6%。'],
		['order numbers', '订单号 2026112012345678，流水号 20261120123。'],
		['counts', '超过 10000000 名用户，已处理 1,000,000 笔订单。'],
		['versions', '请升级到 8.13.16 或 v2.10.3 版本。'],
		['times', '服务时间 09:00–18:00。'],
		['brand and handles in prose', 'OKPay 钱包（OKPay Wallet）。'],
		['Channel tags', '<Channel id="hotline" /> 或 <Channel id="email" kind="short"/>'],
		['ChannelList tag', '<ChannelList />'],
		['image with @2x', '![logo](./logo@2x.png)'],
		[
			'ordinary links',
			'[支付失败](/zh-cn/articles/payment-failed/) 与 https://help.okpay.example.com/zh-cn/',
		],
		['hotel', 'hotel:booking and Tel: see below'],
	])('%s', (_label, body) => {
		expect(scanForContactDetails(mdx(body))).toEqual([]);
	});
});

test('counts lines from the top of the file, frontmatter included', () => {
	const source =
		'---\ntitle: Help\ndescription: Call 400-820-8820\n---\n\nLine 6\nMail a@okpay.example.com\n';
	expect(scanForContactDetails(source)).toEqual([
		{ line: 3, column: 19, kind: 'phone', text: '400-820-8820' },
		{ line: 7, column: 6, kind: 'email', text: 'a@okpay.example.com' },
	]);
});

test('reports a link once, not also the number or address inside it', () => {
	const found = scanForContactDetails('[a](tel:+86-400-820-8820) [b](mailto:x@okpay.example.com)');
	expect(found.map((f) => f.kind)).toEqual(['link', 'link']);
});
