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
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
