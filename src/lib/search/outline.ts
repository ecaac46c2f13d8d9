/**
 * Reads what search needs from a built article page's body (the `data-pagefind-body` element of
 * the page's one parse, src/lib/html-scan.ts): its title, category, description and the text of
 * each section, in reading order, minus anything marked `data-pagefind-ignore` (the page chrome).
 */
import type { ChildNode, Element, Text } from 'domhandler';
import { DomUtils, ElementType } from 'htmlparser2';

/** One part of an article: the text under a heading (the first has no heading). */
export interface OutlineSection {
	/** The heading's `id`, the anchor a result links to; '' for the text before the first heading. */
	readonly id: string;
	readonly heading: string;
	/** Paragraphs, list items, table cells…: each one a unit an excerpt never runs across. */
	readonly blocks: readonly string[];
}

export interface PageOutline {
	readonly lang: string;
	readonly title: string;
	readonly category: string;
	readonly description: string;
	readonly sections: readonly OutlineSection[];
}

/** Elements whose text is one block, unless they contain other blocks (a list item with paragraphs). */
const BLOCKS = new Set([
	'p',
	'li',
	'dt',
	'dd',
	'td',
	'th',
	'caption',
	'figcaption',
	'pre',
	'blockquote',
	'summary',
]);
const SECTION_HEADINGS = /^h[2-6]$/;
const SKIPPED = new Set(['script', 'style', 'template', 'svg', 'noscript', 'button']);

const isElement = (node: ChildNode): node is Element => ElementType.isTag(node as Element);
const isText = (node: ChildNode): node is Text => node.type === ElementType.Text;
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const textOf = (node: ChildNode) => collapse(DomUtils.textContent(visible(node)));

/** Returns a node without its ignored descendants (cloned only when something is dropped). */
function visible(node: ChildNode): ChildNode {
	if (!isElement(node)) return node;
	if (!DomUtils.findOne((e) => isSkipped(e), node.children, true)) return node;
	const copy = node.cloneNode(true) as Element;
	for (const e of DomUtils.findAll((el) => isSkipped(el), copy.children)) DomUtils.removeElement(e);
	return copy;
}

const isSkipped = (element: Element) =>
	'data-pagefind-ignore' in element.attribs || SKIPPED.has(element.name);

/** Returns the value of a `data-pagefind-meta="name[data-value]"` element inside the body. */
function metaValue(body: Element, name: string): string {
	const element = DomUtils.findOne(
		(e) => e.attribs['data-pagefind-meta'] === `${name}[data-value]`,
		body.children,
		true,
	);
	return collapse(element?.attribs['data-value'] ?? '');
}

/** Returns the outline of an article body in a page of language `lang` (lowercase, as Pagefind names its indexes). */
export function readOutline(body: Element, lang: string): PageOutline {
	const sections: { id: string; heading: string; blocks: string[] }[] = [
		{ id: '', heading: '', blocks: [] },
	];
	let title = '';
	let loose: string[] = [];
	const current = () => sections.at(-1)!;
	const flushLoose = () => {
		const text = collapse(loose.join(''));
		if (text) current().blocks.push(text);
		loose = [];
	};
	const walk = (nodes: readonly ChildNode[]) => {
		for (const node of nodes) {
			if (isText(node)) {
				loose.push(node.data);
				continue;
			}
			if (!isElement(node) || isSkipped(node)) continue;
			if (node.name === 'h1') {
				flushLoose();
				title ||= textOf(node);
			} else if (SECTION_HEADINGS.test(node.name)) {
				flushLoose();
				const heading = textOf(node);
				if (node.attribs['id']) sections.push({ id: node.attribs['id'], heading, blocks: [] });
				else if (heading) current().blocks.push(heading);
			} else if (
				BLOCKS.has(node.name) &&
				!DomUtils.findOne((e) => BLOCKS.has(e.name), node.children, true)
			) {
				flushLoose();
				const text = textOf(node);
				if (text) current().blocks.push(text);
			} else {
				if (
					BLOCKS.has(node.name) ||
					/^(div|section|aside|ol|ul|dl|table|tr|figure|details)$/.test(node.name)
				)
					flushLoose();
				walk(node.children);
				if (/^(div|section|aside|ol|ul|dl|table|figure|details)$/.test(node.name)) flushLoose();
			}
		}
	};
	walk(body.children);
	flushLoose();
	return {
		lang,
		title,
		category: metaValue(body, 'category'),
		description: metaValue(body, 'description'),
		sections: sections.filter((s, i) => i === 0 || s.blocks.length > 0 || s.heading),
	};
}
