/**
 * `<help-search>`: the always-loaded part of search is only this file. The controller is
 * imported on the reader's first focus or keypress in a search field; Pagefind and the index
 * on a tap in the box, on focus on the search page, or with the first query.
 */
const enhanced = new WeakSet<HTMLElement>();

/** `warm` also starts loading the index: a tap in the box means a query is coming. */
function enhance(element: HTMLElement, warm = false): void {
	if (warm) void import('./engine').then((engine) => engine.preloadSearch(document.documentElement.lang));
	if (enhanced.has(element)) return;
	enhanced.add(element);
	void import('./controller').then((module) => module.attachSearch(element));
}

class HelpSearch extends HTMLElement {
	connectedCallback(): void {
		const input = this.querySelector('input');
		if (!input) return;
		const start = () => enhance(this);
		// Tabbing past the box only loads the controller; a tap or a typed key warms the index too.
		input.addEventListener('pointerdown', () => enhance(this, true), { once: true });
		input.addEventListener('focus', start, { once: true });
		input.addEventListener('keydown', start, { once: true });
		// The search page shows results for ?q= as soon as it opens.
		if (this.classList.contains('search--page') && new URLSearchParams(location.search).get('q')) start();
	}
}

customElements.define('help-search', HelpSearch);

const isTyping = (target: EventTarget | null) =>
	target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

document.addEventListener('keydown', (event) => {
	const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
	const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
	if (!slash && !commandK) return;
	const input = document.querySelector<HTMLInputElement>('help-search input');
	if (!input) return;
	event.preventDefault();
	input.focus();
	input.select();
});
