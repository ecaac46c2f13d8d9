import { describe, expect, test } from 'vitest';
import { formatUpdatedDate, isCalendarDate, toIsoDate } from '../../src/lib/dates';

describe('formatUpdatedDate', () => {
	test.each([
		['2026-11-20T00:00:00Z', 'zh-CN', '2026年11月20日'],
		['2026-11-20T00:00:00Z', 'en', 'November 20, 2026'],
		['2026-01-05T00:00:00Z', 'en', 'January 5, 2026'],
		['2026-01-05T00:00:00Z', 'zh-CN', '2026年1月5日'],
		// Formatted in UTC: late evening UTC stays on its UTC day whatever the machine's zone.
		['2026-11-20T23:59:59Z', 'en', 'November 20, 2026'],
	])('formatUpdatedDate(%s, %s) → %s', (iso, lang, expected) => {
		expect(formatUpdatedDate(new Date(iso), lang)).toBe(expected);
	});
});

describe('toIsoDate', () => {
	test.each([
		['2026-11-20T00:00:00Z', '2026-11-20'],
		['2026-11-20T23:59:59Z', '2026-11-20'],
		['2024-02-29T12:00:00Z', '2024-02-29'],
		['2026-01-01T00:00:00+08:00', '2025-12-31'],
	])('toIsoDate(%s) → %s', (iso, expected) => {
		expect(toIsoDate(new Date(iso))).toBe(expected);
	});
});

describe('isCalendarDate', () => {
	test.each([
		['2026-02-28', true],
		['2028-02-29', true],
		['2026-12-31', true],
		['2026-02-30', false],
		['2025-02-29', false],
		['2026-04-31', false],
		['2026-13-01', false],
		['2026-00-10', false],
		['2026-01-00', false],
		['2026-1-5', false],
		['2026-02-03T10:00:00Z', false],
		['26/11/2026', false],
		['soon', false],
		['', false],
	])('%s → %s', (text, expected) => {
		expect(isCalendarDate(text)).toBe(expected);
	});
});
