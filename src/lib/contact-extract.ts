/**
 * Finds every contact detail in a pasted text — a whole SMS or chat message, Chinese or English:
 * web addresses, email addresses, accounts and phone numbers, as written and where. Judging them
 * is contact-check.ts's job. Pure and dependency-free: it ships to the browser.
 */

export type ContactKind = 'url' | 'email' | 'handle' | 'phone';

/** One contact detail found in the text. */
export interface FoundContact {
	readonly kind: ContactKind;
	/** The detail as written (with a `mailto:` or `tel:` it came with). */
	readonly text: string;
	/** Offsets in the text: first character, and just past the last. */
	readonly start: number;
	readonly end: number;
	/**
	 * URL: the text glued to it up to the next space, which an app turning the address into a link
	 * may take in too (`…example.com）.evil.example`). Absent when a space or the end follows.
	 */
	readonly tail?: string;
	/** Handle: the apps the text names in the same clause (`Telegram`, `微信`, `Example Social`…). */
	readonly apps?: readonly string[];
	/** Handle: the server of a fediverse handle (`@name@social.example.org`). */
	readonly server?: string;
}

/** Characters that show nothing: zero-width, bidi controls, soft hyphen, variation selectors… */
const INV =
	'\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0';
const INVISIBLE = new RegExp(`[${INV}]`, 'gu');

/** Returns whether the text holds a character that shows nothing (zero-width, bidi control…). */
export const hasInvisible = (text: string): boolean => text.replace(INVISIBLE, '') !== text;

/** Returns the text without characters that show nothing. */
export const stripInvisible = (text: string): string => text.replace(INVISIBLE, '');

const SPACE = '\\t\\n\\v\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';
const HAN = '\\p{sc=Han}';
// Where prose around an address ends it: spaces, Chinese text, and brackets, quotes and
// sentence marks that are never part of one. Not 。．｡: a browser reads them as dots in a host.
const STOP = `${SPACE}<>"\`（）《》【】「」『』〈〉〔〕“”‘’，、；：！？${HAN}`;
const URL_CHAR = `[^${STOP}]`;
const LETTER = `(?:(?!${HAN})[\\p{L}\\p{N}\\p{M}])`;
const LABEL = `(?:(?!${HAN})[\\p{L}\\p{N}\\p{M}${INV}_-])+`;
const DOT = '[.。．｡]';
const HOST = `${LABEL}(?:${DOT}${LABEL})+`;

// A browser reads "https:/host" and "https:host" as https://host too.
// javascript:, data: and the like are read whole: an address of ours inside one is not a way to reach us.
const SCHEME_URL = new RegExp(
	`(?<![A-Za-z0-9+.-])(?:https?:[\\\\/]*(?![\\\\/])|[A-Za-z][A-Za-z0-9+.-]*:[\\\\/]{2}|mailto:|(?:javascript|vbscript|data|blob|file):)${URL_CHAR}+`,
	'giu',
);
const BARE_URL = new RegExp(`(?<!${LETTER}|[@.。．｡/\\\\%+_-])${HOST}${URL_CHAR}*`, 'gu');
// An address runs to its last label; one glued to another "@" is no address a mail app takes.
const EMAIL = new RegExp(
	`(?<!${LETTER}|[._%+@/\\\\-])(?:${LETTER}|[._%+${INV}-])+@${HOST}(?!${LETTER}|[@${INV}-])`,
	'gu',
);
const HANDLE_NAME = `(?:(?:${LETTER}|[_.${INV}-])+|${HAN}+)`;
const HANDLE = new RegExp(`(?<!${LETTER}|[._%+@/\\\\-])@(${HANDLE_NAME})(?:@(${HOST}))?`, 'gu');
const GROUP = `(?:\\(\\d{1,5}\\)|\\d)`;
const PHONE = new RegExp(
	`(?<![A-Za-z0-9_+./@#-])(?:(?:tel|callto|sms):)?(?:\\(\\s?\\+\\s?\\d{1,3}\\s?\\)\\s?|\\+\\s?)?${GROUP}(?:[ ./${INV}-]?${GROUP})*(?![A-Za-z0-9_])`,
	'giu',
);
// A number with letters that read as digits (8OO for 800, l for 1): dialled, it is another number.
const DIGIT_LIKE = 'OoОоΟοlIіӏ|';
const DISGUISED_PHONE = new RegExp(
	`(?<!${LETTER}|[\\d_+])\\+?[\\d${DIGIT_LIKE}](?:[ .-]?[\\d${DIGIT_LIKE}]){6,17}(?!${LETTER}|\\d)`,
	'gu',
);

/** Apps an impostor names for "their" account; matched as whole words (TG and LINE by case). */
const APPS = [
	'WeChat',
	'Weixin',
	'微信',
	'QQ',
	'Telegram',
	'电报',
	'WhatsApp',
	'Weibo',
	'微博',
	'Douyin',
	'抖音',
	'TikTok',
	'Facebook',
	'Messenger',
	'Instagram',
	'Twitter',
	'推特',
	'Discord',
	'Signal',
	'Skype',
	'Viber',
	'KakaoTalk',
	'小红书',
	'DingTalk',
	'钉钉',
	'Snapchat',
	'Threads',
	'Bluesky',
	'Mastodon',
];
const APPS_BY_CASE = ['TG', 'LINE'];

// Top-level domains a two-label address without a scheme must end in, so that "Node.js" or
// "photo.png" in a message are not read as websites: country codes and common generic ones.
const COUNTRY_TLDS =
	'ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw'.split(
		' ',
	);
const COMMON_TLDS = new Set([
	...COUNTRY_TLDS,
	'com',
	'net',
	'org',
	'info',
	'biz',
	'xyz',
	'top',
	'vip',
	'club',
	'online',
	'site',
	'shop',
	'app',
	'dev',
	'io',
	'me',
	'cc',
	'tv',
	'pro',
	'link',
	'live',
	'store',
	'tech',
	'work',
	'ltd',
	'group',
	'icu',
	'fun',
	'space',
	'website',
	'cloud',
	'asia',
	'mobi',
	'name',
	'help',
	'support',
	'pay',
	'money',
	'bank',
	'finance',
	'wang',
	'example',
	'test',
	'invalid',
]);

const PHONE_WORDS =
	/(?:电话|热线|致电|拨打|来电|回电|手机|号码|客服|call|phone|tel|hotline|dial|ring|contact)\s*[:：]?\s*$/i;
const NOT_PHONE_WORDS =
	/(?:验证码|校验码|动态码|订单|单号|流水|交易号|编号|金额|余额|尾号|卡号|账户|code|order|ref|amount|account|no\.|[¥￥$€£])\s*(?:[:：]|是|为|is)?\s*$/i;
const UNIT_AFTER = /^\s*(?:元|块|万|美元|%|％|笔|次|天|小时|分钟|个|人|年|月|日)/;

// A number written in Chinese numerals (一八零零…) to slip past filters: five digits or more.
const HAN_DIGITS: Record<string, string> = {
	〇: '0',
	零: '0',
	一: '1',
	幺: '1',
	二: '2',
	两: '2',
	三: '3',
	四: '4',
	五: '5',
	六: '6',
	七: '7',
	八: '8',
	九: '9',
};
const HAN_NUMBER = /[〇零一幺二两三四五六七八九](?:[ -]?[〇零一幺二两三四五六七八九]){4,}/g;

/**
 * Returns the text with full-width ASCII forms (ｈｔｔｐ, ＠, ０１２, ：), dashes, wide spaces and
 * numbers in Chinese numerals as ASCII; one character in, one out, so offsets stay valid.
 * Not for web addresses: a browser does not read a full-width slash as a slash, nor may the checker.
 */
export function foldWidth(text: string): string {
	return text
		.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
		.replace(/[\u2010-\u2015\u2212\uFE58\uFE63]/g, '-')
		.replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
		.replace(/[\u3002\uFF61]/g, '.')
		.replace(HAN_NUMBER, (run) => run.replace(/./g, (c) => HAN_DIGITS[c] ?? c));
}

/** Drops what prose puts after an address: sentence marks and a closing bracket it never opened. */
function trimEnd(text: string): string {
	let end = text.length;
	const count = (s: string, c: string) => s.split(c).length - 1;
	for (;;) {
		const head = text.slice(0, end);
		const last = head.at(-1) ?? '';
		const unbalanced = (open: string, close: string) =>
			last === close && count(head, close) > count(head, open);
		if (
			/[.,;:!?'。．｡…]/.test(last) ||
			unbalanced('(', ')') ||
			unbalanced('[', ']') ||
			unbalanced('{', '}')
		)
			end--;
		else return head;
	}
}

/** Whether a host ends like a real one; after an @, any top-level domain with a letter will do. */
function tldOk(host: string, email = false): boolean {
	const labels = foldWidth(host)
		.toLowerCase()
		.split(/[.。．｡]/);
	const tld = labels.at(-1) ?? '';
	if (tld.startsWith('xn--') || (email && /\p{L}/u.test(tld))) return true;
	if (!/^\p{L}{2,}$/u.test(tld)) return false;
	return labels.length > 2 || COMMON_TLDS.has(tld) || !/^[a-z]+$/.test(tld);
}

/** An app named in a text, as written, and where. */
interface AppName {
	readonly name: string;
	readonly start: number;
}

/** Returns the apps named in a text, as written, with their offsets. */
export function findApps(text: string, platforms: readonly string[] = []): AppName[] {
	// Latin names are whole words; Chinese ones run straight into what follows (加微信okpay888).
	const pattern = (name: string) => {
		const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
		// Not a piece of a host or path: "examplesocial.example.org" names no platform.
		return /^[\x00-\x7F]+$/.test(name)
			? `(?<![A-Za-z0-9./@\\\\-])${escaped}(?![A-Za-z0-9@/-]|\\.\\w)`
			: escaped;
	};
	const words = (names: readonly string[], flags: string) =>
		names.length === 0 ? [] : [...text.matchAll(new RegExp(names.map(pattern).join('|'), flags))];
	return [...words([...platforms, ...APPS], 'giu'), ...words(APPS_BY_CASE, 'gu')].map((m) => ({
		name: m[0],
		start: m.index,
	}));
}

/** The clause around an offset: sentence marks and line breaks end it. */
function clauseAround(text: string, start: number, end: number): [number, number] {
	const boundary = /[。！？!?\n；;]|\.(?=\s)/g;
	let from = 0;
	let to = text.length;
	for (const m of text.matchAll(boundary)) {
		if (m.index < start) from = m.index + 1;
		else if (m.index >= end) {
			to = m.index;
			break;
		}
	}
	return [from, to];
}

/** The detail at `start` of `length` characters, as written in the text. */
function at(text: string, start: number, length: number) {
	return { text: text.slice(start, start + length), start, end: start + length };
}

function findUrls(text: string, pattern: RegExp, withoutScheme = false): FoundContact[] {
	return [...text.matchAll(pattern)].flatMap((m) => {
		// Without a scheme, a host must end like one ("Node.js" is no website).
		if (withoutScheme && !tldOk(trimEnd(/^[^:/?#\\@]*/.exec(m[0])?.[0] ?? ''))) return [];
		const body = trimEnd(m[0]);
		// What follows up to a space; or the next line, if it carries on the host name (".evil…"):
		// a browser drops line breaks and tabs from an address pasted into it. (A next line that
		// starts with "@" is an account more often than a trick.)
		const next = text.slice(m.index + body.length).replace(/^[\t\r\n]+(?=[./。．｡])/, '');
		const tail = /^[^\s]*/u.exec(next)?.[0] ?? '';
		return [{ kind: 'url' as const, ...at(text, m.index, body.length), ...(tail ? { tail } : {}) }];
	});
}

function findEmails(text: string, folded: string): FoundContact[] {
	return [...folded.matchAll(EMAIL)]
		.filter((m) => tldOk(stripInvisible(m[0].split('@')[1] ?? ''), true))
		.map((m) => ({ kind: 'email' as const, ...at(text, m.index, m[0].length) }));
}

/** Accounts written after their app's name: 微信号：okpay888, QQ群 12345678, Telegram: okpay_bot. */
function findLabelledAccounts(
	text: string,
	folded: string,
	apps: readonly AppName[],
): FoundContact[] {
	const ID = new RegExp(
		`^(?:号码|号|號|账号|帳號|群|ID|id)?([^\\S\\n]*[:]?[^\\S\\n]*)@?((?:${LETTER}|[_.${INV}-])+)(?![\\w@/])`,
		'u',
	);
	return apps.flatMap((app) => {
		const after = folded.slice(app.start + app.name.length);
		const id = ID.exec(after);
		if (!id?.[2]) return [];
		const name = id[2].replace(/[.-]+$/, '');
		// Digits after an app name are a QQ number, or a phone number to call on that app.
		if (/^\d+$/.test(name) && !/^QQ/i.test(app.name)) return [];
		// "WhatsApp us" is prose: a Latin app name needs a colon, or a name that reads as an ID.
		const labelled =
			/:/.test(id[1] ?? '') ||
			/^[^\s:@]/.test(after) ||
			/\p{sc=Han}/u.test(app.name) ||
			/[\d_]|.\p{Lu}/u.test(name);
		if (!labelled) return [];
		const start = app.start + app.name.length + id[0].length - id[2].length;
		return [{ kind: 'handle' as const, ...at(text, start, name.length), apps: [app.name] }];
	});
}

/** `@accounts`, with the apps named in their clause, and fediverse `@name@host` addresses. */
function findAccounts(text: string, folded: string, apps: readonly AppName[]): FoundContact[] {
	return [...folded.matchAll(HANDLE)].map((m) => {
		const name = (m[1] ?? '').replace(/[.-]+$/, '');
		const server = m[2] && name === m[1] ? m[2] : undefined;
		const length = 1 + name.length + (server ? server.length + 1 : 0);
		const [from, to] = clauseAround(folded, m.index, m.index + length);
		const named = apps.filter((a) => a.start >= from && a.start < to).map((a) => a.name);
		return {
			kind: 'handle' as const,
			...at(text, m.index, length),
			apps: named,
			...(server ? { server } : {}),
		};
	});
}

function findPhones(text: string, folded: string): FoundContact[] {
	const disguised = [...folded.matchAll(DISGUISED_PHONE)].filter(
		(m) => /\p{L}/u.test(m[0]) && m[0].replace(/\D/g, '').length >= 5,
	);
	const plain = [...folded.matchAll(PHONE)].filter((m) =>
		isPhone(
			m[0],
			folded.slice(Math.max(0, m.index - 12), m.index),
			folded.slice(m.index + m[0].length),
		),
	);
	return [...disguised, ...plain].map((m) => ({
		kind: 'phone' as const,
		...at(text, m.index, m[0].length),
	}));
}

/**
 * Returns every phone number, email address, web address and account in the text, in order.
 * Where two readings overlap, the first kind wins: URLs, emails, addresses without a scheme,
 * accounts named with their app (`微信号：okpay888`), `@accounts`, then phone numbers.
 * @example findContacts('请拨打 +1 800 555 0123 或访问 https://help.okpay.example.com。')
 * // [{ kind: 'phone', text: '+1 800 555 0123', … }, { kind: 'url', text: 'https://help.okpay.example.com', … }]
 */
export function findContacts(text: string, platforms: readonly string[] = []): FoundContact[] {
	const folded = foldWidth(text);
	const apps = findApps(folded, platforms);
	const readings = [
		...findUrls(text, SCHEME_URL),
		...findEmails(text, folded),
		...findUrls(text, BARE_URL, true),
		...findLabelledAccounts(text, folded, apps),
		...findAccounts(text, folded, apps),
		...findPhones(text, folded),
	];
	const found: FoundContact[] = [];
	for (const reading of readings) {
		if (
			reading.end > reading.start &&
			found.every((f) => reading.end <= f.start || reading.start >= f.end)
		)
			found.push(reading);
	}
	// A single word pasted on its own is an account name written without its @.
	const word = new RegExp(`^\\s*((?:${LETTER}|[_.${INV}])+)\\s*$`, 'u').exec(folded)?.[1];
	if (found.length === 0 && word && /\p{L}/u.test(word)) {
		found.push({ kind: 'handle', ...at(text, folded.indexOf(word), word.length), apps: [] });
	}
	return found.sort((a, b) => a.start - b.start);
}

function isPhone(written: string, before: string, after: string): boolean {
	const digits = written.replace(/\D/g, '').length;
	const international = /^(?:(?:tel|callto|sms):)?\s*(?:\(\s?\+|\+|00)/i.test(written);
	const dialled = /^(?:tel|callto|sms):/i.test(written);
	if (digits < 5 || digits > 15 || (international && digits < 7)) return false;
	// Dates (2024-05-01, 01.05.2024) and amounts (1234.50) are not numbers to call.
	if (
		/^\d{4}([-./])\d{1,2}\1\d{1,2}(?!\d)|^\d{1,2}([-./])\d{1,2}\2\d{4}$|^\d+\.\d{1,2}$|^(?:19|20)\d\d-(?:19|20)\d\d$/.test(
			written,
		)
	)
		return false;
	// A number pasted on its own is one to call, however short (95188).
	if (dialled || international || (!before.trim() && !after.trim())) return true;
	if (NOT_PHONE_WORDS.test(before) || UNIT_AFTER.test(after)) return false;
	return digits >= 7 || PHONE_WORDS.test(before);
}
