import {
	STAFF_MODE_STORAGE_KEY,
	isStaffMode,
	readStaffSwitch,
	toStoredStaffMode,
	withoutStaffSwitch,
} from '../lib/staff-mode';

/**
 * Returns whether staff mode is on in this browser, after remembering a `?staff=on` or
 * `?staff=off` in the address and taking it out of the address bar.
 */
export function applyStaffMode(): boolean {
	const requested = readStaffSwitch(location.search);
	if (requested !== undefined) {
		try {
			localStorage.setItem(STAFF_MODE_STORAGE_KEY, toStoredStaffMode(requested));
		} catch {
			// Storage blocked: the switch holds for this page only.
		}
		// Staff copy addresses from the address bar too; the switch must not travel to a reader.
		history.replaceState(history.state, '', withoutStaffSwitch(location.href));
	}
	let stored: string | null = null;
	try {
		stored = localStorage.getItem(STAFF_MODE_STORAGE_KEY);
	} catch {
		// Storage blocked: only the address can switch staff mode on.
	}
	return isStaffMode(requested, stored);
}
