/**
 * Reader feedback events ("Was this helpful?" votes, searches with no results): their shape,
 * limits and privacy rules. Shared by the build (endpoint setting) and the browser scripts.
 */

/** Longest comment sent with a "no" vote; the textarea has the same limit. */
export const COMMENT_MAX_LENGTH = 500;
/** Longest search query reported. */
export const QUERY_MAX_LENGTH = 200;

export interface VoteEvent {
	readonly type: 'vote';
	readonly article: string;
	readonly locale: string;
	readonly helpful: boolean;
	readonly comment?: string;
}

export interface ZeroResultsEvent {
	readonly type: 'zero-results';
	readonly query: string;
	readonly locale: string;
}

export type FeedbackEvent = VoteEvent | ZeroResultsEvent;

/**
 * Returns text with e-mail addresses and long digit runs (phone, card, order numbers) masked,
 * so free text a reader types never carries contact or account details.
 * @example redactPersonalData('call 138 0013 8000') // 'call [number]'
 */
export function redactPersonalData(text: string): string {
	return text
		.replace(/[^\s@]+@[^\s@]+\.[^\s@]+/g, '[email]')
		.replace(/\+?\d[\d\s().-]{4,}\d/g, (run) =>
			run.replace(/\D/g, '').length >= 6 ? '[number]' : run,
		);
}

const clean = (text: string, max: number) =>
	redactPersonalData(text.replace(/\s+/g, ' ').trim()).slice(0, max);

/** Returns the event for a vote; a comment is kept only on "no", cleaned and capped. */
export function toVoteEvent(input: {
	article: string;
	locale: string;
	helpful: boolean;
	comment?: string;
}): VoteEvent {
	const comment = input.helpful ? '' : clean(input.comment ?? '', COMMENT_MAX_LENGTH);
	const vote = {
		type: 'vote',
		article: input.article,
		locale: input.locale,
		helpful: input.helpful,
	} as const;
	return comment ? { ...vote, comment } : vote;
}

/** Returns the event for a search with no results, or undefined for an empty query. */
export function toZeroResultsEvent(query: string, locale: string): ZeroResultsEvent | undefined {
	const cleaned = clean(query, QUERY_MAX_LENGTH);
	return cleaned ? { type: 'zero-results', query: cleaned, locale } : undefined;
}
