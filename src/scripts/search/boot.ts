/**
 * `<help-search>`: the always-loaded part of search is only this file and the form builder. It
 * puts the search form in place of the server-rendered link to the search page (so browsers
 * without JavaScript and text browsers never show a box that cannot search) and loads the rest
 * when the reader shows intent: the controller on focus or a key, Pagefind and the index on a
 * pointer over or a tap in the box, at once on the search page.
 */
import { buildSearchForm, type SearchFormData } from './search-form';

const enhanced = new WeakSet<HTMLElement>();

/** `warm` also starts loading the index: a query is coming. */
function enhance(element: HTMLElement, warm = false): void {
	if (warm)
		void import('./engine').then((engine) => engine.preloadSearch(document.documentElement.lang));
	if (enhanced.has(element)) return;
	enhanced.add(element);
	void import('./controller').then((module) => module.attachSearch(element));
}

class HelpSearch extends HTMLElement {
	connectedCallback(): void {
		if (!this.querySelector('form') && this.dataset['form']) {
			this.replaceChildren(buildSearchForm(JSON.parse(this.dataset['form']) as SearchFormData));
		}
		const input = this.querySelector('input');
		if (!input) return;
		// Tabbing past the box only loads the controller; a pointer or typing warms the index too.
		input.addEventListener('focus', () => enhance(this), { once: true });
		input.addEventListener('keydown', () => enhance(this), { once: true });
		this.addEventListener('pointerenter', () => enhance(this, true), { once: true });
		input.addEventListener('pointerdown', () => enhance(this, true), { once: true });
		// Composition (pinyin and other input methods) may start before the controller loads: it reads this.
		input.addEventListener('compositionstart', () => (input.dataset['composing'] = 'true'));
		input.addEventListener('compositionend', () => delete input.dataset['composing']);
		// On the search page a query is the reason for the visit: load everything now.
		if (this.classList.contains('search--page')) enhance(this, true);
	}
}

customElements.define('help-search', HelpSearch);

const isTyping = (target: EventTarget | null) =>
	target instanceof HTMLElement &&
	(target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

document.addEventListener('keydown', (event) => {
	const slash =
		event.key === '/' &&
		!event.ctrlKey &&
		!event.metaKey &&
		!event.altKey &&
		!isTyping(event.target);
	const commandK =
		event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
	if (!slash && !commandK) return;
	const input = document.querySelector<HTMLInputElement>('help-search input');
	if (!input) return;
	event.preventDefault();
	input.focus();
	input.select();
});
