/**
 * "Is this contact official?": judges every contact detail found in what a reader pasted (see
 * contact-extract.ts) against the official index built from content/channels.yaml, and the whole
 * text by its worst detail. Ships to the browser, so it stays dependency-free.
 */
import {
	findContacts,
	foldWidth,
	hasInvisible,
	stripInvisible,
	type ContactKind,
	type FoundContact,
} from './contact-extract';
import { decodeSegment, parseContactUrl, type ContactUrl } from './contact-url';
import { isOneEditAway, skeleton } from './lookalike';

/** What one detail is, from best to worst; a text is as bad as its worst detail. */
export const itemVerdicts = ['official', 'caution', 'unofficial', 'lookalike'] as const;
export type ItemVerdict = (typeof itemVerdicts)[number];
/** The answer for the whole text: an item verdict, or nothing to judge. */
export const contactVerdicts = [...itemVerdicts, 'invalid', 'empty'] as const;
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
	'subdomain',
	'unusual-url',
	'phone-no-country',
	'handle-platform',
	'mailto-headers',
	'mailto-recipients',
	'handle-elsewhere',
	'broken-url',
	'run-on',
	'invisible',
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

/** Official contact details as plain JSON data, built at build time by `buildOfficialIndex`. */
export interface OfficialIndex {
	/** Lowercase brand labels that impostors borrow, e.g. `okpay`. */
	readonly brands: readonly string[];
	/** Official web and mail hosts, lowercase, exactly as published. */
	readonly hosts: readonly string[];
	/** `e164` without `+`; `national`: national significant number; `shown`: `+1 800 555 0123`. */
	readonly phones: readonly {
		readonly id: string;
		readonly e164: string;
		readonly national: string;
		readonly shown: string;
	}[];
	/** Lowercase email addresses. */
	readonly emails: readonly { readonly id: string; readonly address: string }[];
	/** Web addresses: host lowercase, path without trailing slash. */
	readonly urls: readonly {
		readonly id: string;
		readonly scheme: string;
		readonly host: string;
		readonly path: string;
	}[];
	/** Accounts: handle lowercase without `@`, the host of the profile URL, the platform's name, the handle as published. */
	readonly handles: readonly {
		readonly id: string;
		readonly handle: string;
		readonly host: string;
		readonly platform: string;
		readonly shown: string;
	}[];
}

export interface ContactCheckResult {
	readonly verdict: ContactVerdict;
	readonly reason: ContactReason;
	/** The official channel the detail is, belongs to only in part, or imitates. */
	readonly channelId?: string;
	/** The other app a text puts an official account name on (`handle-elsewhere`). */
	readonly app?: string;
}

/** One detail of the text and what it is. */
export interface CheckedContact extends ContactCheckResult {
	readonly verdict: ItemVerdict;
	readonly kind: ContactKind;
	/** As written in the text. */
	readonly text: string;
}

/** The whole text: its worst detail's verdict and reason, and every detail. */
export interface MessageCheck extends ContactCheckResult {
	readonly items: readonly CheckedContact[];
}

/** Longest text worth checking (a long SMS or chat message); longer pastes are not parsed. */
export const MAX_CONTACT_INPUT = 2000;

type Judgement = ContactCheckResult & { readonly verdict: ItemVerdict };

const result = (verdict: ItemVerdict, reason: ContactReason, channelId?: string): Judgement =>
	channelId === undefined ? { verdict, reason } : { verdict, reason, channelId };
const rank = (verdict: ContactVerdict) => contactVerdicts.indexOf(verdict);
const worse = <T extends ContactCheckResult>(a: T, b: T): T =>
	rank(b.verdict) > rank(a.verdict) ? b : a;

/**
 * Finds every phone number, email, web address and account in the text and judges each one;
 * the text is as official as its worst detail (one unofficial detail makes it suspicious).
 * @example checkMessage('客服 +1 800 555 0123，或登录 https://okpay-help.example.net', index)
 * // { verdict: 'lookalike', reason: 'lookalike-domain', items: [{ kind: 'phone', verdict: 'official', … }, …] }
 */
export function checkMessage(input: string, index: OfficialIndex): MessageCheck {
	if (input.length > MAX_CONTACT_INPUT)
		return { verdict: 'invalid', reason: 'too-long', items: [] };
	if (!stripInvisible(input).trim()) return { verdict: 'empty', reason: 'empty', items: [] };
	const items = findContacts(
		input,
		index.handles.map((h) => h.platform),
	).map((found): CheckedContact => {
		const judgement = judge(found, index);
		// Show a run-on address with what runs into it: that is the address the reader may open.
		const text = judgement.reason === 'run-on' ? found.text + (found.tail ?? '') : found.text;
		return { kind: found.kind, text, ...judgement };
	});
	const [first, ...rest] = items;
	if (!first) {
		const digitsOnly = /^[\d\s+().-]+$/.test(foldWidth(input).trim());
		return { verdict: 'invalid', reason: digitsOnly ? 'invalid-phone' : 'unrecognized', items };
	}
	const { kind: _kind, text: _text, ...worst } = rest.reduce(worse, first);
	return { ...worst, items };
}

/**
 * Returns the verdict for the whole text, without the list of details.
 * @example checkContact('HTTP://help.okpay.example.com/chat', index)
 * // { verdict: 'caution', reason: 'insecure-scheme', channelId: 'live-chat' }
 */
export function checkContact(input: string, index: OfficialIndex): ContactCheckResult {
	const { items: _items, ...overall } = checkMessage(input, index);
	return overall;
}

function judge(found: FoundContact, index: OfficialIndex): Judgement {
	// Invisible characters are a disguise: never official, whatever the rest reads as.
	if (hasInvisible(found.text)) {
		const plain = judge({ ...found, text: stripInvisible(found.text) }, index);
		return result('lookalike', 'invisible', plain.channelId);
	}
	switch (found.kind) {
		case 'url':
			return checkWrittenUrl(found.text, found.tail ?? '', index);
		case 'email':
			return checkEmail(foldWidth(found.text), index);
		case 'handle':
			return checkHandle(found, index);
		case 'phone':
			return checkPhone(found.text, index);
	}
}

/**
 * An address that ends in its host name, with text glued to it: an app making a link may take
 * that text in (an @, more labels). If that link leads to someone else, it is not ours as written.
 */
function checkWrittenUrl(text: string, tail: string, index: OfficialIndex): Judgement {
	const own = checkUrl(text, index);
	const endsInHost = !/[/?#\\]/.test(text.replace(/^[a-z][a-z0-9+.-]*:[/\\]*/i, ''));
	const mayRunOn = endsInHost && /[@＠]|[.。．｡][^.。．｡]+[.。．｡][^.。．｡]/.test(tail);
	if (!mayRunOn || /^mailto:/i.test(text)) return own;
	// Only a host that can exist counts: its top-level domain is letters ("com、https" is none).
	const gluedHost = parseContactUrl(text + tail)?.host ?? '';
	if (!/\.\p{L}{2,}$/u.test(gluedHost) || gluedHost === parseContactUrl(text)?.host) return own;
	const glued = checkUrl(text + tail, index);
	const elsewhere = glued.verdict === 'unofficial' || glued.verdict === 'lookalike';
	return elsewhere && rank(glued.verdict) > rank(own.verdict)
		? { ...glued, reason: 'run-on' }
		: own;
}

function checkPhone(text: string, index: OfficialIndex): Judgement {
	const plain = foldWidth(text).replace(/^(?:tel|callto|sms):/i, '');
	const dialled = plain.replace(/[OoОоΟο]/g, '0').replace(/[lIіӏ|]/g, '1');
	const judgement = checkDigits(dialled, index);
	// Letters dressed up as digits: never our number, an imitation of it if it reads like it.
	if (dialled === plain) return judgement;
	return judgement.verdict === 'unofficial'
		? judgement
		: result('lookalike', 'similar-phone', judgement.channelId);
}

function checkDigits(text: string, index: OfficialIndex): Judgement {
	const written = text
		.trim()
		.replace(/^\(\s*\+\s*(\d{1,3})\s*\)/, '+$1')
		// "+86 (0)10 …": the bracketed trunk 0 is not dialled from abroad.
		.replace(/^(\+\s*\d{1,3})\s*\(0\)/, '$1');
	const digits = written.replace(/\D/g, '');
	const international = written.startsWith('+')
		? digits
		: digits.startsWith('00')
			? digits.slice(2)
			: undefined;
	if (international !== undefined) {
		const exact = index.phones.find((p) => p.e164 === international);
		if (exact) return result('official', 'official-phone', exact.id);
		// One digit off, or our national digits behind another country code.
		const similar = index.phones.find(
			(p) =>
				isOneEditAway(international, p.e164) ||
				(p.national.length >= 6 && international.endsWith(p.national)),
		);
		return similar
			? result('lookalike', 'similar-phone', similar.id)
			: result('unofficial', 'unknown-phone');
	}
	// No country code: the same digits reach us only from inside the country (a trunk 0 or
	// NANP 1 may be written); from anywhere else they ring someone else.
	const candidates = [digits, digits.replace(/^0+/, '')];
	const national = index.phones.find((p) =>
		candidates.some((c) => c === p.e164 || c === p.national),
	);
	if (national) return result('caution', 'phone-no-country', national.id);
	const similar = index.phones.find((p) =>
		candidates.some(
			(c) => c.length >= 7 && (isOneEditAway(c, p.e164) || isOneEditAway(c, p.national)),
		),
	);
	return similar
		? result('lookalike', 'similar-phone', similar.id)
		: result('unofficial', 'unknown-phone');
}

function checkEmail(address: string, index: OfficialIndex): Judgement {
	const [local = '', domain = '', ...rest] = address.toLowerCase().split('@');
	// A domain is a host name and nothing else: "okpay.example.com/" is no address to write to.
	const plain = /^[\p{L}\p{N}\p{M}_-]+(?:[.。．｡][\p{L}\p{N}\p{M}_-]+)+$/u.test(domain);
	const host = plain ? parseContactUrl(domain)?.host : undefined;
	if (rest.length > 0 || !local || !host) return result('unofficial', 'unknown-email');
	const exact = index.emails.find((e) => e.address === `${local}@${host}`);
	if (exact) return result('official', 'official-email', exact.id);
	const imitation = imitatesHost(host, index);
	if (imitation) return imitation;
	if (ownHost(host, index)) return result('unofficial', 'unlisted-address');
	if (containsBrand(local, index)) return result('lookalike', 'lookalike-address');
	return result('unofficial', 'unknown-email');
}

function checkMailto(url: ContactUrl, index: OfficialIndex): Judgement {
	const recipients = url.path ? [decodeSegment(url.path)] : [];
	const headers: string[] = [];
	for (const [key, value] of new URLSearchParams(url.query)) {
		if (['to', 'cc', 'bcc'].includes(key.toLowerCase())) recipients.push(value);
		else headers.push(key);
	}
	// An empty recipient (",support@…") is one more than the address we publish.
	const addresses = recipients.flatMap((r) => r.split(',')).map((r) => r.trim());
	const [first, ...others] = addresses.map((a) => checkEmail(foldWidth(a), index));
	if (!first) return result('unofficial', 'unknown-email');
	const official = [first, ...others].find((c) => c.verdict === 'official');
	// Our address in a link that also writes to others, or fills in someone else's text, is
	// not the channel as we publish it.
	if (official && others.length > 0)
		return result('unofficial', 'mailto-recipients', official.channelId);
	if (official && headers.length > 0)
		return result('caution', 'mailto-headers', official.channelId);
	return others.reduce(worse, first);
}

function checkUrl(text: string, index: OfficialIndex): Judgement {
	const url = parseContactUrl(text);
	if (!url) return result('unofficial', 'broken-url');
	if (url.scheme === 'mailto') return checkMailto(url, index);
	if (!['', 'http', 'https'].includes(url.scheme)) return result('unofficial', 'unknown-url');
	const own = ownHost(url.host, index);
	if (own) {
		const imitation = own === 'below' ? imitatesHost(url.host, index) : undefined;
		if (imitation) return imitation;
		const entry = index.urls.find(
			(u) => u.host === url.host && (url.path === u.path || url.path.startsWith(`${u.path}/`)),
		);
		return asPublished(
			url,
			own === 'below'
				? result('caution', 'subdomain')
				: entry
					? result('official', 'official-url', entry.id)
					: result('official', 'official-site'),
			text,
		);
	}
	if (
		url.userinfo &&
		(containsBrand(url.userinfo, index) ||
			index.hosts.some((h) => url.userinfo.toLowerCase().includes(h)))
	) {
		return result('lookalike', 'hidden-host');
	}
	const profiles = index.handles.filter((h) => h.host === url.host);
	if (profiles.length > 0) {
		// The first segment of the path the browser resolved: /@OKPaySupport/%2e%2e/@x is /@x.
		const name = decodeSegment(url.path.split('/')[1] ?? '').replace(/^@/, '');
		const verdict = checkHandleName(name, profiles, index, 'unknown-url');
		return verdict.verdict === 'official'
			? asPublished(url, result('official', 'official-url', verdict.channelId), text)
			: verdict;
	}
	return imitatesHost(url.host, index) ?? result('unofficial', 'unknown-url');
}

/**
 * An official address written otherwise than we publish it: http://, a user name, a port, or a
 * backslash (a browser reads it as a slash, other apps may read `\\@host` as another host).
 */
function asPublished(url: ContactUrl, verdict: Judgement, written: string): Judgement {
	if (verdict.verdict !== 'official') return verdict;
	if (url.userinfo || url.port || written.includes('\\'))
		return result('caution', 'unusual-url', verdict.channelId);
	if (url.scheme === 'http') return result('caution', 'insecure-scheme', verdict.channelId);
	return verdict;
}

function checkHandle(found: FoundContact, index: OfficialIndex): Judgement {
	const name = foldWidth(found.text).toLowerCase().split('@').find(Boolean) ?? '';
	const byName = checkHandleName(name, index.handles, index, 'unknown-handle');
	const entry = index.handles.find((h) => h.id === byName.channelId);
	if (byName.verdict !== 'official' || !entry) return byName;
	// A name is ours only on its platform: what app does the text put it on?
	const squash = (app: string) => app.toLowerCase().replace(/\s+/g, '');
	const apps = found.server
		? [parseContactUrl(found.server)?.host ?? found.server]
		: (found.apps ?? []);
	const ours = (app: string) => squash(app) === squash(entry.platform) || app === entry.host;
	const elsewhere = apps.find((app) => !ours(app));
	if (apps.some(ours) && !elsewhere) return result('official', 'official-handle', entry.id);
	if (elsewhere && !apps.some(ours))
		return { ...result('unofficial', 'handle-elsewhere', entry.id), app: elsewhere };
	return result('caution', 'handle-platform', entry.id);
}

function checkHandleName(
	name: string,
	candidates: OfficialIndex['handles'],
	index: OfficialIndex,
	unknown: ContactReason,
): Judgement {
	const exact = candidates.find((h) => h.handle === name);
	if (exact) return result('official', 'official-handle', exact.id);
	const similar = candidates.find(
		(h) => skeleton(h.handle) === skeleton(name) || isOneEditAway(h.handle, name),
	);
	if (similar)
		return result(
			'lookalike',
			/[^\x00-\x7F]/.test(name) ? 'homograph' : 'lookalike-handle',
			similar.id,
		);
	if (containsBrand(name, index)) return result('lookalike', 'lookalike-handle');
	return result('unofficial', unknown);
}

/** `exact` for an official host, `below` for a name under one (www. included), else undefined. */
function ownHost(host: string, index: OfficialIndex): 'exact' | 'below' | undefined {
	if (index.hosts.includes(host)) return 'exact';
	return index.hosts.some((h) => host.endsWith(`.${h}`)) ? 'below' : undefined;
}

/** A host that reads like an official one without being it: look-alike letters, the brand. */
function imitatesHost(host: string, index: OfficialIndex): Judgement | undefined {
	const reason = /[^\x00-\x7F]/.test(host) ? 'homograph' : 'lookalike-domain';
	if (index.hosts.includes(host)) return undefined;
	if (ownHost(host, index)) {
		// Under our domain, only look-alike letters imitate: һelp.okpay…, he1p.okpay….
		const shape = skeleton(host);
		return reason === 'homograph' || index.hosts.some((h) => skeleton(h) === shape)
			? result('lookalike', reason)
			: undefined;
	}
	const shape = skeleton(host);
	const imitates =
		index.hosts.some((h) => shape === skeleton(h) || shape.endsWith(`.${skeleton(h)}`)) ||
		containsBrand(host, index);
	return imitates ? result('lookalike', reason) : undefined;
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
