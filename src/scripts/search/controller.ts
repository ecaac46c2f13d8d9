import { watchZeroResults } from '../feedback-beacon';
import { latestOnly } from '../../lib/search/latest-only';
import { preloadSearch, search, type SearchResult } from './engine';
import { formatCount, type SearchMessages } from './messages';
import { getResultUrl, renderResultBody } from './render';

/** Wires a `<help-search>`: a combobox with a results popup, or the full search page. */
export function attachSearch(element: HTMLElement): void {
	const input = element.querySelector('input')!;
	const form = element.querySelector('form')!;
	const messages = JSON.parse(element.dataset['messages'] ?? '{}') as SearchMessages;
	const lang = document.documentElement.lang;
	// Only the search page has a results list; a page-style box elsewhere (404) is a combobox.
	if (element.classList.contains('search--page') && document.querySelector('[data-search-results]')) {
		attachPage(input, form, messages, lang);
	} else {
		attachCombobox(element, input, form, messages, lang);
	}
}

function attachCombobox(
	element: HTMLElement,
	input: HTMLInputElement,
	form: HTMLFormElement,
	messages: SearchMessages,
	lang: string,
): void {
	const listId = `${input.id}-listbox`;
	const list = document.createElement('ul');
	list.id = listId;
	list.className = 'search__popup';
	list.setAttribute('role', 'listbox');
	list.setAttribute('aria-label', input.labels?.[0]?.textContent ?? '');
	list.hidden = true;
	const status = document.createElement('p');
	status.className = 'visually-hidden';
	status.setAttribute('role', 'status');
	form.append(list, status);
	input.setAttribute('role', 'combobox');
	input.setAttribute('aria-autocomplete', 'list');
	input.setAttribute('aria-controls', listId);
	input.setAttribute('aria-expanded', 'false');
	let options: HTMLLIElement[] = [];
	let active = -1;
	let generation = 0;

	const close = () => {
		// Searches still running or waiting when the reader closes the popup must not reopen it.
		generation++;
		schedule.cancel();
		list.hidden = true;
		input.setAttribute('aria-expanded', 'false');
		input.removeAttribute('aria-activedescendant');
		active = -1;
	};
	const setActive = (index: number) => {
		options.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
		active = index;
		if (index < 0) input.removeAttribute('aria-activedescendant');
		else {
			input.setAttribute('aria-activedescendant', options[index]!.id);
			options[index]!.scrollIntoView({ block: 'nearest' });
		}
	};
	const option = (id: string, href: string, content: Node | string) => {
		const li = document.createElement('li');
		li.id = id;
		li.className = 'search__option';
		li.setAttribute('role', 'option');
		li.setAttribute('aria-selected', 'false');
		li.dataset['href'] = href;
		li.append(content);
		li.addEventListener('mousedown', (event) => event.preventDefault());
		li.addEventListener('click', () => location.assign(href));
		return li;
	};
	const render = (query: string, results: SearchResult[]) => {
		options = results.map((r, i) => option(`${listId}-${i}`, getResultUrl(r), renderResultBody(r, messages.section)));
		const searchUrl = `${form.action}?q=${encodeURIComponent(query)}`;
		options.push(option(`${listId}-all`, searchUrl, messages.seeAll.replace('{query}', query)));
		list.replaceChildren(...options);
		list.hidden = false;
		input.setAttribute('aria-expanded', 'true');
		active = -1;
		status.textContent = results.length === 0 ? messages.noResults.replace('{query}', query) : formatCount(messages, results.length);
		watchZeroResults(query, results.length);
	};
	const schedule = latestOnly(async (query) => {
		const mine = ++generation;
		if (!query.trim()) {
			watchZeroResults('', 0);
			return close();
		}
		const results = await search(query, lang, 6).catch(() => null);
		if (mine !== generation) return;
		if (results === null) {
			status.textContent = messages.error;
			return;
		}
		render(query.trim(), results);
	});

	input.addEventListener('input', () => schedule(input.value));
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			if (list.hidden) {
				if (input.value.trim()) schedule(input.value);
				return;
			}
			event.preventDefault();
			const step = event.key === 'ArrowDown' ? 1 : -1;
			let next = active + step;
			if (next >= options.length) next = -1;
			else if (next < -1) next = options.length - 1;
			setActive(next);
		} else if (event.key === 'Enter' && active >= 0 && !list.hidden) {
			event.preventDefault();
			location.assign(options[active]!.dataset['href']!);
		} else if (event.key === 'Escape') {
			if (!list.hidden) {
				event.preventDefault();
				close();
			} else if (input.value) {
				input.value = '';
				// A search for the cleared text may still be running.
				close();
			}
		}
	});
	input.addEventListener('blur', () => setTimeout(close, 150));
	element.addEventListener('focusin', () => {
		if (input.value.trim() && list.hidden && options.length > 0) {
			list.hidden = false;
			input.setAttribute('aria-expanded', 'true');
		}
	});
	if (input.value.trim()) schedule(input.value);
}

function attachPage(input: HTMLInputElement, form: HTMLFormElement, messages: SearchMessages, lang: string): void {
	// On the search page, focusing the box is the start of a search.
	preloadSearch(lang);
	const results = document.querySelector<HTMLElement>('[data-search-results]')!;
	const status = document.querySelector<HTMLElement>('[data-search-status]')!;
	const empty = document.querySelector<HTMLElement>('[data-search-empty]')!;
	const emptyMessage = document.querySelector<HTMLElement>('[data-search-empty-message]')!;
	let generation = 0;

	const show = async (query: string) => {
		const mine = ++generation;
		const trimmed = query.trim();
		results.setAttribute('aria-busy', 'true');
		if (!trimmed) {
			watchZeroResults('', 0);
			results.replaceChildren();
			empty.hidden = true;
			status.textContent = '';
			results.setAttribute('aria-busy', 'false');
			return;
		}
		status.textContent = messages.loading;
		const found = await search(trimmed, lang, 10).catch(() => null);
		if (mine !== generation) return;
		if (found === null) {
			status.textContent = messages.error;
			results.replaceChildren();
			results.setAttribute('aria-busy', 'false');
			return;
		}
		results.replaceChildren(
			...found.map((result) => {
				const li = document.createElement('li');
				const link = document.createElement('a');
				link.href = getResultUrl(result);
				link.append(renderResultBody(result, messages.section));
				li.append(link);
				return li;
			}),
		);
		status.textContent = formatCount(messages, found.length);
		emptyMessage.textContent = messages.noResults.replace('{query}', trimmed);
		empty.hidden = found.length > 0;
		watchZeroResults(trimmed, found.length);
		results.setAttribute('aria-busy', 'false');
	};
	const schedule = latestOnly(show);
	const urlQuery = () => new URLSearchParams(location.search).get('q') ?? '';

	// One history entry per query: the first keystroke of a new query pushes, the rest replace,
	// so Back returns to the previous query rather than to each letter typed.
	let editing = false;
	const setUrlQuery = (query: string, push: boolean) => {
		const url = new URL(location.href);
		url.searchParams.set('q', query);
		if (push) history.pushState(null, '', url);
		else history.replaceState(null, '', url);
	};
	input.addEventListener('input', () => {
		setUrlQuery(input.value, !editing && urlQuery() !== '');
		editing = true;
		schedule(input.value);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		if (input.value !== urlQuery()) setUrlQuery(input.value, !editing);
		editing = false;
		void show(input.value);
	});
	// Keep what the reader typed while this module was loading; otherwise show the URL's query.
	if (urlQuery() || !input.value) {
		input.value = urlQuery();
	} else {
		setUrlQuery(input.value, false);
		editing = true;
	}
	void show(input.value);
	addEventListener('popstate', () => {
		editing = false;
		input.value = urlQuery();
		void show(input.value);
	});
}
