/**
 * What a clean path of this site is: the only kind of value a redirect may read from or lead to.
 * A value a browser could read as another site, or resolve to another path, is never one.
 */

/** One segment: lower-case ASCII letters, digits, `-`, `_`, `~`, with single dots only between them. */
const SEGMENT = /^[a-z0-9_~-]+(?:\.[a-z0-9_~-]+)*$/;
/** Control, invisible (format) and space characters; browsers drop tabs and newlines from URLs. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}\s]/u;
/** Characters that look like a slash or a backslash, which a reader (or a normaliser) could take for one. */
const SLASH_LOOKALIKES = /[\u2044\u2215\u2216\u2571\u2572\u29F5\u29F8\u29F9\uFE68\uFF0F\uFF3C]/u;
const ENCODED = { '2f': '"/"', '5c': '"\\"', '2e': '"."' } as Record<string, string>;

/** Returns `U+0009`-style names for a character. @example codePoint('\t') // 'U+0009' */
const codePoint = (char: string) =>
	`U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Returns a value as it may be shown in a message: in quotes, every invisible character written
 * as its code point. @example showValue('/a\tb/') // '"/a<U+0009>b/"'
 */
export function showValue(value: string): string {
	return `"${value.replace(new RegExp(INVISIBLE.source, 'gu'), (c) => (c === ' ' ? ' ' : `<${codePoint(c)}>`))}"`;
}

/**
 * Returns why a value is not a clean path of this site (`/`, or lower-case segments each ending
 * in `/`), or undefined when it is one. The reason is a sentence that follows the value.
 * @example findPathProblem('/en/contact/') // undefined
 * @example findPathProblem('//evil.example/') // 'starts with "//", …'
 */
export function findPathProblem(value: string): string | undefined {
	if (value === '') return 'is empty; write a path on this site, like /en/contact/';
	const invisible = INVISIBLE.exec(value)?.[0];
	if (invisible !== undefined)
		return `contains ${codePoint(invisible)}, a control, invisible or space character (browsers drop some of them, joining what is around); write the path without it`;
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1];
	if (scheme !== undefined)
		return `is a URL ("${scheme}:"), not a path; a redirect stays on this site: write a path like /en/contact/`;
	if (value.includes('\\'))
		return 'contains a backslash, which browsers read as "/" ("/\\host" opens another site); use "/"';
	const lookalike = SLASH_LOOKALIKES.exec(value)?.[0];
	if (lookalike !== undefined)
		return `contains "${lookalike}" (${codePoint(lookalike)}), which looks like a slash; site paths use only "/" between a-z, 0-9 and "-"`;
	if (value.startsWith('//'))
		return 'starts with "//", which browsers read as the address of another site; start with one "/"';
	if (!value.startsWith('/'))
		return 'does not start with "/"; write a path on this site, like /en/contact/';
	const encoded = /%(2f|5c|2e)/i.exec(value);
	if (encoded)
		return `contains "${encoded[0]}", an encoded ${ENCODED[encoded[1]!.toLowerCase()]}; write paths without percent-encoding`;
	if (value.includes('%'))
		return 'contains percent-encoding ("%"); site paths are plain a-z, 0-9 and "-"';
	if (/[?#]/.test(value))
		return 'has a query or fragment ("?" or "#"); a redirect names a page, nothing after it';
	const foreign = /[^\x00-\x7f]/u.exec(value)?.[0];
	if (foreign !== undefined)
		return `contains "${foreign}" (${codePoint(foreign)}); site paths use only a-z, 0-9 and "-"`;
	if (/[A-Z]/.test(value))
		return `has upper-case letters; site paths are lower-case: ${value.toLowerCase()}`;
	if (value.includes('//')) return 'has an empty segment ("//"); write one "/" between segments';
	if (!value.endsWith('/'))
		return 'does not end with "/"; every page of this site does, like /en/old-page/';
	if (value === '/') return undefined;
	for (const segment of value.slice(1, -1).split('/')) {
		if (segment === '.' || segment === '..')
			return `has a "${segment}" segment, which browsers resolve to another path`;
		if (!SEGMENT.test(segment))
			return `has the segment "${segment}"; segments are a-z, 0-9, "-", "_" and "~", with single dots only between them`;
	}
	return undefined;
}

/**
 * Returns the target of a redirect page when it is a clean path of this site, and throws
 * otherwise: whatever reached the page, it only ever sends readers to the same origin.
 * @example toSameOriginPath('/en/contact/', 'https://help.example.com') // '/en/contact/'
 */
export function toSameOriginPath(to: string, siteUrl: string): string {
	const site = new URL(`${siteUrl.replace(/\/+$/, '')}/`);
	const problem = findPathProblem(to);
	const resolved = problem === undefined ? new URL(to, site) : undefined;
	if (!resolved || resolved.origin !== site.origin || resolved.pathname !== to) {
		throw new Error(
			`redirect target ${showValue(to)} is not a path on ${site.origin}${problem ? `: it ${problem}` : ''}`,
		);
	}
	return to;
}
