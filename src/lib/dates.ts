/** Returns a date formatted for readers of `lang`, e.g. "2026年11月20日" or "November 20, 2026". */
export function formatUpdatedDate(date: Date, lang: string): string {
	return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Returns the YYYY-MM-DD form used in `<time datetime>` and structured data. */
export function toIsoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * Returns whether the text is a day that exists, written as YYYY-MM-DD. `Date` would silently
 * roll a day that does not exist over into the next month.
 * @example isCalendarDate('2026-02-28') // true
 * @example isCalendarDate('2026-02-30') // false
 */
export function isCalendarDate(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
	return !Number.isNaN(date.getTime()) && toIsoDate(date) === text;
}
