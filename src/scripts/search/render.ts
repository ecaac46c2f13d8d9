import type { SearchResult } from './engine';

/** Appends Pagefind's excerpt HTML as text and `<mark>` only, so nothing else from the index can run. */
export function appendExcerpt(target: HTMLElement, excerpt: string): void {
	const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body;
	for (const node of parsed.querySelectorAll('p')[0]?.childNodes ?? []) {
		if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			target.append(mark);
		} else {
			target.append(node.textContent ?? '');
		}
	}
}

/** Returns the lines of one result: title, category and section, highlighted excerpt. */
export function renderResultBody(result: SearchResult, sectionLabel: string): DocumentFragment {
	const fragment = document.createDocumentFragment();
	const title = document.createElement('span');
	title.className = 'result__title';
	title.textContent = result.title;
	const meta = document.createElement('small');
	meta.className = 'result__category';
	meta.textContent = [result.category, result.section ? `${sectionLabel}: ${result.section.title}` : '']
		.filter(Boolean)
		.join(' · ');
	const excerpt = document.createElement('span');
	excerpt.className = 'result__excerpt';
	appendExcerpt(excerpt, result.excerpt);
	fragment.append(title, document.createElement('br'), meta, document.createElement('br'), excerpt);
	return fragment;
}

/** Returns where a result should take the reader: its best section, or the article. */
export function getResultUrl(result: SearchResult): string {
	return result.section?.url ?? result.url;
}
