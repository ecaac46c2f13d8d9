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
		out = insertAtBodyEnd(out, block);
	}
	const lang = /<html[^>]*\slang="([^"]+)"/i.exec(out)?.[1] ?? '';
	if (!/^(zh|ja)\b/i.test(lang)) return out;
	return out
		.split(/(<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>)/i)
		.map((part) => (part.startsWith('<') ? part : spaceHan(part)))
		.join('');
}

/** Inserts HTML just before the end of the `data-pagefind-body` element (never nested in our pages). */
function insertAtBodyEnd(html: string, block: string): string {
	const open = /<(\w+)[^>]*\sdata-pagefind-body[\s>=]/.exec(html);
	if (!open) return html;
	const close = html.indexOf(`</${open[1]}>`, open.index);
	return close < 0 ? html : html.slice(0, close) + block + html.slice(close);
}
