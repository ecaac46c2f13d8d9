/**
 * What the post-build checks read from one built page: its URLs, its link targets and what kind
 * of page it is, taken from the page's one parse (src/lib/html-tree.ts), never from a regex.
 */
import { getAttr, parsePage, walkElements, type HtmlElement, type ParsedPage } from './html-tree';

/** One URL-valued attribute of a page. */
export interface HtmlRef {
	readonly tag: string;
	readonly attr: string;
	readonly value: string;
	readonly line: number;
	/** Inside the article body (`data-pagefind-body`), written by the article's .mdx file or its components. */
	readonly inBody: boolean;
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
	/** `<html lang>`, as written. */
	readonly lang: string | undefined;
}

/** Attributes that hold one URL, by tag (`*` = any tag). */
const URL_ATTRS: Readonly<Record<string, readonly string[]>> = {
	'*': ['href', 'src'],
	form: ['action'],
	video: ['poster'],
	blockquote: ['cite'],
	q: ['cite'],
};

/** Returns the URLs one element refers to: href, src, srcset candidates, form actions. */
function listRefs(element: HtmlElement, line: number, inBody: boolean): HtmlRef[] {
	const tag = element.name;
	const refs: HtmlRef[] = [];
	for (const attr of [...URL_ATTRS['*']!, ...(URL_ATTRS[tag] ?? [])]) {
		const value = getAttr(element, attr);
		if (value !== undefined) refs.push({ tag, attr, value: value.trim(), line, inBody });
	}
	for (const candidate of getAttr(element, 'srcset')?.split(',') ?? []) {
		const value = candidate.trim().split(/\s+/)[0];
		if (value) refs.push({ tag, attr: 'srcset', value, line, inBody });
	}
	return refs;
}

/** Returns the URL of a meta refresh's content. @example getRefreshTarget('0; url=/en/') // '/en/' */
export function getRefreshTarget(content: string): string | undefined {
	return /url\s*=\s*(.+)$/i
		.exec(content)?.[1]
		?.trim()
		.replace(/^['"]|['"]$/g, '');
}

/** Returns what the integrity checks read from a parsed page. */
export function scanDocument({ document, lineOf }: ParsedPage): PageScan {
	const refs: HtmlRef[] = [];
	const ids = new Set<string>();
	let noindex = false;
	let refreshTo: string | undefined;
	let indexed = false;
	let lang: string | undefined;
	const visit =
		(inBody: boolean) =>
		(element: HtmlElement): false | void => {
			refs.push(...listRefs(element, lineOf(element.startIndex ?? 0), inBody));
			const id = getAttr(element, 'id');
			if (id) ids.add(id);
			const name = getAttr(element, 'name');
			if (element.name === 'a' && name) ids.add(name);
			if (element.name === 'html') lang = getAttr(element, 'lang');
			if (element.name === 'meta') {
				const content = getAttr(element, 'content') ?? '';
				if (name?.toLowerCase() === 'robots' && /\bnoindex\b/i.test(content)) noindex = true;
				if (getAttr(element, 'http-equiv')?.toLowerCase() === 'refresh') refreshTo = getRefreshTarget(content);
			}
			if (!inBody && getAttr(element, 'data-pagefind-body') !== undefined) {
				indexed = true;
				// Its descendants are walked here, marked as the writer's part of the page.
				walkElements(element, visit(true));
				return false;
			}
		};
	walkElements(document, visit(false));
	return { refs, ids, noindex, refreshTo, indexed, lang };
}

/** Parses a page and returns what the integrity checks read from it (for tests and one-off reads). */
export const scanPage = (html: string): PageScan => scanDocument(parsePage(html));
