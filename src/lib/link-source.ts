/**
 * Where a link of an article body was written: the .mdx file that built the page, and the line
 * of that file holding the link target, so a broken link names what a writer edits.
 */
import type { ContentInventory } from './content-inventory';
import { getLiveArticles } from './integrity';
import { getArticlePath } from './routes';

/** The content file that built a page, and its text. */
export interface PageSource {
	/** As the content check names it, e.g. `content/articles/en/payment-failed.mdx`. */
	readonly file: string;
	readonly text: string;
}

/** Returns the .mdx file of each published article, by the path of the page it builds. */
export function getArticleFilesByPage(inv: ContentInventory): Map<string, string> {
	return new Map(getLiveArticles(inv).map((a) => [getArticlePath(a.locale, a.slug), a.file]));
}

// A target stands alone: after `(`, `<`, a quote, `{`, `[` or a space, as in `[x](…)`,
// `<…>`, `href="…"` and `[ref]: …`; before the matching close, a space, or sentence punctuation.
const BEFORE = String.raw`(?<=^|[\s(<"'{\[\`])`;
const AFTER = String.raw`(?=$|[\s)>"'}\]\`]|[.,;:!?](?:\s|$)|[，。；：！？）、])`;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The forms a target may be written in: as built, and percent-decoded (Markdown encodes paths). */
function getWrittenForms(href: string): string[] {
	try {
		return [...new Set([href, decodeURI(href)])];
	} catch {
		return [href];
	}
}

/**
 * Returns the 1-based line of an .mdx source where a link target is written, or undefined when
 * no line holds it alone (a component such as `<Channel>` wrote the link).
 * @example findLinkLine('---\ntitle: A\n---\nSee [x](/en/b/).', '/en/b/') // 4
 */
export function findLinkLine(source: string, href: string): number | undefined {
	let first: number | undefined;
	for (const form of getWrittenForms(href)) {
		const match = new RegExp(`${BEFORE}${escapeRegExp(form)}${AFTER}`, 'm').exec(source);
		if (match && (first === undefined || match.index < first)) first = match.index;
	}
	return first === undefined ? undefined : source.slice(0, first).split('\n').length;
}
