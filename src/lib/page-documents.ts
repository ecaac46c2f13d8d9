/**
 * What html-validate checks of one built page. A page is a template's shell with, on article
 * pages, an article body in it (the `data-pagefind-body` element), and the two kinds of rules
 * need to see different things (DOCUMENT_RULES in ./html-validation.ts):
 *
 * - an **element rule** judges an element by itself, its content and its ancestors, so a body
 *   is fully judged inside its real ancestors, and a shell by one whole page with that shell
 *   (./page-shell.ts: shells with one key get the same verdicts);
 * - a **document rule** relates elements anywhere in the page (ids, landmark names, labels and
 *   controls, form control names, image maps), so it needs every such element of the page.
 *
 * Hence, per page, one **outline**: the elements document rules relate, at their place with
 * their ancestors and lines, the text of labels and of elements that name others
 * (`aria-labelledby`), and every article body verbatim. Document rules count everywhere in it;
 * element rules count only inside the bodies (the rest of the outline is cut down and checked
 * whole on one page per shell). It is cut from the page's own source, so lines are the page's.
 *
 * What each source can get wrong, and where it is caught (tests/unit/page-documents.test.ts):
 * - the article body (Markdown, the author's JSX, MDX components): anything inside it, such as
 *   an image without alt or a block in a paragraph: element rules on the body, in the outline;
 * - the body where the template puts it (a `<main>` inside the `<article>`): the same, since
 *   the outline keeps the body's real ancestors;
 * - the body against the template (an id, landmark name, label target or control name on both
 *   sides): document rules on the outline, which holds both;
 * - the template (layouts, components) and the data it shows (titles, YAML entries): Astro
 *   escapes every text and value it writes, so pages of one shell key differ only in what the
 *   key keeps apart (./page-shell.ts), and one whole page per key shows every element problem;
 *   data that makes ids or landmark names collide is caught by the document rules, on every page.
 */
import {
	childrenOf,
	getAttr,
	getOuterHtml,
	getRange,
	isElement,
	VOID_ELEMENTS,
	walkElements,
	type HtmlElement,
	type ParsedPage,
} from './html-tree';
import { DOCUMENT_RULES, type RuleScope } from './html-validation';

/** One document html-validate checks for a page, the rules it runs, and which of its messages count. */
export interface PageCheck {
	readonly scope: RuleScope;
	readonly text: string;
	/** Whether a message of this rule at this character offset of `text` counts. */
	readonly counts: (ruleId: string, offset: number) => boolean;
}

/** Character ranges of a page's article bodies, `[start, end)`. */
export type BodyRanges = readonly (readonly [number, number])[];

const LANDMARKS = new Set(['aside', 'footer', 'form', 'header', 'main', 'nav', 'section']);
const FORM_PARTS = new Set([
	'button',
	'datalist',
	'fieldset',
	'form',
	'input',
	'label',
	'meter',
	'object',
	'output',
	'progress',
	'select',
	'template',
	'textarea',
]);
const isDocumentRule = (ruleId: string) => (DOCUMENT_RULES as readonly string[]).includes(ruleId);
const inRanges = (ranges: BodyRanges, at: number) =>
	ranges.some(([start, end]) => at >= start && at < end);

/** Returns where each body is in the page's source. */
export const getBodyRanges = (bodies: readonly HtmlElement[]): [number, number][] =>
	bodies.map(getRange);

/** Returns whether a document rule relates this element to others (see DOCUMENT_RULES). */
const isRelated = ({ name, attribs }: HtmlElement): boolean =>
	LANDMARKS.has(name) ||
	FORM_PARTS.has(name) ||
	name === 'map' ||
	'id' in attribs ||
	'role' in attribs ||
	'form' in attribs;

/** Attributes no document rule reads, nor any element rule of a body's ancestor: left out of the cut-down shell. */
const isInert = (name: string) => name === 'class' || name === 'style' || name.startsWith('data-');

/** Returns a start tag without inert attributes. */
function cutDownStartTag({ name, attribs }: HtmlElement): string {
	const attrs = Object.entries(attribs).filter(([attr]) => !isInert(attr));
	return `<${name}${attrs.map(([attr, value]) => ` ${attr}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('')}>`;
}

/** Returns a page's outline (see the module comment) and where its bodies are in it. */
export function getOutline({ html, document, lineOf }: ParsedPage, bodies: readonly HtmlElement[]) {
	const namers = new Set<string>();
	walkElements(document, (element) => {
		for (const id of getAttr(element, 'aria-labelledby')?.split(/\s+/) ?? [])
			if (id) namers.add(id);
	});
	const isWhole = (element: HtmlElement) =>
		bodies.includes(element) ||
		element.name === 'label' ||
		namers.has(getAttr(element, 'id') ?? '');
	const kept = new Set<HtmlElement>();
	const mark = (element: HtmlElement): boolean => {
		let keep =
			['html', 'head', 'title', 'body'].includes(element.name) ||
			isRelated(element) ||
			isWhole(element);
		if (!isWhole(element))
			for (const child of childrenOf(element)) if (isElement(child) && mark(child)) keep = true;
		if (keep) kept.add(element);
		return keep;
	};
	const roots = childrenOf(document).filter(isElement);
	roots.forEach(mark);
	let text = '<!DOCTYPE html>';
	let line = 1;
	const append = (chunk: string) => {
		text += chunk;
		for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) line++;
	};
	const ranges: [number, number][] = [];
	const write = (element: HtmlElement): void => {
		// Each element starts on its line of the page, so messages name the page's lines.
		append('\n'.repeat(Math.max(0, lineOf(element.startIndex ?? 0) - line)));
		if (isWhole(element)) {
			const start = text.length;
			append(getOuterHtml(html, element));
			if (bodies.includes(element)) ranges.push([start, text.length]);
			return;
		}
		append(cutDownStartTag(element));
		if (element.name === 'title') append('.');
		for (const child of childrenOf(element)) if (isElement(child) && kept.has(child)) write(child);
		if (!VOID_ELEMENTS.has(element.name)) append(`</${element.name}>`);
	};
	roots.filter((root) => kept.has(root)).forEach(write);
	return { text, bodies: ranges as BodyRanges };
}

/** Returns what html-validate checks of every page: its outline (see the module comment). */
export function getPageCheck(page: ParsedPage, bodies: readonly HtmlElement[]): PageCheck {
	const outline = getOutline(page, bodies);
	if (bodies.length === 0) return { scope: 'document', text: outline.text, counts: () => true };
	return {
		scope: 'all',
		text: outline.text,
		counts: (ruleId, at) => isDocumentRule(ruleId) || inRanges(outline.bodies, at),
	};
}

/** Returns the check of a page that stands for every page with its shell: element rules, outside its bodies. */
export function getShellCheck(html: string, bodies: BodyRanges): PageCheck {
	return { scope: 'elements', text: html, counts: (_ruleId, at) => !inRanges(bodies, at) };
}
