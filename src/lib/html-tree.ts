/**
 * A built page parsed once with htmlparser2 (as withastro/docs reads its built pages), with the
 * source offset of every node, so every post-build step reads the same tree and can name a line.
 */
import type { AnyNode, Document, Element } from 'domhandler';
import { ElementType, parseDocument } from 'htmlparser2';

export type HtmlDocument = Document;
export type HtmlElement = Element;
export type HtmlNode = AnyNode;

/** A page's source, its tree, and the line of any offset in the source. */
export interface ParsedPage {
	readonly html: string;
	readonly document: HtmlDocument;
	/** Returns the 1-based line of a character offset. */
	readonly lineOf: (offset: number) => number;
}

/** Elements that have no end tag. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr',
]);

/** Returns the line lookup of a text: a binary search over where its lines start. */
function indexLines(text: string): (offset: number) => number {
	const starts = [0];
	for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return (offset) => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (starts[mid]! <= offset) low = mid;
			else high = mid - 1;
		}
		return low + 1;
	};
}

/** Returns a page's tree, with the start and end offset of every node. */
export function parsePage(html: string): ParsedPage {
	const document = parseDocument(html, { withStartIndices: true, withEndIndices: true });
	return { html, document, lineOf: indexLines(html) };
}

export const isElement = (node: HtmlNode): node is HtmlElement => ElementType.isTag(node);

/** Returns the child nodes of a node (none for text and comments). */
export const childrenOf = (node: HtmlNode): readonly HtmlNode[] =>
	'children' in node ? node.children : [];

/** Calls `visit` for every element below `node`, in document order; `false` skips its descendants. */
export function walkElements(
	node: HtmlNode,
	visit: (element: HtmlElement) => boolean | void,
): void {
	for (const child of childrenOf(node)) {
		if (isElement(child) && visit(child) !== false) walkElements(child, visit);
	}
}

/** Returns an attribute's (decoded) value, or undefined when the element has none. */
export const getAttr = (element: HtmlElement, name: string): string | undefined =>
	element.attribs[name];

/** Returns where an element is in the source: `[start, end)` character offsets. */
export const getRange = (element: HtmlElement): [number, number] => [
	element.startIndex ?? 0,
	(element.endIndex ?? -1) + 1,
];

/** Returns the source of an element, end tag included (added when the source leaves it implied). */
export function getOuterHtml(html: string, element: HtmlElement): string {
	const source = html.slice(...getRange(element));
	const endTag = `</${element.name}>`;
	if (VOID_ELEMENTS.has(element.name) || source.slice(-endTag.length).toLowerCase() === endTag)
		return source;
	return source + endTag;
}
