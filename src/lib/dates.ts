/** Returns a date formatted for readers of `lang`, e.g. "2026年11月20日" or "November 20, 2026". */
export function formatUpdatedDate(date: Date, lang: string): string {
	return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Returns the YYYY-MM-DD form used in `<time datetime>` and structured data. */
export function toIsoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

export { isCalendarDate } from '../schemas/calendar-date';
