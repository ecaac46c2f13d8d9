/**
 * What the search index holds for one article, and what a reader downloads to see it as a
 * result. The two are separate on purpose: the index holds tokens (encoded Chinese bigrams,
 * capped repetitions, keywords and synonyms as weighted metadata) and is never shown; the
 * preview holds the article's own text, so excerpts are real sentences and hidden search terms
 * can never leak into what a reader sees.
 */
import type { PageOutline } from './outline';
import { capTokens, tokenize } from './tokens';

/** Extra search terms of one page: indexed with weight, never shown to readers. */
export interface PageSearchTerms {
	readonly keywords: readonly string[];
	readonly synonyms: readonly string[];
}

/** What a result needs, fetched only for the results shown: `/pagefind/preview/<result id>.json`. */
export interface ResultPreview {
	readonly url: string;
	readonly title: string;
	readonly category: string;
	readonly description: string;
	/** [heading id, heading, text]; blocks are joined by "\n", a boundary excerpts never cross. */
	readonly sections: ReadonlyArray<readonly [string, string, string]>;
	/** The writer's keywords and synonyms: used to rank, never rendered. */
	readonly terms: readonly string[];
}

/** How often one token may occur on a page in the index; later occurrences only cost bytes. */
export const TOKEN_CAP = 2;

/**
 * Content weights, on Pagefind's scale (body text 1). Headings get a little more than body
 * text, not Pagefind's default 6: help-center headings repeat across articles ("仍有疑问？",
 * "How long does it take?"), and a query word that happens to be in one should not beat the
 * article about it.
 */
const WEIGHT = { title: 7, heading: 2 } as const;

const escapeAttribute = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Returns the HTML Pagefind indexes for an article: title, headings and text as tokens, each
 * token at most TOKEN_CAP times; title, keywords and synonyms also as metadata fields, which
 * Pagefind searches and boosts (see the ranking weights in the search engine) but never shows.
 */
export function toIndexHtml(outline: PageOutline, terms: PageSearchTerms | undefined): string {
	const seen = new Map<string, number>();
	const words = (text: string) => capTokens(tokenize(text), seen, TOKEN_CAP).join(' ');
	const meta = (name: string, text: string) => {
		const value = tokenize(text).join(' ');
		return value
			? `<span data-pagefind-meta="${name}[data-value]" data-value="${escapeAttribute(value)}"></span>`
			: '';
	};
	const body = [`<h1 data-pagefind-weight="${WEIGHT.title}">${words(outline.title)}</h1>`];
	for (const section of outline.sections) {
		if (section.heading)
			body.push(`<h2 data-pagefind-weight="${WEIGHT.heading}">${words(section.heading)}</h2>`);
		for (const block of section.blocks) {
			const text = words(block);
			if (text) body.push(`<p>${text}</p>`);
		}
	}
	return (
		`<html lang="${escapeAttribute(outline.lang)}"><body>` +
		meta('title', outline.title) +
		meta('keywords', (terms?.keywords ?? []).join(' ')) +
		meta('synonyms', (terms?.synonyms ?? []).join(' ')) +
		`<main data-pagefind-body>${body.join('')}</main></body></html>`
	);
}

/** Returns the preview of an article: its title, category, description and sections as plain text. */
export function toPreview(
	outline: PageOutline,
	url: string,
	terms: PageSearchTerms | undefined,
): ResultPreview {
	return {
		url,
		title: outline.title,
		category: outline.category,
		description: outline.description,
		sections: outline.sections.map((s) => [s.id, s.heading, s.blocks.join('\n')] as const),
		terms: [...(terms?.keywords ?? []), ...(terms?.synonyms ?? [])],
	};
}
