/**
 * Finds contact details written in a text a reader sees: an article, a category, a channel's
 * description, a UI string. Only the contact fields of content/channels.yaml may publish them;
 * articles name a channel with `<Channel id="…" />` instead.
 *
 * Each detector reads a normalised copy of the text (src/lib/text-view.ts: invisible characters
 * dropped, entities decoded, full-width and styled characters, other scripts' digits and
 * Chinese numerals read as ASCII), and every finding is reported where it was written.
 */
import { decodePunycode, isOneEditAway, skeleton } from './lookalike';
import { findPhoneNumbers, toE164 } from './phone';
import { readText, type TextView } from './text-view';

/** `account`: a messaging or social account (WeChat ID, QQ number, Telegram handle, …). */
export type ContactFindingKind = 'phone' | 'email' | 'link' | 'account';

/** One contact detail written in a text. */
export interface ContactFinding {
	/** 1-based line, counted from the top of the text (an article's frontmatter included). */
	readonly line: number;
	/** 1-based column of the first character. */
	readonly column: number;
	readonly kind: ContactFindingKind;
	/** The detail as written. */
	readonly text: string;
	/** What the detail is or reads as, when the text alone does not say it. */
	readonly note?: string;
}

/**
 * The official hosts and names links are compared with; `buildOfficialIndex` (official-index.ts)
 * returns them, plus the help center's own host.
 */
export interface OfficialHosts {
	/** The help center's own host: links to it are allowed. */
	readonly siteHost?: string;
	/** Lowercase brand labels, e.g. `okpay`. */
	readonly brands: readonly string[];
	/** Official web and mail hosts of the registry. */
	readonly hosts: readonly string[];
	readonly urls?: readonly { readonly host: string }[];
	/** Social accounts: handle without `@`, and the platform host of its profile URL. */
	readonly handles?: readonly {
		readonly id?: string;
		readonly handle: string;
		readonly host: string;
	}[];
}

export interface ContactScanOptions {
	/** Without it, only contact links (tel:, t.me/ …) count as links, not look-alike hosts. */
	readonly official?: OfficialHosts;
}

interface Span {
	readonly start: number;
	readonly end: number;
	/** `allowed`: a link to the help center itself, which no other detector may read into. */
	readonly kind: ContactFindingKind | 'allowed';
	readonly note?: string;
	/** What the detail reads as (a phone's E.164), said when it was written in a disguise. */
	readonly reading?: string;
}

type Detector = (text: string, official: OfficialHosts | undefined) => Span[];

// The components that render registry channels carry ids, not contact details.
const CHANNEL_TAG = /<\/?Channel(?:List)?\b[^>]*>/g;
const URL_TAIL = '[^\\s"\'<>()[\\]{}`]';
const CONTACT_SCHEMES =
	'tel|mailto|sms|smsto|mms|callto|facetime(?:-audio)?|skype|viber|tg|whatsapp|weixin|wechat|' +
	'mqq(?:api|wpa)?|line|signal|sip|sips|xmpp|fb-messenger|kakaotalk';
const SCHEME_LINK = new RegExp(
	`(?<![\\w.+-])(?:${CONTACT_SCHEMES}):(?![\\s/]*$)${URL_TAIL}+`,
	'gi',
);
// Hosts whose links open a conversation or add a contact on a messaging app.
const MESSAGING_LINK = new RegExp(
	`(?:\\b(?:https?:)?//)?(?<![\\w.-])(?:${[
		'(?:wa|t|telegram|line|signal|viber|m)\\.me',
		'telegram\\.dog',
		'wa\\.link',
		'lin\\.ee',
		'discord\\.gg',
		'(?:api|chat)\\.whatsapp\\.com',
		'(?:qm|jq|qun)\\.qq\\.com',
		'u\\.wechat\\.com',
		'(?:work\\.)?weixin\\.qq\\.com/(?:r|kfid|ca|u)',
		'discord(?:app)?\\.com/invite',
		'join\\.skype\\.com',
		'invite\\.viber\\.com',
	].join('|')})/${URL_TAIL}*`,
	'gi',
);
const WEB_URL =
	/(?<![\w.+-])(?:(?:https?|hxxps?|h\*\*ps?|ftp)(?::|\[:\])\/\/|(?<=(?:href|src|action)\s*=\s*["'{]?\s*|\]\(\s*)\/\/)(?:(?<userinfo>[^\s/?#"'<>(){}\\`@]*)@)?(?<host>(?:[^\s/?#:@"'<>()[\]{}\\`|]|\[\.\]|\(\.\))+)(?::\d+)?[^\s"'<>()[\]{}`]*/giu;
// Link shorteners hide where a link goes: a messaging app as easily as an article.
const SHORTENER =
	/^(?:www\.)?(?:bit\.ly|t\.cn|url\.cn|dwz\.cn|suo\.im|tinyurl\.com|goo\.gl|is\.gd|ow\.ly|buff\.ly|rebrand\.ly|cutt\.ly|shorturl\.at|s\.id|t\.ly|v\.gd|rb\.gy)$/;
const SHORTENED = 'a shortened link, which hides where it goes';
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const IMAGE_SUFFIX = /\.(?:png|jpe?g|gif|svg|webp|avif)$/i;

/** Top-level domains a bare host name may end with; two-letter country codes count as well. */
const COMMON_TLDS = new Set(
	(
		'com net org info biz edu gov app dev io co me ai xyz top vip cc tv site online shop store club ' +
		'pro live tech cloud link help support services service wang ltd group asia mobi pw ws la bz ' +
		'website space fun icu work today world email chat life one bank finance money pay wallet'
	).split(' '),
);
const isCommonTld = (tld: string) => /^[a-z]{2}$/i.test(tld) || COMMON_TLDS.has(tld.toLowerCase());

/**
 * Returns every phone number, email address, messaging or social account and contact link
 * written in a text, however it is disguised: `help [at] example [dot] com`, 微信号：…,
 * `@…_bot`, 95xxx service numbers, 一三八…, links to hosts that look like the brand's.
 * @example scanForContactDetails('---\ntitle: x\n---\n致电 400-820-8820')
 * // [{ line: 4, column: 4, kind: 'phone', text: '400-820-8820' }]
 */
export function scanForContactDetails(
	source: string,
	options: ContactScanOptions = {},
): ContactFinding[] {
	const blanked = source.replace(CHANNEL_TAG, (tag) => tag.replace(/[^\n]/g, ' '));
	const view = readText(blanked);
	const spans: Span[] = [];
	const overlaps = (start: number, end: number) =>
		spans.some((s) => start < s.end && end > s.start);
	const detectors: Detector[] = [
		findContactLinks,
		findWebLinks,
		findEmails,
		findObfuscatedEmails,
		findLabelledAccounts,
		findHandles,
		findBareHosts,
		findPhones,
		findShortServiceNumbers,
		findSpelledNumbers,
	];
	for (const detect of detectors) {
		for (const span of detect(view.text, options.official)) {
			if (span.end > span.start && !overlaps(span.start, span.end)) spans.push(span);
		}
	}
	const lineStarts = [0, ...[...source.matchAll(/\n/g)].map((m) => m.index + 1)];
	return spans
		.filter((span): span is Span & { kind: ContactFindingKind } => span.kind !== 'allowed')
		.sort((a, b) => a.start - b.start)
		.map((span) => toFinding(span, view, source, lineStarts));
}

function toFinding(
	span: Span & { kind: ContactFindingKind },
	view: TextView,
	source: string,
	lineStarts: readonly number[],
): ContactFinding {
	const start = view.start[span.start] ?? 0;
	const end = view.end[span.end - 1] ?? start;
	const line = lineStarts.findLastIndex((lineStart) => lineStart <= start);
	const text = source.slice(start, end);
	const read = view.text.slice(span.start, span.end);
	// Written in a disguise (full-width, entities, numerals): say what it reads as.
	const note = span.note ?? (read !== text ? `reads as ${span.reading ?? `"${read}"`}` : undefined);
	return {
		line: line + 1,
		column: start - (lineStarts[line] ?? 0) + 1,
		kind: span.kind,
		text,
		...(note ? { note } : {}),
	};
}

const spansOf = (text: string, pattern: RegExp, kind: ContactFindingKind, note?: string): Span[] =>
	[...text.matchAll(pattern)].map((m) => ({
		start: m.index,
		end: m.index + m[0].length,
		kind,
		...(note ? { note } : {}),
	}));

function findContactLinks(text: string): Span[] {
	return [
		...spansOf(text, SCHEME_LINK, 'link'),
		...spansOf(text, MESSAGING_LINK, 'link', 'a messaging link'),
	];
}

/** Web links (Markdown, JSX `href`, bare `https://…`) to a host that looks like ours. */
function findWebLinks(text: string, official: OfficialHosts | undefined): Span[] {
	return [...text.matchAll(WEB_URL)].map((m) => {
		const { userinfo = '', host = '' } = m.groups ?? {};
		const note = SHORTENER.test(normalizeHost(host))
			? SHORTENED
			: official
				? judgeHost(host, official, userinfo)
				: undefined;
		return {
			start: m.index,
			end: m.index + m[0].length,
			kind: note ? 'link' : 'allowed',
			...(note ? { note } : {}),
		};
	});
}

function findEmails(text: string): Span[] {
	return spansOf(text, EMAIL, 'email').filter(
		(s) => !IMAGE_SUFFIX.test(text.slice(s.start, s.end)),
	);
}

const OPEN = '[\\[({<【（「〔]';
const CLOSE = '[\\])}>】）」〕]';
const AT_TOKEN =
	`(?:[ \\t]*${OPEN}[ \\t]*(?:at|AT|At|a|@|艾特|爱特)[ \\t]*${CLOSE}[ \\t]*` +
	'|[ \\t]*(?:艾特|爱特|小老鼠|圈a|圈A)[ \\t]*|[ \\t]+@[ \\t]*|[ \\t]*@[ \\t]+|@|[ \\t]+(?:at|AT)[ \\t]+|#)';
const DOT_TOKEN =
	`(?:[ \\t]*${OPEN}[ \\t]*(?:dot|DOT|Dot|\\.|点|。)[ \\t]*${CLOSE}[ \\t]*` +
	'|[ \\t]*[点。｡][ \\t]*|[ \\t]+(?:dot|DOT)[ \\t]+|[ \\t]+\\.[ \\t]*|[ \\t]*\\.[ \\t]+|\\.)';
const EMAIL_LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const EMAIL_LOCAL = "[A-Za-z0-9][A-Za-z0-9_%+'-]*";
const OBFUSCATED_EMAIL = new RegExp(
	`(?<![A-Za-z0-9._%+-])(?<local>${EMAIL_LOCAL}(?:${DOT_TOKEN}${EMAIL_LOCAL})*)(?<at>${AT_TOKEN})` +
		`(?<domain>${EMAIL_LABEL}(?:${DOT_TOKEN}${EMAIL_LABEL})*${DOT_TOKEN}[A-Za-z]{2,12})(?![A-Za-z0-9-])`,
	'g',
);
const DOT_SPLIT = new RegExp(DOT_TOKEN, 'g');
// Hosts of public mailboxes, and words that say an address follows.
const MAIL_HOSTS =
	/^(?:qq|foxmail|163|126|yeah|sina|sohu|139|aliyun|gmail|googlemail|outlook|hotmail|live|yahoo|icloud|proton|protonmail)\.(?:com|net|cn|me)$/i;
const MAIL_CONTEXT = /邮箱|邮件|发送至|发至|e-?mail|mail to|write to/i;
// "look at the dot com era" is prose: no address has these words for a name.
const PROSE_WORD =
	/^(?:the|a|an|my|our|your|his|her|their|its|this|that|least|most|all|home|work|first|last|once)$/i;

/**
 * Email addresses written so that a pattern misses them: `help [at] example [dot] com`,
 * `help(at)example(dot)com`, `help at example dot com`, help艾特example点com, `help # example.com`.
 */
function findObfuscatedEmails(text: string): Span[] {
	const spans: Span[] = [];
	for (const m of text.matchAll(OBFUSCATED_EMAIL)) {
		const { local = '', at = '', domain = '' } = m.groups ?? {};
		const dots = [...(local.match(DOT_SPLIT) ?? []), ...(domain.match(DOT_SPLIT) ?? [])];
		const plainDots = dots.every((dot) => dot === '.');
		const atWord = /^[ \t]+(?:at|AT)[ \t]+$/.test(at);
		const tld = domain.split(DOT_SPLIT).at(-1) ?? '';
		const weakDot = dots.some(
			(dot) => /[点。｡]|dot|DOT|^[ \t]|[ \t]$/.test(dot) && !/[[({<【（「〔]/.test(dot),
		);
		if (at === '@' && plainDots) continue; // a plain address: findEmails has it
		// "find it at apps.example.com" names a website; "kefu at 163.com" a mailbox.
		if (
			atWord &&
			plainDots &&
			!MAIL_HOSTS.test(domain) &&
			!MAIL_CONTEXT.test(text.slice(Math.max(0, m.index - 12), m.index))
		)
			continue;
		if (atWord && [local, ...domain.split(DOT_SPLIT)].some((word) => PROSE_WORD.test(word)))
			continue;
		// A # for @ only as a whole word: not a URL's fragment (page#okpay.com).
		if (at === '#' && (!plainDots || !isCommonTld(tld) || /[/:=?&#]$/.test(text.slice(0, m.index))))
			continue;
		if ((atWord || weakDot) && !(COMMON_TLDS.has(tld.toLowerCase()) || /^[a-z]{2}$/.test(tld)))
			continue;
		if (weakDot && tld !== tld.toLowerCase() && tld !== tld.toUpperCase()) continue; // 点 App is UI text
		const address = `${local.split(DOT_SPLIT).join('.')}@${domain.split(DOT_SPLIT).join('.')}`;
		spans.push({
			start: m.index,
			end: m.index + m[0].length,
			kind: 'email',
			note: `reads as ${address}`,
		});
	}
	return spans;
}

interface AccountLabel {
	readonly name: string;
	readonly labels: string;
	/** A Chinese label: anything ID-like after 微信号： is an ID. */
	readonly chinese?: boolean;
	/** Fewest digits of a numeric ID after this label. */
	readonly digits: number;
	/** Quoted names count (公众号“…”). */
	readonly quoted?: boolean;
	/** Only an `@handle` after this label counts (飞机 is also a plane). */
	readonly handleOnly?: boolean;
}

const ACCOUNT_LABELS: readonly AccountLabel[] = [
	{
		name: 'a WeChat ID',
		labels:
			'微信号|微信账号|微信帐号|微信ID|微信id|客服微信|个人微信|企业微信|微信|威信|薇信|徽信|维信|[Vv]信|VX|[Vv]x|WX|wx|加[Vv]|[+][Vv]|加微|卫星号',
		chinese: true,
		digits: 5,
	},
	{
		name: 'a WeChat ID',
		labels: '(?:WeChat|Wechat|WECHAT|Weixin|weixin)(?:[ \\t]*ID)?',
		digits: 5,
	},
	{
		name: 'a QQ number',
		labels: 'QQ号码|QQ号|QQ群号码|QQ群号|QQ群|QQ|qq号|qq群|qq|扣扣号?|企鹅号|Q群|加[Qq]',
		chinese: true,
		digits: 5,
	},
	{
		name: 'a Telegram account',
		labels: '电报号?|纸飞机号?|飞机号|TG号|TG群',
		chinese: true,
		digits: 7,
	},
	{ name: 'a Telegram account', labels: '飞机', chinese: true, digits: 99, handleOnly: true },
	{
		name: 'a Telegram account',
		labels: '(?:Telegram|TELEGRAM|telegram)(?:[ \\t]*ID)?|TG|tg',
		digits: 7,
	},
	{ name: 'a WhatsApp account', labels: 'WhatsApp|Whatsapp|WHATSAPP|whatsapp|WA', digits: 7 },
	{
		name: 'a messaging account',
		labels:
			'LINE(?:[ \\t]*ID)?|Line[ \\t]*ID|Signal|Skype(?:[ \\t]*ID)?|Viber|Discord|Messenger|KakaoTalk|Kakao|Zalo|Snapchat',
		digits: 7,
	},
	{ name: 'a social media account', labels: 'Facebook|Twitter|Instagram|TikTok|Weibo', digits: 99 },
	{
		name: 'a social media account',
		labels: '微信公众号|公众号|服务号|视频号|微博号?|抖音号?|快手号?|小红书号?|钉钉号?',
		chinese: true,
		digits: 5,
		quoted: true,
	},
];
const ACCOUNT_ID =
	'(?<handle>@[A-Za-z0-9_][A-Za-z0-9_.]{1,31})(?![A-Za-z0-9_@])' +
	'|(?<digits>[+]?[0-9](?:[ -]?[0-9]){4,14})(?![0-9]|[.,][0-9])' +
	'|(?<id>[A-Za-z][A-Za-z0-9_.-]{3,31}[A-Za-z0-9_])(?![A-Za-z0-9_@-])' +
	'|[“"「『《‘](?<quoted>[^”"」』》’\\n]{1,30})[”"」』》’]';
const ACCOUNT_PATTERNS = ACCOUNT_LABELS.map((label) => ({
	label,
	pattern: new RegExp(
		`(?<![A-Za-z0-9_])(?:${label.labels})(?![a-z])(?<sep>[ \\t]*(?:同号|搜索|搜|添加|加)?[ \\t]*(?:[:：=]|是|为|為)?[ \\t]*)(?:${ACCOUNT_ID})`,
		'g',
	),
}));
// Words that follow a platform's name in prose ("WeChat: Settings") and are no account.
const NOT_AN_ID =
	/^(?:wechat|weixin|whatsapp|telegram|official|account|accounts|support|settings|download|version|update|android|iphone|google|apple|message|messages|group|groups|channel|channels)$/i;
const SERVICE_WORD =
	/support|help|service|kefu|admin|official|care|desk|team|agent|staff|refund|customer|vip/i;
const UNIT_AFTER =
	/^[ \t]*(?:元|块|圆|万|千|百|亿|%|‰|笔|次|个|名|位|人|分钟|分|秒|天|日|月|年|条|件|份|张|台|积分|字|行|页|米|公里|克|斤|吨|步|km|kg|cm|mm|ms|KB|MB|GB|px|USD|CNY|RMB|HKD|EUR|yuan|dollars?|points?|users?|people|times|orders?|transactions?|items?|words?|steps?|miles?|bytes?)/i;

/** IDs written after the name of their app: 微信号：…, QQ群 123456, Telegram: @…, WhatsApp …. */
function findLabelledAccounts(text: string, official: OfficialHosts | undefined): Span[] {
	const spans: Span[] = [];
	for (const { label, pattern } of ACCOUNT_PATTERNS) {
		for (const m of text.matchAll(pattern)) {
			const { sep = '', handle, digits, id, quoted } = m.groups ?? {};
			const labelText = m[0].slice(
				0,
				m[0].length - sep.length - (handle ?? digits ?? id ?? '').length,
			);
			const explicit = /[:：=]|是|为|為|同号|搜|添加/.test(sep) || /号|號|ID|id|群/.test(labelText);
			const end = m.index + m[0].length;
			let counts = false;
			if (handle) counts = handle.length > 3;
			else if (label.handleOnly) counts = false;
			else if (digits) {
				const count = digits.replace(/\D/g, '').length;
				counts =
					count >= label.digits &&
					(explicit || label.chinese === true) &&
					!UNIT_AFTER.test(text.slice(end));
			} else if (quoted !== undefined) counts = label.quoted === true;
			else if (id && !NOT_AN_ID.test(id)) {
				const evidence =
					/[0-9_]/.test(id) ||
					/[a-z][A-Z]/.test(id) ||
					namesBrand(id, official) ||
					SERVICE_WORD.test(id);
				counts = label.chinese ? explicit || evidence : explicit && evidence;
			}
			if (counts) spans.push({ start: m.index, end, kind: 'account', note: label.name });
		}
	}
	return spans.sort((a, b) => a.start - b.start);
}

const HANDLE =
	/(?<![A-Za-z0-9_@.+\-/\\])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{1,30}[A-Za-z0-9_])?)(?![A-Za-z0-9_@/]|\.[A-Za-z0-9])/g;

/** `@handles` that name a bot, the brand, a registry account or a support desk. */
function findHandles(text: string, official: OfficialHosts | undefined): Span[] {
	const spans: Span[] = [];
	for (const m of text.matchAll(HANDLE)) {
		const name = m[1] ?? '';
		const registry = official?.handles?.find(
			(h) => h.handle.replace(/^@/, '').toLowerCase() === name.toLowerCase(),
		);
		const note = registry
			? `the account of channel "${registry.id ?? registry.handle}"`
			: /bot$/i.test(name) && name.length >= 5
				? 'a Telegram bot'
				: namesBrand(name, official)
					? 'an account that names the brand'
					: SERVICE_WORD.test(name)
						? 'an account that poses as support'
						: undefined;
		if (note) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'account', note });
	}
	return spans;
}

const HOST_CHAR = '[\\p{sc=Latin}\\p{sc=Greek}\\p{sc=Cyrillic}\\p{sc=Armenian}\\p{N}]';
const HOST_LABEL = `${HOST_CHAR}(?:(?:${HOST_CHAR}|-){0,61}${HOST_CHAR})?`;
const HOST_DOT =
	// Spaced forms first, so that a split reads "OKPay. If" as a spaced dot, not a plain one.
	'(?:[ \\t]+\\.[ \\t]*|[ \\t]*\\.[ \\t]+|\\[\\.\\]|\\(\\.\\)|\\{\\.\\}|\\[dot\\]|\\(dot\\)|[ \\t]+(?:dot|DOT)[ \\t]+|[ \\t]*[点。｡][ \\t]*|\\.)';
const BARE_HOST = new RegExp(
	`(?<![\\p{sc=Latin}\\p{sc=Greek}\\p{sc=Cyrillic}\\p{N}_@.\\-/:])(?<host>${HOST_LABEL}(?:${HOST_DOT}${HOST_LABEL})*${HOST_DOT}(?<tld>[A-Za-z]{2,24}|xn--[a-z0-9-]+))(?![\\p{sc=Latin}\\p{N}_@-])(?:/${URL_TAIL}*)?`,
	'gu',
);
const HOST_DOT_SPLIT = new RegExp(HOST_DOT, 'gu');

/** Host names written without a scheme (`okpay-help.com`, `www.okpay[.]cn`, okpay点com). */
function findBareHosts(text: string, official: OfficialHosts | undefined): Span[] {
	if (!official) return [];
	const spans: Span[] = [];
	for (const m of text.matchAll(BARE_HOST)) {
		const { host = '', tld = '' } = m.groups ?? {};
		const dots = host.match(HOST_DOT_SPLIT) ?? [];
		const weak = dots.some((dot) => dot !== '.' && !/[[({]/.test(dot));
		if (SHORTENER.test(normalizeHost(host)) && m[0].length > host.length + 1) {
			spans.push({ start: m.index, end: m.index + m[0].length, kind: 'link', note: SHORTENED });
			continue;
		}
		if (!tld.startsWith('xn--') && !isCommonTld(tld)) continue;
		if (
			weak &&
			(!COMMON_TLDS.has(tld.toLowerCase()) ||
				(tld !== tld.toLowerCase() && tld !== tld.toUpperCase()))
		)
			continue;
		const note = judgeHost(host.split(HOST_DOT_SPLIT).join('.'), official);
		if (note) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'link', note });
	}
	return spans;
}

/**
 * Returns why a link to `rawHost` publishes a contact, or undefined for the help center itself
 * and for hosts that have nothing to do with the brand.
 */
function judgeHost(rawHost: string, official: OfficialHosts, userinfo = ''): string | undefined {
	const host = normalizeHost(rawHost);
	if (!host.includes('.')) return undefined;
	const site = official.siteHost ? normalizeHost(official.siteHost) : undefined;
	const bare = (h: string) => h.replace(/^www\./, '');
	if (site && bare(host) === bare(site)) {
		return userinfo && namesBrand(userinfo, official)
			? 'an address hidden behind the brand name'
			: undefined;
	}
	const registry = [
		...official.hosts,
		...(official.urls ?? []).map((u) => u.host),
		...(official.handles ?? []).map((h) => h.host),
	]
		.map(normalizeHost)
		.filter((h) => h && h !== site);
	const owner = registry.find((h) => bare(host) === bare(h) || host.endsWith(`.${h}`));
	if (owner) return `a link to ${host}, a host of the channel registry`;
	const shape = skeleton(bare(host));
	const imitated = [...registry, ...(site ? [site] : [])].find(
		(h) =>
			skeleton(bare(h)) === shape || (h.length >= 8 && isOneEditAway(skeleton(bare(h)), shape)),
	);
	if (imitated) return `a link to ${host}, which looks like ${imitated}`;
	if (namesBrand(host, official)) return `a link to ${host}, which looks like the brand's`;
	if (userinfo && namesBrand(userinfo, official))
		return `a link to ${host}, hidden behind the brand name`;
	return undefined;
}

function normalizeHost(host: string): string {
	return host
		.toLowerCase()
		.replace(/\[\.\]|\(\.\)/g, '.')
		.replace(/\.$/, '')
		.split('.')
		.map((label) => (label.startsWith('xn--') ? (decodePunycode(label.slice(4)) ?? label) : label))
		.join('.');
}

/** Returns whether a text names a brand label, also disguised (0kpay, okpey, оkpay in Cyrillic). */
function namesBrand(text: string, official: OfficialHosts | undefined): boolean {
	if (!official) return false;
	const shape = skeleton(text);
	const words = shape.split(/[^a-z0-9]+/);
	return official.brands.some(
		(brand) =>
			brand.length >= 3 &&
			(shape.includes(skeleton(brand)) ||
				(brand.length >= 5 && words.some((w) => isOneEditAway(w, skeleton(brand))))),
	);
}

// Separators a writer may put between digit groups that libphonenumber does not read.
const ODD_SEPARATORS = /(?<=\d)[ \t]*[_·・|、*~•。][ \t]*(?=\d)/g;
const DATE_START = /^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)/;
const VERSION_BEFORE = /(?:\bv|\bV|version|ver\.?|版本|版本号)[ \t:：]*$/;

/** Phone numbers, also spaced, dotted, or spelled with Chinese numerals or O and l. */
function findPhones(text: string): Span[] {
	const readable = text.replace(ODD_SEPARATORS, (sep) => '-'.padEnd(sep.length, ' '));
	return findPhoneNumbers(readable)
		.filter((p) => !DATE_START.test(readable.slice(p.start, p.end)))
		.filter((p) => !VERSION_BEFORE.test(readable.slice(Math.max(0, p.start - 12), p.start)))
		.map((p) => ({ start: p.start, end: p.end, kind: 'phone' as const, reading: p.e164 }));
}

const SHORT_NUMBER =
	/(?<![A-Za-z0-9_.,:/#+\-])9(?:[ \t]*[.-]?[ \t]*)[56](?:(?:[ \t]*[.-]?[ \t]*)[0-9]){3,6}(?![ \t]*[.-]?[ \t]*[0-9]|[A-Za-z0-9_]|[.,][0-9])/g;
// Five digits, or 95 and six more (9510 5888).
const SHORT_NUMBER_SHAPE = /^(?:9[56]\d{3}|95\d{6})$/;
// 9.5.188 is a version and 95.188 a decimal, unless the sentence is about calling.
const PHONE_CONTEXT = /电话|热线|拨打|致电|来电|拨|call|phone|hotline|dial|tel\b/i;
// Numbers after these words are codes, amounts, versions or counts, not numbers to dial.
const NOT_A_SERVICE_NUMBER_BEFORE =
	/(?:[¥￥$€£]|第|编号|編號|单号|單號|尾号|序号|型号|版本|验证码|校验码|动态码|密码|订单|工单|\b(?:v|ver|version|chapter|no|number|order|case|ticket|issue|id|ref|code|pin|otp|step|page|item)\b\.?)[ \t:：是为]*$/i;

/** Short service numbers of banks and payment companies: 95xxx, 96xxx (5 to 8 digits). */
function findShortServiceNumbers(text: string): Span[] {
	return [
		...text.replace(ODD_SEPARATORS, (sep) => '-'.padEnd(sep.length, ' ')).matchAll(SHORT_NUMBER),
	]
		.filter((m) => {
			const end = m.index + m[0].length;
			const digits = m[0].replace(/\D/g, '');
			return (
				SHORT_NUMBER_SHAPE.test(digits) &&
				(!m[0].includes('.') ||
					/^\d(?:\.\d)+$/.test(m[0]) ||
					PHONE_CONTEXT.test(text.slice(Math.max(0, m.index - 16), m.index))) &&
				!NOT_A_SERVICE_NUMBER_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) &&
				!UNIT_AFTER.test(text.slice(end, end + 12))
			);
		})
		.map((m) => ({
			start: m.index,
			end: m.index + m[0].length,
			kind: 'phone' as const,
			note: `a short service number (${m[0].replace(/\D/g, '')})`,
		}));
}

const DIGIT_WORDS: Readonly<Record<string, string>> = {
	zero: '0',
	oh: '0',
	one: '1',
	two: '2',
	three: '3',
	four: '4',
	five: '5',
	six: '6',
	seven: '7',
	eight: '8',
	nine: '9',
};
const DIGIT_WORD = `(?:${Object.keys(DIGIT_WORDS).join('|')})`;
const SPELLED_NUMBER = new RegExp(
	`\\b(?:(?:double|triple)[ \\t-]+)?${DIGIT_WORD}(?:[ \\t,-]+(?:(?:double|triple)[ \\t-]+)?${DIGIT_WORD}){4,}\\b`,
	'gi',
);

/** Numbers spelled out in English words: "four zero zero, eight two zero, double eight two zero". */
function findSpelledNumbers(text: string): Span[] {
	const spans: Span[] = [];
	for (const m of text.matchAll(SPELLED_NUMBER)) {
		let digits = '';
		let repeat = 1;
		for (const word of m[0].toLowerCase().split(/[ \t,-]+/)) {
			if (word === 'double' || word === 'triple') repeat = word === 'double' ? 2 : 3;
			else {
				digits += (DIGIT_WORDS[word] ?? '').repeat(repeat);
				repeat = 1;
			}
		}
		const e164 = readsAsPhone(digits);
		if (e164)
			spans.push({
				start: m.index,
				end: m.index + m[0].length,
				kind: 'phone',
				note: `reads as ${e164}`,
			});
	}
	return spans;
}

/** Returns the number a run of digits dials, or undefined when it is no phone number. */
function readsAsPhone(digits: string): string | undefined {
	if (/^9[56]\d{3,6}$/.test(digits)) return digits;
	return (
		toE164(digits, 'CN') ??
		(digits.length >= 10 ? toE164(`+${digits}`) : undefined) ??
		(digits.length === 10 || digits.length === 11 ? toE164(digits, 'US') : undefined)
	);
}
