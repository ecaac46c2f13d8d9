/**
 * Finds literal contact details in article sources. Only content/channels.yaml may publish them;
 * articles name a channel with `<Channel id="…" />` instead.
 */
import { findPhoneNumbers, normalizeDigits } from './phone';

export type ContactFindingKind = 'phone' | 'email' | 'link';

/** One contact detail written in a file. */
export interface ContactFinding {
	/** 1-based line, counted from the top of the file (frontmatter included). */
	readonly line: number;
	/** 1-based column of the first character. */
	readonly column: number;
	readonly kind: ContactFindingKind;
	/** The detail as written. */
	readonly text: string;
}

// The components that render registry channels carry ids, not contact details.
const CHANNEL_TAG = /<\/?Channel(?:List)?\b[^>]*>/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const IMAGE_SUFFIX = /\.(?:png|jpe?g|gif|svg|webp|avif)$/i;
const URL_TAIL = '[^\\s"\'<>()[\\]{}`]';
const LINK = new RegExp(
	[
		`\\b(?:tel|mailto|sms|callto|whatsapp|weixin|wechat):${URL_TAIL}+`,
		`(?:\\bhttps?://)?(?<![\\w.-])(?:wa|t|telegram)\\.me/${URL_TAIL}*`,
		`(?:\\bhttps?://)?(?<![\\w.-])api\\.whatsapp\\.com/send${URL_TAIL}*`,
	].join('|'),
	'gi',
);

/**
 * Returns every phone number, email address and messaging/contact link written in an MDX source.
 * @example scanForContactDetails('---\ntitle: x\n---\n致电 400-820-8820')
 * // [{ line: 4, column: 4, kind: 'phone', text: '400-820-8820' }]
 */
export function scanForContactDetails(source: string): ContactFinding[] {
	// Blanking keeps every offset, so positions found in `text` are positions in `source`.
	const text = normalizeDigits(source).replace(CHANNEL_TAG, (tag) => tag.replace(/[^\n]/g, ' '));
	const spans: { start: number; end: number; kind: ContactFindingKind }[] = [];
	const overlaps = (start: number, end: number) =>
		spans.some((s) => start < s.end && end > s.start);
	for (const match of text.matchAll(LINK)) {
		spans.push({ start: match.index, end: match.index + match[0].length, kind: 'link' });
	}
	for (const match of text.matchAll(EMAIL)) {
		const end = match.index + match[0].length;
		if (IMAGE_SUFFIX.test(match[0]) || overlaps(match.index, end)) continue;
		spans.push({ start: match.index, end, kind: 'email' });
	}
	for (const phone of findPhoneNumbers(text)) {
		if (!overlaps(phone.start, phone.end))
			spans.push({ start: phone.start, end: phone.end, kind: 'phone' });
	}
	const lineStarts = [0, ...[...source.matchAll(/\n/g)].map((m) => m.index + 1)];
	return spans
		.sort((a, b) => a.start - b.start)
		.map(({ start, end, kind }) => {
			const line = lineStarts.findLastIndex((lineStart) => lineStart <= start);
			return {
				line: line + 1,
				column: start - (lineStarts[line] ?? 0) + 1,
				kind,
				text: source.slice(start, end),
			};
		});
}
