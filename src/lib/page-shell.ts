/**
 * A page's shell is its template's output around the article body. Pages whose shells have the
 * same key differ only in text and in free-text or URL attribute values, and Astro escapes every
 * such value it writes, so an element rule gives each the same verdict: html-validate checks one
 * whole page per key. The key keeps what element rules read: every tag, attribute name and other
 * attribute value, whether a text or value is empty, blank or holds `&`, whitespace-only text as
 * written (`no-trailing-whitespace`), a URL's scheme, and the text of `tel:` links
 * (`tel-non-breaking`).
 */
import { createHash } from 'node:crypto';
import type { Comment, ProcessingInstruction, Text } from 'domhandler';
import { ElementType } from 'htmlparser2';
import { isRefreshMeta, maskRefreshTarget } from './html-scan';
import { childrenOf, getAttr, isElement, type HtmlElement, type HtmlNode } from './html-tree';

/** Attributes whose value is free text: rules only ask whether it is empty. */
const TEXT_ATTRS = new Set([
	'alt',
	'aria-description',
	'aria-label',
	'aria-roledescription',
	'aria-valuetext',
	'content',
	'datetime',
	'label',
	'placeholder',
	'title',
	'value',
]);
/** Attributes whose value is a URL: rules only ask whether it is empty, and its scheme. */
const URL_ATTRS = new Set(['action', 'cite', 'formaction', 'href', 'poster', 'src', 'srcset']);

/** Returns the class of a free-text value: empty, blank, text, and whether it holds `&`. */
const textClass = (value: string): string =>
	(value === '' ? '∅' : value.trim() === '' ? '␣' : 'T') + (value.includes('&') ? '&' : '');

/** Returns the class of a URL: empty, fragment, path or scheme (`tel:`), and whether it holds `&`. */
const urlClass = (value: string): string => {
	const kind =
		/^\s*(#|\/|[a-z][a-z0-9+.-]*:)/i.exec(value)?.[1]?.toLowerCase() ?? (value ? 'rel' : '∅');
	return kind + (value.includes('&') ? '&' : '');
};

function attrKey(element: HtmlElement, name: string, value: string): string {
	if (name === 'content' && isRefreshMeta(element)) return maskRefreshTarget(value);
	if (URL_ATTRS.has(name)) return urlClass(value);
	if (TEXT_ATTRS.has(name) || name.startsWith('data-')) return textClass(value);
	return JSON.stringify(value);
}

/** Returns the key of a page's shell; `bodies` are left out (they are checked on their own). */
export function getShellKey(root: HtmlNode, bodies: ReadonlySet<HtmlNode>): string {
	const parts: string[] = [];
	const visit = (node: HtmlNode, verbatimText: boolean): void => {
		if (bodies.has(node)) {
			parts.push('[body]');
			return;
		}
		if (node.type === ElementType.Text) {
			const { data } = node as Text;
			parts.push(data.trim() === '' || verbatimText ? JSON.stringify(data) : textClass(data));
			return;
		}
		if (node.type === ElementType.Comment || node.type === ElementType.Directive) {
			parts.push(`<!${(node as Comment | ProcessingInstruction).data}>`);
			return;
		}
		if (!isElement(node)) {
			for (const child of childrenOf(node)) visit(child, verbatimText);
			return;
		}
		const attrs = Object.entries(node.attribs).map(
			([name, value]) => `${name}=${attrKey(node, name, value)}`,
		);
		parts.push(`<${node.name} ${attrs.join(' ')}>`);
		const tel = node.name === 'a' && /^\s*tel:/i.test(getAttr(node, 'href') ?? '');
		for (const child of childrenOf(node)) visit(child, verbatimText || tel);
		parts.push(`</${node.name}>`);
	};
	visit(root, false);
	return createHash('sha256').update(parts.join('\u0000')).digest('base64url');
}
