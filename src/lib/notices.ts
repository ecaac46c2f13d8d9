/**
 * Service notices: which ones a page shows, what they name that does not exist, and how their
 * times read. Pure: the build hands in the notices, the content's ids and the build's clock.
 */
import { fromSchemaIssues, type Issue } from './issues';
import { getNoticeState, type NoticeState, type NoticeTime } from '../schemas/notice-time';
import type { NoticeData, NoticeSeverity } from '../schemas/notice';

/** One notice as the build holds it. */
export interface NoticeRecord {
	/** The file name without `.yaml`. */
	readonly id: string;
	readonly filePath: string;
	readonly data: NoticeData;
}

/** Where a page shows notices, and what decides which. */
export type NoticePlace =
	| { readonly kind: 'home' }
	| { readonly kind: 'search' }
	| { readonly kind: 'contact' }
	/** A topic page: notices on the topic or on any of its articles. */
	| { readonly kind: 'category'; readonly category: string; readonly articles: readonly string[] }
	| { readonly kind: 'article'; readonly slug: string; readonly category: string };

/** Severity order on a page: the worst first. */
const RANK: Readonly<Record<NoticeSeverity, number>> = { outage: 0, degraded: 1, info: 2 };

/** Returns the window of a notice in ms since the epoch. */
export const windowOf = (notice: NoticeRecord) => ({
	start: notice.data.start.epochMs,
	end: notice.data.end.epochMs,
});

/** Returns whether a notice concerns a place (before asking whether it is active). */
export function concerns(notice: NoticeRecord, place: NoticePlace): boolean {
	const { affects } = notice.data;
	if (affects === 'all') return true;
	switch (place.kind) {
		case 'home':
		case 'search':
			return true;
		case 'contact':
			return affects.channels.length > 0;
		case 'category':
			return (
				affects.categories.includes(place.category) ||
				affects.articles.some((slug) => place.articles.includes(slug))
			);
		case 'article':
			return affects.articles.includes(place.slug) || affects.categories.includes(place.category);
	}
}

/** A notice a page shows, with its state when the page was built. */
export interface PlacedNotice {
	readonly notice: NoticeRecord;
	/** `active`: in the HTML for every reader; `scheduled`: kept for the browser script to show at its start. */
	readonly state: Exclude<NoticeState, 'expired'>;
}

/**
 * Returns the notices a page shows at `now`, the worst and then the earliest first: active ones,
 * and scheduled ones a browser will show when they start. Expired notices are left out.
 */
export function getNoticesFor(
	notices: readonly NoticeRecord[],
	place: NoticePlace,
	now: number,
): PlacedNotice[] {
	return notices
		.filter((notice) => concerns(notice, place))
		.flatMap((notice) => {
			const state = getNoticeState(windowOf(notice), now);
			return state === 'expired' ? [] : [{ notice, state }];
		})
		.sort(
			(a, b) =>
				RANK[a.notice.data.severity] - RANK[b.notice.data.severity] ||
				a.notice.data.start.epochMs - b.notice.data.start.epochMs ||
				a.notice.id.localeCompare(b.notice.id),
		);
}

/**
 * Returns each notice's state at `now`, as text: part of the build's digest, so a build after a
 * notice started or ended renders the pages again even when no file changed.
 * @example describeNoticeStates(notices, now) // 'chat-outage:expired maintenance:scheduled'
 */
export function describeNoticeStates(
	notices: ReadonlyArray<
		Pick<NoticeRecord, 'id'> & { readonly window: { start: number; end: number } }
	>,
	now: number,
): string {
	return [...notices]
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((n) => `${n.id}:${getNoticeState(n.window, now)}`)
		.join(' ');
}

/** Returns the schema problems of a notice file as issues naming the file and the field. */
export function toNoticeIssues(
	file: string,
	issues: ReadonlyArray<{ readonly path: readonly PropertyKey[]; readonly message: string }>,
): Issue[] {
	return fromSchemaIssues(file, 'notices', issues);
}

/** The ids a notice may name, and where they are defined (for messages). */
export interface KnownIds {
	readonly categories: ReadonlySet<string>;
	/** Slugs of published articles, in any language. */
	readonly articles: ReadonlySet<string>;
	readonly channels: ReadonlySet<string>;
	readonly categoriesFile: string;
	readonly channelsFile: string;
}

/** Returns one problem per id a notice names that the content does not have. */
export function checkNoticeReferences(notices: readonly NoticeRecord[], known: KnownIds): Issue[] {
	const issues: Issue[] = [];
	const list = (ids: ReadonlySet<string>) => [...ids].sort().join(', ') || '(none)';
	for (const notice of notices) {
		const { affects } = notice.data;
		if (affects === 'all') continue;
		for (const id of affects.categories) {
			if (!known.categories.has(id)) {
				issues.push({
					file: notice.filePath,
					field: 'affects.categories',
					rule: 'notices',
					message: `unknown category "${id}"; known categories in ${known.categoriesFile}: ${list(known.categories)}`,
				});
			}
		}
		for (const slug of affects.articles) {
			if (!known.articles.has(slug)) {
				issues.push({
					file: notice.filePath,
					field: 'affects.articles',
					rule: 'notices',
					message: `"${slug}" is not a published article (name it by its file name, e.g. payment-failed)`,
				});
			}
		}
		for (const id of affects.channels) {
			if (!known.channels.has(id)) {
				issues.push({
					file: notice.filePath,
					field: 'affects.channels',
					rule: 'notices',
					message: `unknown channel "${id}"; known channels in ${known.channelsFile}: ${list(known.channels)}`,
				});
			}
		}
	}
	return issues;
}

/**
 * Returns a UTC offset as readers know it: "UTC+8", "UTC−3:30", "UTC" for zero.
 * @example formatOffset(480) // 'UTC+8'
 */
export function formatOffset(minutes: number): string {
	if (minutes === 0) return 'UTC';
	const abs = Math.abs(minutes);
	const mm = abs % 60;
	return `UTC${minutes < 0 ? '−' : '+'}${Math.floor(abs / 60)}${mm ? `:${String(mm).padStart(2, '0')}` : ''}`;
}

/** Returns `±HH:MM` for Intl's `timeZone` option. */
const offsetZone = (minutes: number) => {
	const abs = Math.abs(minutes);
	return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
};

/** A notice's window in readers' words, in the offset the writer used for its start. */
export interface NoticeWhen {
	/** Start date and time, e.g. "2026年11月20日 09:00" or "Nov 20, 2026, 09:00". */
	readonly start: string;
	/** End: only the time when it is on the start's day, else date and time. */
	readonly end: string;
	/** The offset both are shown in, in minutes (the start's). */
	readonly offsetMinutes: number;
}

/**
 * Returns the start and end of a notice for readers of `lang`, both in the start's written offset:
 * one zone for the reader to convert, however the end was written.
 * @example formatNoticeWhen(start, end, 'en') // { start: 'Nov 20, 2026, 09:00', end: '11:30', offsetMinutes: 480 }
 */
export function formatNoticeWhen(start: NoticeTime, end: NoticeTime, lang: string): NoticeWhen {
	const timeZone = offsetZone(start.offsetMinutes);
	const time = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
	const dateTime = new Intl.DateTimeFormat(lang, {
		timeZone,
		year: 'numeric',
		month: 'short',
		day: 'numeric',
		...time,
	});
	const day = new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' });
	const sameDay = day.format(start.epochMs) === day.format(end.epochMs);
	return {
		start: dateTime.format(start.epochMs),
		end: sameDay
			? new Intl.DateTimeFormat(lang, { timeZone, ...time }).format(end.epochMs)
			: dateTime.format(end.epochMs),
		offsetMinutes: start.offsetMinutes,
	};
}
