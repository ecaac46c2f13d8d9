import { describe, expect, test } from 'vitest';
import {
	isStaffMode,
	readStaffSwitch,
	toStoredStaffMode,
	withoutStaffSwitch,
} from '../../src/lib/staff-mode';

describe('readStaffSwitch', () => {
	test.each([
		['?staff=on', true],
		['?staff=off', false],
		['?q=pay&staff=on', true],
		['?staff=ON', true],
		['?staff=%20off%20', false],
		['', undefined],
		['?q=staff', undefined],
		['?staff', undefined],
		['?staff=', undefined],
		['?staff=yes', undefined],
		['?staff=1', undefined],
	])('%s asks %s', (search, expected) => {
		expect(readStaffSwitch(search)).toBe(expected);
	});
});

describe('isStaffMode', () => {
	test.each([
		[undefined, null, false],
		[undefined, 'on', true],
		[undefined, 'off', false],
		[undefined, 'true', false],
		[true, null, true],
		[false, 'on', false],
	])('asked %s, stored %s: %s', (requested, stored, expected) => {
		expect(isStaffMode(requested, stored)).toBe(expected);
	});

	test('what a switch stores reads back as the same mode', () => {
		for (const on of [true, false]) expect(isStaffMode(undefined, toStoredStaffMode(on))).toBe(on);
	});
});

describe('withoutStaffSwitch', () => {
	test.each([
		['https://x.example/en/articles/a/?staff=on', 'https://x.example/en/articles/a/'],
		['https://x.example/en/articles/a/?staff=off#steps', 'https://x.example/en/articles/a/#steps'],
		['https://x.example/en/search/?q=pay&staff=on', 'https://x.example/en/search/?q=pay'],
		[
			'https://x.example/zh-cn/articles/a/#%E6%AD%A5%E9%AA%A4',
			'https://x.example/zh-cn/articles/a/#%E6%AD%A5%E9%AA%A4',
		],
	])('%s → %s', (href, expected) => {
		expect(withoutStaffSwitch(href)).toBe(expected);
	});
});
