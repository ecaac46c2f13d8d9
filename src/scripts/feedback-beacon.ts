import { toZeroResultsEvent, type FeedbackEvent } from '../lib/feedback';

/** How long a query must stay unchanged before a "no results" is reported: one report per typed query. */
const SETTLE_MS = 1500;

/** Returns the feedback endpoint the page was built with (`<html data-feedback-endpoint>`), if any. */
export function getFeedbackEndpoint(): string | undefined {
	return document.documentElement.dataset['feedbackEndpoint'] || undefined;
}

/**
 * Sends one anonymous event with `navigator.sendBeacon` (no cookies are set, no reply is read).
 * Returns false, without any request, when the site was built without an endpoint.
 */
export function sendFeedback(event: FeedbackEvent): boolean {
	const endpoint = getFeedbackEndpoint();
	if (!endpoint || typeof navigator.sendBeacon !== 'function') return false;
	return navigator.sendBeacon(endpoint, JSON.stringify(event));
}

const reported = new Set<string>();

/** Reports a search with no results, once per query and page; returns whether a report was sent. */
export function reportZeroResults(query: string, locale: string): boolean {
	const event = toZeroResultsEvent(query, locale);
	if (!event || reported.has(`${locale}\n${event.query}`)) return false;
	reported.add(`${locale}\n${event.query}`);
	return sendFeedback(event);
}

let pending: ReturnType<typeof setTimeout> | undefined;

/**
 * Call after every search: a query with no results is reported once it has stayed on screen for
 * 1.5 s, so the prefixes of a query being typed are never sent. The page's locale comes from its URL.
 */
export function watchZeroResults(query: string, count: number): void {
	clearTimeout(pending);
	if (count > 0 || !query.trim() || !getFeedbackEndpoint()) return;
	const locale = location.pathname.split('/')[1] ?? '';
	pending = setTimeout(() => reportZeroResults(query, locale), SETTLE_MS);
}
