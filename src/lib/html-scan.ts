/**
 * A small scanner for the HTML Astro writes: start tags with their attributes, outside
 * comments, scripts and styles. Enough for link and id checks; validity is html-validate's job.
 */

/** One start tag: lower-cased name, decoded attributes and the line it starts on. */
export interface HtmlTag {
	readonly name: string;
	readonly attrs: ReadonlyMap<string, string>;
	readonly line: number;
}

/** One URL-valued attribute of a page. */
export interface HtmlRef {
	readonly tag: string;
	readonly attr: string;
	readonly value: string;
	readonly line: number;
}

/** What the integrity checks need to know about one built page. */
export interface PageScan {
	readonly refs: readonly HtmlRef[];
	/** Every `id`, plus `name` of `<a>`: the targets a `#fragment` may point at. */
	readonly ids: ReadonlySet<string>;
	/** `<meta name="robots" content="noindex…">`: notice and redirect pages. */
	readonly noindex: boolean;
	/** Target of `<meta http-equiv="refresh">`, when the page is a redirect. */
	readonly refreshTo: string | undefined;
	/** Whether the page marks content for the search index (`data-pagefind-body`). */
	readonly indexed: boolean;
}

const TAG =
	/<!--[\s\S]*?-->|<(script|style)(?=[\s/>])([^>]*)>[\s\S]*?<\/\1\s*>|<([a-zA-Z][^\s/>]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
};

/** Returns text with HTML character references decoded. @example decodeEntities('a&amp;b') // 'a&b' */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, ref: string) => {
		if (ref[0] === '#') {
			const code =
				ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
			return Number.isFinite(code) ? String.fromCodePoint(code) : all;
		}
		return ENTITIES[ref.toLowerCase()] ?? all;
	});
}

function parseAttrs(source: string): Map<string, string> {
	const attrs = new Map<string, string>();
	for (const m of source.matchAll(ATTR)) {
		const name = m[1]!.toLowerCase();
		if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
	}
	return attrs;
}

/** Returns every start tag of a page in document order (script and style tags included, their content skipped). */
export function listTags(html: string): HtmlTag[] {
	const tags: HtmlTag[] = [];
	let line = 1;
	let last = 0;
	for (const m of html.matchAll(TAG)) {
		for (let i = last; i < m.index; i++) if (html.charCodeAt(i) === 10) line++;
		last = m.index;
		const name = (m[1] ?? m[3])?.toLowerCase();
		if (name) tags.push({ name, attrs: parseAttrs(m[2] ?? m[4] ?? ''), line });
	}
	return tags;
}

/** Attributes that hold one URL, by tag (`*` = any tag). */
const URL_ATTRS: Record<string, readonly string[]> = {
	'*': ['href', 'src'],
	form: ['action'],
	video: ['poster'],
	blockquote: ['cite'],
	q: ['cite'],
};

/** Returns the URLs a page refers to: href, src, srcset candidates, form actions. */
export function listRefs(tags: readonly HtmlTag[]): HtmlRef[] {
	const refs: HtmlRef[] = [];
	for (const tag of tags) {
		for (const attr of [...URL_ATTRS['*']!, ...(URL_ATTRS[tag.name] ?? [])]) {
			const value = tag.attrs.get(attr);
			if (value !== undefined)
				refs.push({ tag: tag.name, attr, value: value.trim(), line: tag.line });
		}
		const srcset = tag.attrs.get('srcset');
		if (srcset !== undefined) {
			for (const candidate of srcset.split(',')) {
				const value = candidate.trim().split(/\s+/)[0];
				if (value) refs.push({ tag: tag.name, attr: 'srcset', value, line: tag.line });
			}
		}
	}
	return refs;
}

/** Returns what the integrity checks read from one page. */
export function scanPage(html: string): PageScan {
	const tags = listTags(html);
	const ids = new Set<string>();
	let noindex = false;
	let refreshTo: string | undefined;
	for (const tag of tags) {
		const id = tag.attrs.get('id');
		if (id) ids.add(id);
		const name = tag.attrs.get('name');
		if (tag.name === 'a' && name) ids.add(name);
		if (tag.name !== 'meta') continue;
		const content = tag.attrs.get('content') ?? '';
		if (name?.toLowerCase() === 'robots' && /\bnoindex\b/i.test(content)) noindex = true;
		if (tag.attrs.get('http-equiv')?.toLowerCase() === 'refresh') {
			refreshTo = /url\s*=\s*(.+)$/i
				.exec(content)?.[1]
				?.trim()
				.replace(/^['"]|['"]$/g, '');
		}
	}
	return {
		refs: listRefs(tags),
		ids,
		noindex,
		refreshTo,
		indexed: tags.some((tag) => tag.attrs.has('data-pagefind-body')),
	};
}
