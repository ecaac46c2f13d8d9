/**
 * "Is this contact official?": classifies what a reader pastes and compares it with the official
 * index built from content/channels.yaml. Ships to the browser, so it stays dependency-free.
 */

import { decodePunycode, isOneEditAway, skeleton } from './lookalike';
import { fillTemplate, joinText } from './ui-text';

/** Overall answer shown to the reader. */
export const contactVerdicts = ['official', 'unofficial', 'lookalike', 'invalid', 'empty'] as const;
export type ContactVerdict = (typeof contactVerdicts)[number];

/** Why the verdict was reached; the UI maps each code to a localized sentence. */
export const contactReasons = [
	'empty',
	'too-long',
	'unrecognized',
	'invalid-phone',
	'official-phone',
	'official-email',
	'official-url',
	'official-site',
	'official-handle',
	'insecure-scheme',
	'hidden-host',
	'homograph',
	'lookalike-domain',
	'lookalike-address',
	'lookalike-handle',
	'similar-phone',
	'unlisted-address',
	'unknown-phone',
	'unknown-email',
	'unknown-url',
	'unknown-handle',
] as const;
export type ContactReason = (typeof contactReasons)[number];

export type ContactInputKind = 'phone' | 'email' | 'url' | 'handle' | 'empty' | 'invalid';

/** Official contact details as plain JSON data, built at build time by `buildOfficialIndex`. */
export interface OfficialIndex {
	/** Lowercase brand labels that impostors borrow, e.g. `okpay`. */
	readonly brands: readonly string[];
	/** Official web and mail hosts, lowercase, without `www.`. */
	readonly hosts: readonly string[];
	/** `e164`: digits of the E.164 number without `+`; `national`: national significant number. */
	readonly phones: readonly {
		readonly id: string;
		readonly e164: string;
		readonly national: string;
	}[];
	/** Lowercase email addresses. */
	readonly emails: readonly { readonly id: string; readonly address: string }[];
	/** Web addresses: host lowercase without `www.`, path without trailing slash. */
	readonly urls: readonly {
		readonly id: string;
		readonly scheme: string;
		readonly host: string;
		readonly path: string;
	}[];
	/** Social accounts: handle lowercase without `@`, and the platform host of the profile URL. */
	readonly handles: readonly {
		readonly id: string;
		readonly handle: string;
		readonly host: string;
	}[];
}

export interface ClassifiedContact {
	readonly kind: ContactInputKind;
	/** Phone `+8613800138000` or national digits, lowercase email, `scheme://host/path`, handle. */
	readonly normalized: string;
}

export interface ContactCheckResult {
	readonly verdict: ContactVerdict;
	readonly reason: ContactReason;
	/** The official channel the input is, or imitates. */
	readonly channelId?: string;
}

/** Longest input worth checking; longer pastes are rejected before any parsing. */
export const MAX_CONTACT_INPUT = 500;

/** A URL split into the parts the checker compares. */
export interface ContactUrl {
	/** `https`, `http`, another scheme, or `''` when none was written. */
	readonly scheme: string;
	/** Text before an `@` in the authority (a classic trick: `https://okpay.com@evil.example`). */
	readonly userinfo: string;
	/** Lowercase host without `www.`, port or trailing dot; punycode labels decoded. */
	readonly host: string;
	/** Path without query, fragment or trailing slash; `''` for the root. */
	readonly path: string;
}

const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

function clean(input: string): string {
	return input
		.normalize('NFKC')
		.replace(INVISIBLE, '')
		.replace(/[\u2010-\u2015\u2212\uFE58\uFE63]/g, '-')
		.replace(/[\u3002\uFF61]/g, '.')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Drops what surrounds a pasted detail: quotes, angle brackets, sentence punctuation. */
function unwrap(text: string): string {
	return text.replace(/^[<"'“‘「『]+/, '').replace(/[>"'”’」』.,;!?]+$/, '');
}

/**
 * Returns the parts of a web address, or undefined when the text is not one.
 * @example parseContactUrl('HTTPS://www.Help.OKPay.example.com/chat/?x=1')
 * // { scheme: 'https', userinfo: '', host: 'help.okpay.example.com', path: '/chat' }
 */
export function parseContactUrl(text: string): ContactUrl | undefined {
	const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?([^\s/?#\\]+)([^\s?#]*)/i.exec(text);
	if (!match) return undefined;
	const [, scheme = '', authority = '', path = ''] = match;
	const at = authority.lastIndexOf('@');
	const hostPort = authority.slice(at + 1);
	const host = hostPort
		.replace(/:\d*$/, '')
		.toLowerCase()
		.replace(/\.$/, '')
		.replace(/^www\./, '')
		.split('.')
		.map((label) => (label.startsWith('xn--') ? (decodePunycode(label.slice(4)) ?? label) : label))
		.join('.');
	if (!host.includes('.') || /^[.-]|\.\.|[.-]$/.test(host)) return undefined;
	return {
		scheme: scheme.toLowerCase(),
		userinfo: at < 0 ? '' : authority.slice(0, at),
		host,
		path: path.replace(/\/+$/, ''),
	};
}

/**
 * Returns the kind of contact detail the text is and its normalized form.
 * @example classifyContactInput('＋８６ 138-0013-8000')
 * // { kind: 'phone', normalized: '+8613800138000' }
 */
export function classifyContactInput(input: string): ClassifiedContact {
	return classify(input).contact;
}

function classify(input: string): { contact: ClassifiedContact; reason?: ContactReason } {
	const invalid = (reason: ContactReason) => ({
		contact: { kind: 'invalid' as const, normalized: '' },
		reason,
	});
	if (input.length > MAX_CONTACT_INPUT) return invalid('too-long');
	const cleaned = clean(input);
	if (!cleaned) return { contact: { kind: 'empty', normalized: '' } };
	const text = unwrap(cleaned);
	const lower = text.toLowerCase();
	if (lower.startsWith('mailto:')) return classifyEmail(text.slice(7).split('?')[0] ?? '');
	const tel = /^(?:tel|callto|sms):/i.exec(text);
	if (tel || /^\+?[\d\s\-.()/]+$/.test(text)) {
		const phone = normalizePhone(text.slice(tel?.[0].length ?? 0));
		return phone ? { contact: { kind: 'phone', normalized: phone } } : invalid('invalid-phone');
	}
	if (/^[a-z][a-z0-9+.-]*:\/\//.test(lower) || lower.startsWith('www.')) return classifyUrl(text);
	if (/^[^\s@]+@[^\s@]+$/.test(text)) return classifyEmail(text);
	if (/^[^\s@/:]+\.[\p{L}-]{2,}(?::\d+)?(?:[/?#]\S*)?$/u.test(text)) return classifyUrl(text);
	if (/^@?[\p{L}\p{N}_.]{1,50}$/u.test(text) && /\p{L}/u.test(text)) {
		return { contact: { kind: 'handle', normalized: lower.replace(/^@/, '') } };
	}
	return invalid('unrecognized');
}

function normalizePhone(text: string): string | undefined {
	// "+86 (0)10 …": the bracketed trunk 0 is not dialled from abroad.
	const written = text.trim().replace(/^(\+\d{1,3})\s*\(0\)/, '$1');
	const digits = written.replace(/\D/g, '');
	const international = written.startsWith('+')
		? digits
		: digits.startsWith('00')
			? digits.slice(2)
			: '';
	if (international)
		return international.length >= 7 && international.length <= 15
			? `+${international}`
			: undefined;
	return digits.length >= 5 && digits.length <= 15 ? digits : undefined;
}

function classifyEmail(text: string) {
	const [local = '', domain = '', ...rest] = text.toLowerCase().split('@');
	const url = parseContactUrl(domain);
	if (rest.length > 0 || !local || !url || url.path || url.userinfo || url.scheme) {
		return {
			contact: { kind: 'invalid' as const, normalized: '' },
			reason: 'unrecognized' as const,
		};
	}
	return { contact: { kind: 'email' as const, normalized: `${local}@${url.host}` } };
}

function classifyUrl(text: string) {
	const url = parseContactUrl(text);
	if (!url || !['', 'http', 'https'].includes(url.scheme)) {
		return {
			contact: { kind: 'invalid' as const, normalized: '' },
			reason: 'unrecognized' as const,
		};
	}
	const prefix = url.scheme ? `${url.scheme}://` : '';
	return { contact: { kind: 'url' as const, normalized: `${prefix}${url.host}${url.path}` } };
}

/**
 * Returns whether the input is an official contact, an impostor, or neither, with a reason code.
 * @example checkContact('HTTP://help.okpay.example.com/chat', index)
 * // { verdict: 'unofficial', reason: 'insecure-scheme', channelId: 'live-chat' }
 */
export function checkContact(input: string, index: OfficialIndex): ContactCheckResult {
	const { contact, reason } = classify(input);
	switch (contact.kind) {
		case 'empty':
			return { verdict: 'empty', reason: 'empty' };
		case 'invalid':
			return { verdict: 'invalid', reason: reason ?? 'unrecognized' };
		case 'phone':
			return checkPhone(contact.normalized, index);
		case 'email':
			return checkEmail(contact.normalized, index);
		case 'handle':
			return checkHandle(contact.normalized, index, 'official-handle', 'unknown-handle');
		case 'url':
			return checkUrl(parseContactUrl(unwrap(clean(input))), index);
	}
}

const result = (
	verdict: ContactVerdict,
	reason: ContactReason,
	channelId?: string,
): ContactCheckResult =>
	channelId === undefined ? { verdict, reason } : { verdict, reason, channelId };

function checkPhone(normalized: string, index: OfficialIndex): ContactCheckResult {
	const digits = normalized.replace(/^\+/, '');
	// Without "+" the reader may have typed a trunk 0 (010…), a NANP 1, or the country code.
	const candidates = normalized.startsWith('+') ? [digits] : [digits, digits.replace(/^0+/, '')];
	const official = (p: OfficialIndex['phones'][number], same: (a: string, b: string) => boolean) =>
		candidates.some((c) => same(c, p.e164) || (!normalized.startsWith('+') && same(c, p.national)));
	const exact = index.phones.find((p) => official(p, (a, b) => a === b));
	if (exact) return result('official', 'official-phone', exact.id);
	const similar = index.phones.find((p) =>
		official(p, (a, b) => a.length >= 7 && isOneEditAway(a, b)),
	);
	if (similar) return result('lookalike', 'similar-phone', similar.id);
	return result('unofficial', 'unknown-phone');
}

function checkEmail(address: string, index: OfficialIndex): ContactCheckResult {
	const exact = index.emails.find((e) => e.address === address);
	if (exact) return result('official', 'official-email', exact.id);
	const [local = '', host = ''] = address.split('@');
	if (index.hosts.includes(host)) return result('unofficial', 'unlisted-address');
	const hostVerdict = checkLookalikeHost(host, index);
	if (hostVerdict) return hostVerdict;
	if (containsBrand(local, index)) return result('lookalike', 'lookalike-address');
	return result('unofficial', 'unknown-email');
}

function checkHandle(
	handle: string,
	index: OfficialIndex,
	found: ContactReason,
	unknown: ContactReason,
	host?: string,
) {
	const candidates = index.handles.filter((h) => host === undefined || h.host === host);
	const exact = candidates.find((h) => h.handle === handle);
	if (exact) return result('official', found, exact.id);
	const similar = candidates.find(
		(h) => skeleton(h.handle) === skeleton(handle) || isOneEditAway(h.handle, handle),
	);
	if (similar)
		return result(
			'lookalike',
			/[^\x00-\x7F]/.test(handle) ? 'homograph' : 'lookalike-handle',
			similar.id,
		);
	if (containsBrand(handle, index)) return result('lookalike', 'lookalike-handle');
	return result('unofficial', unknown);
}

function checkUrl(url: ContactUrl | undefined, index: OfficialIndex): ContactCheckResult {
	if (!url) return result('invalid', 'unrecognized');
	const onHost = (h: { host: string }) => h.host === url.host;
	if (index.hosts.includes(url.host)) {
		const entry = index.urls.find(
			(u) => onHost(u) && (url.path === u.path || url.path.startsWith(`${u.path}/`)),
		);
		if (url.scheme === 'http') return result('unofficial', 'insecure-scheme', entry?.id);
		return entry
			? result('official', 'official-url', entry.id)
			: result('official', 'official-site');
	}
	if (
		url.userinfo &&
		(containsBrand(url.userinfo, index) || index.hosts.some((h) => url.userinfo.includes(h)))
	) {
		return result('lookalike', 'hidden-host');
	}
	if (index.handles.some(onHost)) {
		const segment = decodeSegment(url.path.split('/')[1] ?? '').replace(/^@/, '');
		const verdict = checkHandle(segment, index, 'official-url', 'unknown-url', url.host);
		if (verdict.verdict === 'official' && url.scheme === 'http')
			return result('unofficial', 'insecure-scheme', verdict.channelId);
		return verdict;
	}
	return checkLookalikeHost(url.host, index) ?? result('unofficial', 'unknown-url');
}

function decodeSegment(segment: string): string {
	try {
		return decodeURIComponent(segment).toLowerCase();
	} catch {
		return segment.toLowerCase();
	}
}

function checkLookalikeHost(host: string, index: OfficialIndex): ContactCheckResult | undefined {
	const shape = skeleton(host);
	const imitates = index.hosts.some((h) => skeleton(h) === shape) || containsBrand(host, index);
	if (!imitates) return undefined;
	return result('lookalike', /[^\x00-\x7F]/.test(host) ? 'homograph' : 'lookalike-domain');
}

function containsBrand(text: string, index: OfficialIndex): boolean {
	const shape = skeleton(text);
	const words = shape.split(/[^a-z0-9]+/);
	return index.brands.some(
		(brand) =>
			shape.includes(skeleton(brand)) ||
			(brand.length >= 4 && words.some((w) => isOneEditAway(w, brand))),
	);
}

/** Localized sentences keyed by verdict and reason code; `{channel}` becomes a channel name. */
export type ContactMessages = Partial<Record<ContactVerdict | ContactReason | 'advice', string>>;

/**
 * Returns the sentence shown to the reader: the verdict's message, then the reason's, with
 * `{channel}` filled in (empty when the result names no channel).
 * @example formatContactResult(
 *   { verdict: 'official', reason: 'official-phone', channelId: 'hotline' },
 *   { official: 'Official.', 'official-phone': 'This is our {channel}.' },
 *   { hotline: 'hotline' },
 * ) // 'Official. This is our hotline.'
 */
export function formatContactResult(
	result: ContactCheckResult,
	messages: ContactMessages,
	channelNames: Readonly<Record<string, string>>,
): string {
	const channel = (result.channelId && channelNames[result.channelId]) || '';
	const keys: Array<keyof ContactMessages> =
		result.verdict === result.reason ? [result.verdict] : [result.verdict, result.reason];
	// Anything that is not official gets the safety advice: no codes, no passwords, use this page.
	if (result.verdict === 'unofficial' || result.verdict === 'lookalike') keys.push('advice');
	return joinText(
		keys.flatMap((key) => fillTemplate(messages[key] ?? '', { channel }).trim() || []),
	);
}
