import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { domainToASCII } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { scanForContactDetails, type ContactFinding } from '../../src/lib/contact-scan';
import {
	findContactDetailsInDictionary,
	findContactDetailsInYaml,
	findStrayContactDetails,
	getOfficialHosts,
	uiDictionaryFile,
} from '../../src/lib/registry-rules';
import { channelSchema } from '../../src/schemas/channel';

const registry = (parseYaml(readFileSync('content/channels.yaml', 'utf8')) as unknown[]).map(
	(entry) => channelSchema.parse(entry),
);
const official = getOfficialHosts(registry, {
	brand: 'OKPay',
	siteUrl: 'https://help.okpay.example.com',
});
const scan = (text: string) => scanForContactDetails(text, { official });
const describeFindings = (found: readonly ContactFinding[]) =>
	found.map((f) => `${f.kind} ${JSON.stringify(f.text)}`);

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
		// Issue 14 §3: obfuscated email addresses.
		[
			'email with [at] and [dot]',
			'请发邮件至 help [at] okpay [dot] com 咨询',
			'email',
			'help [at] okpay [dot] com',
			7,
		],
		[
			'email with (at) and (dot)',
			'Mail help(at)okpay(dot)com.',
			'email',
			'help(at)okpay(dot)com',
			6,
		],
		[
			'email with the words at and dot',
			'Write to help at okpay dot com today.',
			'email',
			'help at okpay dot com',
			10,
		],
		['email with 艾特 and 点', '邮箱：help艾特okpay点com', 'email', 'help艾特okpay点com', 4],
		['email with a full-width at', '邮箱 help＠okpay．com', 'email', 'help＠okpay．com', 4],
		['email with an HTML entity', 'Mail help&#64;okpay.com.', 'email', 'help&#64;okpay.com', 6],
		['mailbox address with the word at', '联系邮箱 kefu at 163.com', 'email', 'kefu at 163.com', 6],
		[
			'email split by a zero-width space',
			'Mail he\u200Blp@okpay.com.',
			'email',
			'he\u200Blp@okpay.com',
			6,
		],
		// Messaging IDs written as text.
		['WeChat ID', '添加客服微信号：okpay_kefu 办理', 'account', '微信号：okpay_kefu', 5],
		['WeChat ID after VX', '加VX：kefu8888', 'account', 'VX：kefu8888', 2],
		['WeChat ID in English', 'WeChat ID: OKPayHelp', 'account', 'WeChat ID: OKPayHelp', 1],
		['QQ number', '加 QQ：12345678 咨询', 'account', 'QQ：12345678', 3],
		['QQ group', '加入QQ群 123456789', 'account', 'QQ群 123456789', 3],
		['WeChat ID to search for', '微信搜索 kefuzhushou', 'account', '微信搜索 kefuzhushou', 1],
		[
			'WeChat ID shared with a QQ number',
			'QQ/微信同号 12345678',
			'account',
			'微信同号 12345678',
			4,
		],
		[
			'Telegram handle after the name',
			'Telegram: @okpay_support',
			'account',
			'Telegram: @okpay_support',
			1,
		],
		['Telegram bot', '联系 @OKPay_help_bot 处理退款', 'account', '@OKPay_help_bot', 4],
		['WhatsApp number', 'WhatsApp: +44 7700 900123', 'account', 'WhatsApp: +44 7700 900123', 1],
		['the registry handle', '关注 @OKPaySupport 获取通知', 'account', '@OKPaySupport', 4],
		// Short service numbers and numbers in Chinese numerals.
		['95xxx service number', '拨打 95188 咨询', 'phone', '95188', 4],
		['96xxx service number', '请拨 96110 反诈专线', 'phone', '96110', 4],
		['spaced service number', '客服电话 95 188', 'phone', '95 188', 6],
		[
			'mobile in Chinese numerals',
			'电话一三八零零一三八零零零',
			'phone',
			'一三八零零一三八零零零',
			3,
		],
		[
			'mobile with 幺 for 1',
			'电话 幺三八 零零幺三 八零零零',
			'phone',
			'幺三八 零零幺三 八零零零',
			4,
		],
		['400 number in numerals', '拨打四零零-八二零-八八二零', 'phone', '四零零-八二零-八八二零', 3],
		['400 number with O for 0', '拨打 4OO-82O-882O', 'phone', '4OO-82O-882O', 4],
		['number with odd separators', '电话 138·0013·8000', 'phone', '138·0013·8000', 4],
		[
			'number spelled in English',
			'Call four zero zero eight two zero eight eight two zero.',
			'phone',
			'four zero zero eight two zero eight eight two zero',
			6,
		],
		// Links to hosts that look like the brand's or the registry's.
		[
			'Markdown link to a look-alike',
			'[官网](https://okpay-help.com/login)',
			'link',
			'https://okpay-help.com/login',
			6,
		],
		[
			'JSX href to a look-alike',
			'<a href="https://www.okpay.com">官网</a>',
			'link',
			'https://www.okpay.com',
			10,
		],
		['bare look-alike host', '访问 okpay.com 了解', 'link', 'okpay.com', 4],
		['defanged host', '打开 okpay[.]com', 'link', 'okpay[.]com', 4],
		['digit swap in the host', 'https://0kpay.com/', 'link', 'https://0kpay.com/', 1],
		[
			'registry chat host',
			'打开 https://chat.okpay.example.com/ 聊天',
			'link',
			'https://chat.okpay.example.com/',
			4,
		],
		[
			'registry social profile',
			'https://social.example.org/@OKPaySupport',
			'link',
			'https://social.example.org/@OKPaySupport',
			1,
		],
		['shortened link', '详情见 https://bit.ly/3abcd', 'link', 'https://bit.ly/3abcd', 5],
		['shortened link without a scheme', '详情见 t.cn/A6xyz', 'link', 't.cn/A6xyz', 5],
		[
			'brand hidden before @',
			'https://help.okpay.example.com@evil.example.net/',
			'link',
			'https://help.okpay.example.com@evil.example.net/',
			1,
		],
	])('%s', (_label, body, kind, text, column) => {
		const found = scan(mdx(body));
		expect(describeFindings(found)).toEqual([`${kind} ${JSON.stringify(text)}`]);
		expect(found[0]).toMatchObject({ line: 8, column, kind, text });
	});

	test.each([
		['help [at] okpay [dot] com', 'reads as help@okpay.com'],
		['电话一三八零零一三八零零零', 'reads as +8613800138000'],
		['4OO-82O-882O', 'reads as +864008208820'],
		['95188', 'a short service number (95188)'],
		['微信号：okpay_kefu', 'a WeChat ID'],
		['QQ群 123456789', 'a QQ number'],
		['@okpay_refund_bot', 'a Telegram bot'],
		['@OKPaySupport', 'the account of channel "social"'],
		['https://okpay-help.com/', "a link to okpay-help.com, which looks like the brand's"],
		[
			'https://chat.okpay.example.com/',
			'a link to chat.okpay.example.com, a host of the channel registry',
		],
		['https://t.me/okpay', 'a messaging link'],
	])('says what %s is', (text, note) => {
		expect(scan(text).map((f) => f.note)).toEqual([note]);
	});
});

// Generated inputs: every way of writing the same detail that the tables above do not list.
describe('scanForContactDetails finds every disguise of', () => {
	const ats = [
		'[at]',
		'(at)',
		' at ',
		' AT ',
		'艾特',
		'＠',
		' @ ',
		'{at}',
		'【at】',
		'（at）',
		'&#64;',
		' [at] ',
		'[@]',
		'(a)',
		'小老鼠',
		'@',
	];
	const dots = ['[dot]', '(dot)', ' dot ', '点', '[.]', '．', '.', ' [dot] ', '。', '&#46;', ' . '];
	const emails = ats.flatMap((at) =>
		dots
			// "at" as a word with a plain dot names a website ("find it at apps.example.com").
			.filter((dot) => !(/^ (?:at|AT) $/.test(at) && ['.', '．', '&#46;'].includes(dot)))
			.map((dot) => `kefu${at}okpay-help${dot}com`),
	);
	test.each(emails)('an email address: %s', (address) => {
		for (const sentence of [`请发邮件至${address}咨询`, `Write to ${address} today.`]) {
			expect(describeFindings(scan(sentence))).toEqual([`email ${JSON.stringify(address)}`]);
		}
	});

	const digitSets: Record<string, string> = {
		ASCII: '0123456789',
		'full-width': '０１２３４５６７８９',
		'Chinese numerals': '零一二三四五六七八九',
		'financial numerals': '零壹贰叁肆伍陆柒捌玖',
		'radio numerals': '洞幺两三四五六拐八勾',
		'Arabic-Indic': '٠١٢٣٤٥٦٧٨٩',
		circled: '⓪①②③④⑤⑥⑦⑧⑨',
		mixed: '0一2三4五6七8九',
	};
	const group = (digits: string) =>
		digits.length === 11
			? [digits.slice(0, 3), digits.slice(3, 7), digits.slice(7)]
			: digits.length === 10
				? [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)]
				: [digits.slice(0, 2), digits.slice(2)];
	const numbers = [
		'13800138000',
		'18912345678',
		'4008208820',
		'8008208820',
		'95188',
		'96110',
	].flatMap((digits) =>
		Object.entries(digitSets).flatMap(([name, set]) =>
			['', ' ', '-', '.', '·', '_', '  ', ' - '].map((separator) => {
				const written = group(digits)
					.map((part) => [...part].map((c) => set[Number(c)]).join(''))
					.join(separator);
				return [
					`${digits} in ${name}, ${JSON.stringify(separator)} between groups`,
					written,
				] as const;
			}),
		),
	);
	test.each(numbers)('a phone number: %s', (_label, written) => {
		for (const sentence of [`客服电话：${written}，欢迎来电`, `Call ${written} now`]) {
			expect(describeFindings(scan(sentence))).toEqual([`phone ${JSON.stringify(written)}`]);
		}
	});

	const wechat = [
		'微信号：',
		'微信：',
		'微信号 ',
		'加微信 ',
		'VX：',
		'vx ',
		'加V：',
		'V信：',
		'WeChat: ',
		'WeChat ID: ',
		'薇信：',
		'wx：',
	].flatMap((label) =>
		['okpay_kefu', 'kefu2024', 'OKPayHelp', 'okpay-cs'].map((id) => `${label}${id}`),
	);
	const qq = ['QQ：', 'QQ ', 'QQ号：', 'QQ群：', 'QQ群号 ', '扣扣：', '企鹅号：', 'Q群：'].flatMap(
		(label) => ['12345678', '987654321', '1234 5678 90'].map((id) => `${label}${id}`),
	);
	const others = [
		'Telegram @okpaysupport',
		'TG：@kefu888',
		'TG: kefu_888',
		'电报：@okpay_kefu',
		'纸飞机：okpay888',
		'飞机：@okpay_help',
		'WhatsApp：+86 138 0013 8000',
		'Line ID: okpay_th',
		'Skype: okpay.help',
		'Signal: +1 202 555 0142',
		'@OKPayBot',
		'@kefu_bot',
		'@OKPay_Support',
		'@0kpay',
		'@refund_desk',
		'@wallet_support',
		'公众号“OKPay钱包”',
	];
	test.each([...wechat, ...qq, ...others])('an account: %s', (written) => {
		const found = scan(`请联系 ${written} 处理`);
		expect(describeFindings(found)).toHaveLength(1);
		expect(found[0]?.kind).toBe('account');
		// The whole account, label included where there is one ("加微信 x" → "微信 x").
		expect(written.endsWith(found[0]?.text ?? '-')).toBe(true);
	});

	const hosts = [
		'okpay-help.com',
		'okpay.help',
		'help-okpay.net',
		'okpay.com.cn',
		'okpay-support.example.org',
		'0kpay.com',
		'okpey.com',
		'okpaay.com',
		'\u043Ekpay.com', // Cyrillic о
		domainToASCII('\u043Ekpay.com'),
		'okpay.example.com.attacker.io',
		'secure-okpay.top',
		'okpay.example.net',
		'chat.okpay.example.com',
		'okpay.example.com',
		'social.example.org',
		'heIp.okpay.example.com', // capital I for l
	];
	const links = hosts.flatMap((host) =>
		[
			`https://${host}/`,
			`http://${host}`,
			`[官网](https://${host}/login)`,
			`<a href="https://${host}/x">x</a>`,
			`<a href='//${host}'>x</a>`,
			`hxxps://${host}`,
			`https://${host.replace(/\./g, '[.]')}`,
			`访问 ${host} 了解`,
			`visit ${host}/login today`,
		].map((written) => [host, written] as const),
	);
	test.each(links)('a link to %s: %s', (_host, written) => {
		const found = scan(written);
		expect(describeFindings(found)).toHaveLength(1);
		expect(found[0]?.kind).toBe('link');
	});

	test.each([
		'https://t.me/okpay',
		't.me/joinchat/abc',
		'https://api.whatsapp.com/send?phone=1',
		'https://chat.whatsapp.com/abc',
		'https://qm.qq.com/q/abc',
		'https://jq.qq.com/?k=1',
		'https://u.wechat.com/abc',
		'https://weixin.qq.com/r/abc',
		'https://line.me/R/ti/p/@okpay',
		'https://discord.gg/abc',
		'tg://resolve?domain=okpay',
		'skype:okpay?call',
		'whatsapp://send?phone=1',
		'tel:95188',
	])('a contact link: %s', (written) => {
		expect(describeFindings(scan(`见 ${written} 。`))).toEqual([`link ${JSON.stringify(written)}`]);
	});
});

describe('scanForContactDetails ignores', () => {
	test.each([
		['dates', '2026-11-20 更新；活动在 2026年11月20日 结束，截止 11/20/2026。'],
		[
			'dates with times',
			'更新于 2026-11-20 13:30，或 2026-11-20 09:05:33、2026-11-20T09:00+08:00。',
		],
		['years', 'OKPay 从 2019 年起服务用户，2020–2026 年累计。'],
		['prices', '手续费 ¥1,299.00，约合 $19.99；费率 0.6%。'],
		['amounts', '单笔 50,000 元，每日 200,000.00 元；转账 10,000 元以上需要验证；1,000.00。'],
		['order numbers', '订单号 2026112012345678，流水号 20261120123，商户单号 M9518800001。'],
		['counts', '超过 10000000 名用户，已处理 1,000,000 笔订单；约 95000 名用户，96,000 笔。'],
		[
			'amounts and codes that start with 95 or 96',
			'余额 95188 元；第 95188 期；验证码：960123；Chapter 95188；version 9.5.188；95.188。',
		],
		['versions', '请升级到 8.13.16 或 v2.10.3 版本；版本 13.800.138.000；iOS 17.5、Android 10。'],
		['times', '服务时间 09:00–18:00，全天 24 小时，7×24 小时在线。'],
		[
			'Chinese numerals in prose',
			'请在三个工作日内处理，一般一两分钟即可到账；三三两两；一五一十；第一二三四五条；九五之尊；95 后用户。',
		],
		['enumerations', '一、打开App；二、点击“我的”；三、选择“设置”；四、退出登录；五、重新登录。'],
		[
			'the names of messaging apps',
			'我们不会通过 Telegram、WhatsApp、QQ 或微信私聊联系你；可以用微信扫一扫，绑定 QQ 邮箱或微信账号。',
		],
		['app names with versions', '微信 8.0.50 版本、QQ 浏览器 14.8、在微信 2024 年的更新中。'],
		[
			'messaging apps in English',
			'WeChat Pay and Alipay are supported; WeChat users can scan the code. WhatsApp: not supported. Telegram account settings.',
		],
		[
			'the word at',
			'Find the app at apps.apple.com. Look at the dot com era. Sign in at help.okpay.example.com.',
		],
		[
			'searching in apps',
			'在微信中搜索“OKPay”；在 App Store 搜索 OKPay；微信搜索功能；QQ 搜索框。',
		],
		[
			'the brand before a dot',
			'打开OKPay。App 内选择“设置”；在OKPay点App图标进入；OKPay. If it fails, retry. OKPay.如果失败，请重试。',
		],
		['brand and handles in prose', 'OKPay 钱包（OKPay Wallet）。'],
		['Channel tags', '<Channel id="hotline" /> 或 <Channel id="email" kind="short"/>'],
		['ChannelList tag', '<ChannelList />'],
		['image with @2x', '![logo](./logo@2x.png)'],
		['package names', '`@astrojs/mdx` 与 @types/node'],
		[
			'ordinary links',
			'[支付失败](/zh-cn/articles/payment-failed/) 与 https://help.okpay.example.com/zh-cn/',
		],
		[
			'other sites',
			'示例站点（example.com 域名、555-01xx 号码）；config.json 和 index.html；Node.js；e.g. i.e. a.m.',
		],
		['hotel', 'hotel:booking and Tel: see below'],
		[
			'ID numbers and IP addresses',
			'身份证号 110101199003071234 仅作示例；IP 192.168.100.138；尾号 8888；验证码 123456。',
		],
		['the emergency number', '如遇诈骗请拨打 110 报警。'],
		['spelled-out counts', 'It takes one, two or three days. Step one, step two, step three.'],
	])('%s', (_label, body) => {
		expect(describeFindings(scan(mdx(body)))).toEqual([]);
	});

	// Generated prose: dates, times, amounts, versions and reference numbers in many formats.
	test('numbers of ordinary help text, generated', () => {
		let seed = 42;
		const random = (n: number) => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return seed % n;
		};
		const pad = (n: number, width = 2) => String(n).padStart(width, '0');
		const found: string[] = [];
		for (let k = 0; k < 1500; k++) {
			const [y, m, d, h, min] = [
				2015 + random(16),
				1 + random(12),
				1 + random(28),
				random(24),
				random(60),
			];
			const amount =
				`${random(100000)}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + `.${pad(random(100))}`;
			const samples = [
				`${y}-${pad(m)}-${pad(d)} ${pad(h)}:${pad(min)}`,
				`${y}/${m}/${d} ${h}:${pad(min)}`,
				`${y}.${pad(m)}.${pad(d)}`,
				`${y}年${m}月${d}日 ${h}:${pad(min)}`,
				`${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(min)}+08:00`,
				`${pad(m)}/${pad(d)}/${y} ${pad(h)}:${pad(min)}`,
				`¥${amount}`,
				`${amount} 元`,
				`v${random(20)}.${random(20)}.${random(200)}`,
				`订单号 ${y}${pad(m)}${pad(d)}${pad(random(10000), 4)}${pad(random(10000), 4)}`,
				`${random(100000)} 名用户`,
				`验证码 ${pad(random(1000000), 6)}`,
				`尾号 ${pad(random(10000), 4)}`,
				`${random(1000)}×${random(2000)} 像素`,
			];
			for (const sample of samples) {
				const hits = scan(`说明：${sample}。`);
				if (hits.length > 0) found.push(`${sample}: ${describeFindings(hits).join(', ')}`);
			}
		}
		expect(found).toEqual([]);
	});
});

function filesBelow(dir: string, suffix: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory()
			? filesBelow(path, suffix)
			: path.endsWith(suffix)
				? [path]
				: [];
	});
}

// The real texts readers see: the sample site, the 57-article relevance corpus, the fixtures'
// valid trees, the category and channel texts and the UI dictionaries. None may be refused.
describe('every real text passes', () => {
	const trees = ['content', 'tests/search/help-center', 'tests/fixtures/valid-minimal/content'];
	const articles = trees.flatMap((tree) => filesBelow(join(tree, 'articles'), '.mdx'));
	test('there are real articles to read', () => {
		expect(articles.length).toBeGreaterThan(100);
	});
	test.each(articles)('%s', (file) => {
		expect(findStrayContactDetails(readFileSync(file, 'utf8'), file, official)).toEqual([]);
	});
	test.each(trees)('%s: categories.yaml and the free text of channels.yaml', (tree) => {
		const read = (name: string) => readFileSync(join(tree, name), 'utf8');
		expect(
			findContactDetailsInYaml(read('categories.yaml'), 'categories.yaml', { official }),
		).toEqual([]);
		expect(
			findContactDetailsInYaml(read('channels.yaml'), 'channels.yaml', {
				official,
				channels: true,
			}),
		).toEqual([]);
	});
	test.each(['src/i18n/ui/zh-cn.ts', 'src/i18n/ui/en.ts'])('%s', (file) => {
		expect(findContactDetailsInDictionary(readFileSync(file, 'utf8'), file, official)).toEqual([]);
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

test('reports an account once, not also the number after its label', () => {
	expect(describeFindings(scan('微信：13800138000'))).toEqual(['account "微信：13800138000"']);
});

test('a disguise is reported where it was written, columns counted in the file', () => {
	const source = 'a\n电话 &#x31;３８００１３８０００ 或 ８００-５５５-０１２３\n';
	expect(scan(source)).toEqual([
		{
			line: 2,
			column: 4,
			kind: 'phone',
			text: '&#x31;３８００１３８０００',
			note: 'reads as +8613800138000',
		},
		{
			line: 2,
			column: 23,
			kind: 'phone',
			text: '８００-５５５-０１２３',
			note: 'reads as +868005550123',
		},
	]);
});

test('without the registry, look-alike hosts are not judged, contact links still are', () => {
	expect(
		describeFindings(scanForContactDetails('https://okpay-help.com/ 与 https://t.me/okpay')),
	).toEqual(['link "https://t.me/okpay"']);
});

describe('texts outside articles', () => {
	const categories = [
		'- id: contact',
		'  title:',
		'    zh-cn: 联系客服',
		'    en: Contact support',
		'  description:',
		'    zh-cn: 加入 QQ群 123456789 获取帮助。',
		'    en: >',
		'      Write to help [at]',
		'      okpay [dot] com.',
		'',
	].join('\n');

	test('a YAML text is reported at its line, with its entry and field', () => {
		const issues = findContactDetailsInYaml(categories, 'categories.yaml', { official });
		expect(issues).toEqual([
			expect.objectContaining({
				file: 'categories.yaml',
				line: 6,
				field: 'account "QQ群 123456789"',
			}),
			// Folded over two lines: found in the text as YAML reads it, reported where it starts.
			expect.objectContaining({
				file: 'categories.yaml',
				line: 7,
				field: 'email "help [at] okpay [dot] com"',
			}),
		]);
		expect(issues[0]?.message).toMatch(
			/^in contact\.description\.zh-cn; a QQ number; contact details may only come from content\/channels\.yaml.*\(column 15\)$/,
		);
		expect(issues[1]?.message).toMatch(/^in contact\.description\.en; reads as help@okpay\.com; /);
	});

	test('a quoted YAML text with escapes is read as YAML reads it', () => {
		const source = '- id: a\n  description:\n    en: "Call \\u0034\\u0030\\u0030-820-8820"\n';
		expect(findContactDetailsInYaml(source, 'x.yaml', { official })).toEqual([
			expect.objectContaining({ line: 3, field: 'phone "400-820-8820"' }),
		]);
	});

	test("channels.yaml: a channel's contact fields are its own, every other text is checked", () => {
		const channels = readFileSync('content/channels.yaml', 'utf8').replace(
			'    zh-cn: 与客服人员直接通话，实时处理你的问题。',
			'    zh-cn: 与客服人员直接通话，也可以加微信 okpay_kefu。',
		);
		const issues = findContactDetailsInYaml(channels, 'channels.yaml', {
			official,
			channels: true,
		});
		expect(issues).toEqual([
			expect.objectContaining({
				file: 'channels.yaml',
				line: 21,
				field: 'account "微信 okpay_kefu"',
			}),
		]);
		expect(issues[0]?.message).toMatch(
			/^in hotline\.description\.zh-cn; a WeChat ID; only a channel's phone, email, url, handle fields/,
		);
	});

	test('a UI dictionary is reported at its line and key; its code and keys are not read', () => {
		const source = [
			'export default {',
			"\t'site.name': 'OKPay 帮助中心',",
			"\t'contact.email': 'support@x', // an email-looking key and comment: help@okpay.com",
			"\t'search.count': (count: number) =>",
			'\t\tcount === 0 ? `没有结果` : `找到 ${count} 条，或拨打 95188`,',
			'} as const;',
		].join('\n');
		expect(findContactDetailsInDictionary(source, 'zh-cn.ts', official)).toEqual([
			{
				file: 'zh-cn.ts',
				line: 5,
				field: 'phone "95188"',
				rule: 'contact-details',
				message:
					'in "search.count"; a short service number (95188); UI text may not carry contact details; pages show the channels of content/channels.yaml (column 45)',
			},
		]);
	});
});

// The dictionaries are code the build imports, so no content fixture can break them: each real
// dictionary gets one contact detail added instead, and must be refused at that line and key.
test.each(['zh-cn', 'en'])(
	'the %s UI dictionary with a WeChat ID added is refused at its line and key',
	(locale) => {
		const file = uiDictionaryFile(locale);
		const source = readFileSync(file, 'utf8');
		// The text may sit on the key's line or, wrapped by Prettier, on the next one.
		const broken = source.replace(/('contact\.intro':\s*['"])/, '$1Add WeChat ID: okpay_kefu. ');
		const line = broken.split('\n').findIndex((text) => text.includes('okpay_kefu')) + 1;
		expect(line).toBeGreaterThan(0);
		expect(findContactDetailsInDictionary(source, file, official)).toEqual([]);
		const issues = findContactDetailsInDictionary(broken, file, official);
		expect(issues).toEqual([
			expect.objectContaining({
				file,
				line,
				field: 'account "WeChat ID: okpay_kefu"',
				rule: 'contact-details',
			}),
		]);
		expect(issues[0]?.message).toMatch(
			/^in "contact\.intro"; a WeChat ID; UI text may not carry contact details/,
		);
	},
);
