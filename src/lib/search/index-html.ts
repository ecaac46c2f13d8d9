import { spaceHan } from './cjk';

/** Extra search terms of one page: indexed with weight, never shown to readers. */
export interface PageSearchTerms {
	readonly keywords: readonly string[];
	readonly synonyms: readonly string[];
}

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Returns the HTML Pagefind should index for a built page: keywords and synonyms added inside
 * the indexed body with extra weight, and, for Chinese pages, every Han character spaced.
 * Only text between tags changes; tags, attributes, scripts and styles are kept as they are.
 */
export function prepareHtmlForIndex(html: string, terms: PageSearchTerms | undefined): string {
	let out = html;
	if (terms && (terms.keywords.length > 0 || terms.synonyms.length > 0)) {
		const block =
			`<p data-pagefind-weight="6">${escapeHtml(terms.keywords.join(' · '))}</p>` +
			`<p data-pagefind-weight="4">${escapeHtml(terms.synonyms.join(' · '))}</p>`;
		// At the top of the body: it belongs to the page's first section, never to a heading's section.
		out = insertAtBodyStart(out, block);
	}
	const lang = /<html[^>]*\slang="([^"]+)"/i.exec(out)?.[1] ?? '';
	if (!/^(zh|ja)\b/i.test(lang)) return out;
	return out
		.split(/(<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>)/i)
		.map((part) => (part.startsWith('<') ? part : spaceHan(part)))
		.join('');
}

/** Inserts HTML right after the opening tag of the `data-pagefind-body` element. */
function insertAtBodyStart(html: string, block: string): string {
	const open = /<\w+[^>]*\sdata-pagefind-body[^>]*>/.exec(html);
	if (!open) return html;
	const at = open.index + open[0].length;
	return html.slice(0, at) + block + html.slice(at);
}
