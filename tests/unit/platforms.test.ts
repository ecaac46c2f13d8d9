import { describe, expect, test } from 'vitest';
import {
	choosePlatform,
	detectPlatform,
	isPlatformName,
	platformHeadingId,
	tabIndexForKey,
} from '../../src/lib/platforms';

const UA = {
	iphone:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
	ipadDesktop:
		'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
	android:
		'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
	windows:
		'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
	linux:
		'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
};

describe('detectPlatform', () => {
	test.each([
		['an iPhone', { userAgent: UA.iphone, maxTouchPoints: 5 }, 'ios'],
		[
			'an iPad asking for desktop pages (Macintosh with a touch screen)',
			{ userAgent: UA.ipadDesktop, maxTouchPoints: 5 },
			'ios',
		],
		['a Mac', { userAgent: UA.ipadDesktop, maxTouchPoints: 0 }, 'web'],
		['an Android phone', { userAgent: UA.android, maxTouchPoints: 5 }, 'android'],
		['Windows', { userAgent: UA.windows }, 'web'],
		['Linux', { userAgent: UA.linux }, 'web'],
		['nothing known', {}, 'web'],
	] as const)('%s from the user agent', (_name, hints, expected) => {
		expect(detectPlatform(hints)).toBe(expected);
	});

	test.each([
		['Android', 'android'],
		['iOS', 'ios'],
		['macOS', 'web'],
		['Windows', 'web'],
		['Chrome OS', 'web'],
	] as const)(
		'userAgentData.platform %s wins over the user agent string',
		(uaPlatform, expected) => {
			// Chrome on Android asking for the desktop site sends a Linux user agent but still says Android here.
			expect(detectPlatform({ uaPlatform, userAgent: UA.linux })).toBe(expected);
		},
	);

	test('an empty userAgentData.platform falls back to the user agent', () => {
		expect(detectPlatform({ uaPlatform: '', userAgent: UA.android })).toBe('android');
	});
});

describe('choosePlatform', () => {
	test("the reader's own pick comes first when the group has it", () => {
		expect(choosePlatform(['ios', 'android'], { stored: 'android', detected: 'ios' })).toBe(
			'android',
		);
	});
	test('then the platform the browser runs on', () => {
		expect(choosePlatform(['ios', 'android'], { stored: 'web', detected: 'android' })).toBe(
			'android',
		);
		expect(choosePlatform(['ios', 'android'], { stored: null, detected: 'android' })).toBe(
			'android',
		);
	});
	test("then the group's first platform", () => {
		expect(choosePlatform(['android', 'ios'], { stored: undefined, detected: 'web' })).toBe(
			'android',
		);
	});
	test('a stored value that is no platform (edited by hand, an older version) is ignored', () => {
		expect(choosePlatform(['ios', 'android'], { stored: 'windows-phone', detected: 'ios' })).toBe(
			'ios',
		);
		expect(isPlatformName('windows-phone')).toBe(false);
	});
});

describe('tabIndexForKey (WAI-ARIA tabs, horizontal)', () => {
	test.each([
		['ArrowRight', 0, 1],
		['ArrowRight', 2, 0],
		['ArrowLeft', 1, 0],
		['ArrowLeft', 0, 2],
		['Home', 2, 0],
		['End', 0, 2],
	])('%s from tab %i of 3 goes to tab %i', (key, from, to) => {
		expect(tabIndexForKey(key, from, 3)).toBe(to);
	});

	test.each(['ArrowUp', 'ArrowDown', 'Enter', ' ', 'Tab', 'a'])(
		'%j is left to the browser',
		(key) => {
			expect(tabIndexForKey(key, 0, 3)).toBeUndefined();
		},
	);

	test('no tabs, no move', () => {
		expect(tabIndexForKey('ArrowRight', 0, 0)).toBeUndefined();
	});
});

describe('platformHeadingId', () => {
	test('the section heading id and the platform', () => {
		expect(platformHeadingId('使用官方app并及时更新', 'android', new Set())).toBe(
			'使用官方app并及时更新-android',
		);
	});
	test('platform-<name> without a section heading', () => {
		expect(platformHeadingId(undefined, 'web', new Set())).toBe('platform-web');
	});
	test('a taken id gets a counter', () => {
		expect(platformHeadingId('update', 'ios', new Set(['update-ios', 'update-ios-2']))).toBe(
			'update-ios-3',
		);
	});
});
