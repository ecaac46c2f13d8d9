/**
 * Staff mode: support staff switch it on once in their browser by opening an article with
 * `?staff=on` (and off with `?staff=off`); while it is on, every article offers the reply tools
 * ("copy reply"). It lives only in that browser's localStorage, so the built HTML, crawlers and
 * readers never see the tools.
 */

/** localStorage key that holds `'on'` while staff mode is on in this browser, else `'off'` or nothing. */
export const STAFF_MODE_STORAGE_KEY = 'hc-staff';

/** The query parameter that switches staff mode: `?staff=on` or `?staff=off`. */
export const STAFF_MODE_PARAM = 'staff';

/**
 * Returns what a page address asks of staff mode: true for `?staff=on`, false for `?staff=off`,
 * undefined when it asks nothing (no parameter, or any other value).
 * @example readStaffSwitch('?q=pay&staff=on') // true
 * @example readStaffSwitch('?staff=yes') // undefined
 */
export function readStaffSwitch(search: string): boolean | undefined {
	const value = new URLSearchParams(search).get(STAFF_MODE_PARAM)?.trim().toLowerCase();
	if (value === 'on') return true;
	if (value === 'off') return false;
	return undefined;
}

/** Returns the value to keep under `STAFF_MODE_STORAGE_KEY` after a switch. */
export function toStoredStaffMode(on: boolean): 'on' | 'off' {
	return on ? 'on' : 'off';
}

/**
 * Returns whether staff mode is on: what the address asks, else what this browser stored (a
 * request counts even when storage is blocked, for that page).
 */
export function isStaffMode(requested: boolean | undefined, stored: string | null): boolean {
	return requested ?? stored === 'on';
}

/**
 * Returns the address without the staff switch, keeping everything else, so that a URL copied
 * from the address bar never turns staff mode on for a reader.
 * @example withoutStaffSwitch('https://x.example/en/articles/a/?staff=on#steps') // 'https://x.example/en/articles/a/#steps'
 */
export function withoutStaffSwitch(href: string): string {
	const url = new URL(href);
	url.searchParams.delete(STAFF_MODE_PARAM);
	return url.href;
}
