/**
 * Times of service notices: reading a time as written (always with its UTC offset), and whether a
 * notice is scheduled, active or expired at a given moment. Pure and free of imports, so the
 * browser script that hides expired notices (src/scripts/notices.ts) shares it with the build.
 */

/** A notice's time as written in its file, and the moment it names. */
export interface NoticeTime {
	/** The text as written, e.g. `2026-11-20T09:00+08:00`. */
	readonly written: string;
	/** Milliseconds since 1970-01-01T00:00Z. */
	readonly epochMs: number;
	/** The written UTC offset in minutes, e.g. 480 for `+08:00`, 0 for `Z`. */
	readonly offsetMinutes: number;
}

/** When a notice shows: from `start` (included) until `end` (excluded), in ms since the epoch. */
export interface NoticeWindow {
	readonly start: number;
	readonly end: number;
}

export type NoticeState = 'scheduled' | 'active' | 'expired';

/** `YYYY-MM-DD`, `T` or one space, `HH:MM`, optional `:SS`, then `Z` or `±HH:MM`. */
const WITH_ZONE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;
/** The same without a zone: what a writer most often forgets. */
const WITHOUT_ZONE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/;

/** Returns why a written time is refused, or the time it names. */
export function parseNoticeTime(text: string): NoticeTime | { readonly problem: string } {
	const written = text.trim();
	const match = WITH_ZONE.exec(written);
	if (!match) {
		return {
			problem: WITHOUT_ZONE.test(written)
				? `"${written}" has no time zone; add its UTC offset, e.g. "2026-11-20T09:00+08:00" (Beijing time) or "2026-11-20T01:00Z" (UTC)`
				: `"${written}" is not a time; write it as YYYY-MM-DDTHH:MM with its UTC offset, e.g. "2026-11-20T09:00+08:00"`,
		};
	}
	const [, y, mo, d, h, mi, s = '00', zone] = match as unknown as [
		string,
		string,
		string,
		string,
		string,
		string,
		string | undefined,
		string,
	];
	const offsetMinutes =
		zone === 'Z'
			? 0
			: (zone.startsWith('-') ? -1 : 1) *
				(Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
	const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
	const check = new Date(local);
	// Date.UTC rolls 2026-02-30 over to March and 24:00 over to the next day; a notice means what it says.
	const exists =
		check.getUTCFullYear() === Number(y) &&
		check.getUTCMonth() === Number(mo) - 1 &&
		check.getUTCDate() === Number(d) &&
		check.getUTCHours() === Number(h) &&
		check.getUTCMinutes() === Number(mi) &&
		check.getUTCSeconds() === Number(s);
	if (!exists) return { problem: `"${written}" is not a time of the calendar` };
	if (Math.abs(offsetMinutes) > 14 * 60 || Number(zone.slice(4, 6)) > 59) {
		return { problem: `"${written}" has an offset no time zone uses (from -14:00 to +14:00)` };
	}
	return { written, epochMs: local - offsetMinutes * 60_000, offsetMinutes };
}

/**
 * Returns a notice's state at `now`: scheduled before its start, active from its start until its
 * end, expired from its end on.
 * @example getNoticeState({ start: 10, end: 20 }, 20) // 'expired'
 */
export function getNoticeState(window: NoticeWindow, now: number): NoticeState {
	if (now < window.start) return 'scheduled';
	return now < window.end ? 'active' : 'expired';
}

/** Returns the next moment after `now` at which one of the notices starts or ends, if any. */
export function getNextChange(windows: Iterable<NoticeWindow>, now: number): number | undefined {
	let next: number | undefined;
	for (const { start, end } of windows) {
		for (const moment of [start, end]) {
			if (moment > now && (next === undefined || moment < next)) next = moment;
		}
	}
	return next;
}
