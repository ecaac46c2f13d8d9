import type { SearchResult } from './engine';
import { formatSection } from './messages';

/** Returns the excerpt as text and `<mark>` elements: built from parts, never parsed as HTML. */
function renderExcerpt(result: SearchResult): HTMLElement {
	const excerpt = document.createElement('span');
	excerpt.className = 'result__excerpt';
	for (const part of result.excerpt.parts) {
		if (!part.mark) {
			excerpt.append(part.text);
			continue;
		}
		const mark = document.createElement('mark');
		mark.textContent = part.text;
		excerpt.append(mark);
	}
	return excerpt;
}

/** Returns the lines of one result: title, category and the answering section, highlighted excerpt. */
export function renderResultBody(result: SearchResult, sectionLabel: string): DocumentFragment {
	const fragment = document.createDocumentFragment();
	const title = document.createElement('span');
	title.className = 'result__title';
	title.textContent = result.title;
	const meta = document.createElement('small');
	meta.className = 'result__category';
	const section = result.target !== result.url ? result.excerpt.section : undefined;
	meta.textContent = [result.category, section ? formatSection(sectionLabel, section.heading) : '']
		.filter(Boolean)
		.join(' · ');
	fragment.append(
		title,
		document.createElement('br'),
		meta,
		document.createElement('br'),
		renderExcerpt(result),
	);
	return fragment;
}

/** Returns where a result should take the reader: its answering section, or the article. */
export function getResultUrl(result: SearchResult): string {
	return result.target;
}
