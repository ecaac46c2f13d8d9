/**
 * What the post-build steps read from one built page: its URLs, its link targets, what kind of
 * page it is, its article body and the search outline of that body, all taken from the page's one
 * parse (src/lib/html-tree.ts), never from a regex. Each of these rules lives here and nowhere
 * else: the steps (redirects, sitemap, published URLs, integrity, search index, html-validate)
 * take what they need from readPage.
 */
import {
	getAttr,
	parsePage,
	walkElements,
	type HtmlDocument,
	type HtmlElement,
	type ParsedPage,
} from './html-tree';
import { readOutline, type PageOutline } from './search/outline';

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

/**
 * Returns a meta refresh's content with its URL replaced by `U`: what two redirects that differ
 * only in their target have in common. @example maskRefreshTarget('0; url=/en/') // '0; url=U'
 */
export const maskRefreshTarget = (content: string): string =>
	content.replace(/(url\s*=\s*)\S.*$/i, '$1U');

/** Returns whether a `<meta>` element is a refresh (a redirect page). */
export const isRefreshMeta = (element: HtmlElement): boolean =>
	element.name === 'meta' && getAttr(element, 'http-equiv')?.toLowerCase() === 'refresh';

/** Returns the outermost elements marked `data-pagefind-body`: the article bodies of a page. */
export function findBodies(document: HtmlDocument): HtmlElement[] {
	const bodies: HtmlElement[] = [];
	walkElements(document, (element) => {
		if (getAttr(element, 'data-pagefind-body') === undefined) return true;
		bodies.push(element);
		return false;
	});
	return bodies;
}

/** Returns what the integrity checks read from a parsed page whose article bodies are `bodies` (findBodies). */
export function scanDocument(
	{ document, lineOf }: ParsedPage,
	bodies: readonly HtmlElement[] = findBodies(document),
): PageScan {
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
				if (isRefreshMeta(element)) refreshTo = getRefreshTarget(content);
			}
			if (!inBody && bodies.includes(element)) {
				indexed = true;
				// Its descendants are walked here, marked as the writer's part of the page.
				walkElements(element, visit(true));
				return false;
			}
		};
	walkElements(document, visit(false));
	return { refs, ids, noindex, refreshTo, indexed, lang };
}

/** What the post-build steps read from one parsed page. */
export interface PageRead {
	readonly scan: PageScan;
	/** What search indexes and previews of the page's article body; undefined when the page has none. */
	readonly outline: PageOutline | undefined;
	/** The article bodies (findBodies), which html-validate checks in their own documents. */
	readonly bodies: readonly HtmlElement[];
}

/** Returns everything the post-build steps read from a parsed page. */
export function readPage(page: ParsedPage): PageRead {
	const bodies = findBodies(page.document);
	const scan = scanDocument(page, bodies);
	const outline = bodies[0] && readOutline(bodies[0], (scan.lang ?? '').toLowerCase());
	return { scan, outline, bodies };
}

/** Parses a page and returns what the integrity checks read from it (for tests and one-off reads). */
export const scanPage = (html: string): PageScan => scanDocument(parsePage(html));
