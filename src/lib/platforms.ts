/**
 * Steps per platform (`<Platforms>` / `<Platform name="ios">` in articles): the platform names,
 * which one a reader's browser runs on, which tab a group opens with, and the tab keyboard.
 * Pure and dependency-free: the browser script (src/scripts/platform-tabs.ts) bundles it.
 */

import { PLATFORMS, isPlatformName, type PlatformName } from '../schemas/platform';

export { PLATFORMS, isPlatformName, type PlatformName };

/** localStorage key of the platform the reader last picked (one of PLATFORMS). */
export const PLATFORM_STORAGE_KEY = 'hc-platform';

/** What the browser says about its system (`navigator.userAgentData`, `navigator.userAgent`, `navigator.maxTouchPoints`). */
export interface BrowserHints {
	/** `navigator.userAgentData?.platform` (Chromium browsers): 'Android', 'iOS', 'macOS', 'Windows', … */
	readonly uaPlatform?: string | undefined;
	readonly userAgent?: string | undefined;
	readonly maxTouchPoints?: number | undefined;
}

/**
 * Returns the platform a browser runs on: `ios` on an iPhone or iPad (an iPad that asks for desktop
 * pages says "Macintosh" but has a touch screen), `android` on Android, `web` on any other system.
 * @example detectPlatform({ userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) …' }) // 'android'
 */
export function detectPlatform(hints: BrowserHints): PlatformName {
	const reported = hints.uaPlatform?.trim().toLowerCase();
	if (reported === 'android') return 'android';
	if (reported === 'ios' || reported === 'ipados') return 'ios';
	if (reported) return 'web';
	const ua = hints.userAgent ?? '';
	if (/\b(?:iPhone|iPad|iPod)\b/.test(ua)) return 'ios';
	if (/\bAndroid\b/.test(ua)) return 'android';
	if (/\bMacintosh\b/.test(ua) && (hints.maxTouchPoints ?? 0) > 1) return 'ios';
	return 'web';
}

/**
 * Returns the platform a group of tabs opens with: the reader's own pick if the group has it, else
 * the platform their browser runs on if the group has it, else the group's first.
 * @example choosePlatform(['ios', 'android'], { stored: 'web', detected: 'android' }) // 'android'
 */
export function choosePlatform(
	available: readonly PlatformName[],
	{
		stored,
		detected,
	}: { readonly stored?: string | null | undefined; readonly detected: PlatformName },
): PlatformName | undefined {
	if (isPlatformName(stored) && available.includes(stored)) return stored;
	if (available.includes(detected)) return detected;
	return available[0];
}

/**
 * Returns the tab a key moves focus to in a tab list of `count` tabs (WAI-ARIA tabs pattern,
 * horizontal): arrows move to the next or previous tab and wrap around, Home and End go to the
 * first and last. Returns undefined for any other key, which the tabs leave alone.
 * @example tabIndexForKey('ArrowLeft', 0, 3) // 2
 */
export function tabIndexForKey(key: string, current: number, count: number): number | undefined {
	if (count <= 0) return undefined;
	switch (key) {
		case 'ArrowRight':
			return (current + 1) % count;
		case 'ArrowLeft':
			return (current - 1 + count) % count;
		case 'Home':
			return 0;
		case 'End':
			return count - 1;
		default:
			return undefined;
	}
}

/**
 * Returns the id of a platform's heading: its section's heading id and the platform, so a link to
 * one variant (a search result, a link staff paste) says which it is. Without a section heading,
 * `platform-<name>`; `taken` ids get a counter, as repeated headings do.
 * @example platformHeadingId('更新app', 'ios', new Set()) // '更新app-ios'
 */
export function platformHeadingId(
	sectionId: string | undefined,
	name: PlatformName,
	taken: ReadonlySet<string>,
): string {
	const base = sectionId ? `${sectionId}-${name}` : `platform-${name}`;
	if (!taken.has(base)) return base;
	let n = 2;
	while (taken.has(`${base}-${n}`)) n += 1;
	return `${base}-${n}`;
}
