/**
 * Look-alike detection for the contact checker: the tricks impostors use to make a host,
 * address or handle read like an official one. Runs in the browser, so it stays small.
 */
// The ES module build by file: Node's own deprecated `punycode` would shadow the bare name.
import { decode } from 'punycode/punycode.es6.js';

// Letters that render like Latin ones (Cyrillic, Greek, Armenian, Latin look-alikes) and the
// digit swaps impostors use; lowercase only because the input is lowercased first.
const CONFUSABLE_FROM = 'авеёіїјкмнопрстухѕһԁԛԝүӏαβγεικνορτυχωօսհոցıɡɑ01';
const CONFUSABLE_TO = 'abeeiijkmhonpctyxshdqwylabyeikvoptuxwouhngigaol';

/** Returns a look-alike-insensitive form: accents dropped, confusable letters mapped to Latin. */
export function skeleton(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/./gu, (c) => CONFUSABLE_TO[CONFUSABLE_FROM.indexOf(c)] ?? c)
		.replace(/rn/g, 'm')
		.replace(/vv/g, 'w');
}

/** Returns whether two strings differ by at most one insertion, deletion, substitution or swap. */
export function isOneEditAway(a: string, b: string): boolean {
	if (Math.abs(a.length - b.length) > 1) return false;
	let i = 0;
	while (i < a.length && a[i] === b[i]) i++;
	if (i === a.length && i === b.length) return true;
	const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
	return (
		swapped ||
		a.slice(i + 1) === b.slice(i + 1) ||
		a.slice(i) === b.slice(i + 1) ||
		a.slice(i + 1) === b.slice(i)
	);
}

/**
 * Returns the Unicode text of a punycode label (without `xn--`), or undefined when malformed.
 * @example decodePunycode('pypal-4ve') // 'pаypal', whose second letter is Cyrillic
 */
export function decodePunycode(label: string): string | undefined {
	try {
		return decode(label);
	} catch {
		return undefined;
	}
}
