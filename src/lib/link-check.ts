/**
 * Internal link rules for the built site: every URL on the site (relative, or absolute on the
 * site's own host) must reach a file of the output, and every `#fragment` an element id of its
 * target page.
 */
import type { HtmlRef, PageScan } from './html-scan';
import type { Issue } from './issues';
import { findLinkLine, type PageSource } from './link-source';

/** A built page for the link check: its output file (`/en/index.html`) and what it contains. */
export interface LinkedPage {
	/** Site path readers use, e.g. `/en/`. */
	readonly path: string;
	/** Output file, `/`-prefixed, e.g. `/en/index.html`. */
	readonly file: string;
	readonly scan: PageScan;
}

/** An internal URL split into the output file it should reach and its fragment. */
export interface InternalTarget {
	readonly pathname: string;
	readonly fragment: string;
}

const BASE = 'http://site.invalid';

/**
 * Returns whether an absolute URL is on the help center's own site: http or https, the site's
 * host in any case (URL lowercases it) and its port, default ports left out.
 * @example isOnSite(new URL('http://HELP.example.com/en/'), 'https://help.example.com/') // true
 */
export function isOnSite(url: URL, siteUrl: string): boolean {
	const web = url.protocol === 'https:' || url.protocol === 'http:';
	return web && url.host === new URL(siteUrl).host;
}

/**
 * Returns the internal target of a URL found on a page, or undefined for URLs that leave the site.
 * Relative URLs are always internal; absolute ones (and `//host/…`) when `siteUrl` is given and
 * they are on it (isOnSite), since a link to our own host can 404 just like a relative one.
 * @example toInternalTarget('/en/', '../contact/#hours') // { pathname: '/contact/', fragment: 'hours' }
 */
export function toInternalTarget(
	pagePath: string,
	value: string,
	siteUrl?: string,
): InternalTarget | undefined {
	if (value === '' || value === '#') return undefined;
	let url: URL;
	if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) {
		try {
			url = new URL(value, BASE);
		} catch {
			return undefined;
		}
		if (siteUrl === undefined || !isOnSite(url, siteUrl)) return undefined;
	} else {
		url = URL.parse(value, `${BASE}${pagePath}`) ?? new URL(BASE);
		if (url.origin !== BASE) return undefined;
	}
	const decode = (text: string) => {
		try {
			return decodeURIComponent(text);
		} catch {
			return text;
		}
	};
	return { pathname: decode(url.pathname), fragment: decode(url.hash.slice(1)) };
}

/**
 * Returns the host a link reaches when it looks like a path but a browser reads it as another
 * site: `/\\evil.example/` and `\\\\evil.example/` are `//evil.example/` to the URL parser.
 * @example getDisguisedHost('/\\evil.example/') // 'evil.example'
 */
export function getDisguisedHost(value: string): string | undefined {
	if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) return undefined;
	const url = URL.parse(value, `${BASE}/page/`);
	return url && url.origin !== BASE ? url.host : undefined;
}

/** Returns the output files that may serve a path, in the order a static host tries them. */
export function getCandidateFiles(pathname: string): string[] {
	return pathname.endsWith('/') ? [`${pathname}index.html`] : [pathname];
}

export interface LinkCheckResult {
	readonly issues: Issue[];
	/** Internal URLs looked at (after removing repeats within a page). */
	readonly checked: number;
}

/**
 * Returns broken internal links and fragments of every page; `files` holds every output file,
 * `/`-prefixed; absolute URLs on `siteUrl` are checked like relative ones. A broken link inside
 * an article body is reported against the content file `sourceOf` gives for the page (with the
 * line that holds the link, when one does), since that is what a writer edits.
 */
export function checkLinks(
	pages: readonly LinkedPage[],
	files: ReadonlySet<string>,
	siteUrl: string,
	sourceOf: (pagePath: string) => PageSource | undefined = () => undefined,
): LinkCheckResult {
	const byFile = new Map(pages.map((p) => [p.file, p]));
	const issues: Issue[] = [];
	let checked = 0;
	for (const page of pages) {
		const seen = new Set<string>();
		// Read only once a body link of this page is broken: most pages have none.
		let read: { source: PageSource | undefined } | undefined;
		const report = (ref: HtmlRef, message: string) => {
			const source = ref.inBody ? (read ??= { source: sourceOf(page.path) }).source : undefined;
			if (!source) {
				issues.push({ file: page.path, line: ref.line, rule: 'links', message });
				return;
			}
			const line = findLinkLine(source.text, ref.value);
			issues.push({
				file: source.file,
				...(line === undefined ? {} : { line }),
				rule: 'links',
				message: `${message} (built page ${page.path}, line ${ref.line})`,
			});
		};
		for (const ref of page.scan.refs) {
			if (seen.has(ref.value)) continue;
			seen.add(ref.value);
			const disguised = getDisguisedHost(ref.value);
			if (disguised) {
				report(
					ref,
					`<${ref.tag} ${ref.attr}="${ref.value}"> reads as a link to ${disguised}: browsers take a backslash for a slash; write a path on this site or the full https:// address`,
				);
				continue;
			}
			const target = toInternalTarget(page.path, ref.value, siteUrl);
			if (!target) continue;
			checked++;
			const shown = `<${ref.tag} ${ref.attr}="${ref.value}">`;
			const file = getCandidateFiles(target.pathname).find((f) => files.has(f));
			if (!file) {
				const hint = files.has(`${target.pathname}/index.html`) ? ' (add the trailing slash)' : '';
				report(ref, `${shown} points to no file${hint}`);
				continue;
			}
			if (!target.fragment || target.fragment.toLowerCase() === 'top') continue;
			const linked = byFile.get(file);
			if (linked && !linked.scan.ids.has(target.fragment)) {
				report(ref, `${shown}: no element has id "${target.fragment}" on ${linked.path}`);
			}
		}
	}
	return { issues, checked };
}
