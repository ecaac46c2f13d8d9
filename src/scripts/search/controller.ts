import { watchZeroResults } from '../feedback-beacon';
import { latestOnly } from '../../lib/search/latest-only';
import { withoutPartialWord, type SearchOptions } from '../../lib/search/pipeline';
import { preloadSearch, search, type SearchResult } from './engine';
import { formatCount, formatNoResults, formatSeeAll, type SearchMessages } from './messages';
import { getResultUrl, renderResultBody } from './render';
import { isComposing, onTextInput } from './typing';

/** Wires a `<help-search>`: a combobox with a results popup, or the full search page. */
export function attachSearch(element: HTMLElement): void {
	const input = element.querySelector('input')!;
	const form = element.querySelector('form')!;
	const messages = JSON.parse(element.dataset['messages'] ?? '{}') as SearchMessages;
	const lang = document.documentElement.lang;
	// Only the search page has a results list; a page-style box elsewhere (404) is a combobox.
	if (
		element.classList.contains('search--page') &&
		document.querySelector('[data-search-results]')
	) {
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
		options = results.map((r, i) =>
			option(`${listId}-${i}`, getResultUrl(r), renderResultBody(r, messages.section)),
		);
		const searchUrl = `${form.action}?q=${encodeURIComponent(query)}`;
		options.push(option(`${listId}-all`, searchUrl, formatSeeAll(messages, query)));
		list.replaceChildren(...options);
		list.hidden = false;
		input.setAttribute('aria-expanded', 'true');
		active = -1;
		status.textContent =
			results.length === 0
				? formatNoResults(messages, query)
				: formatCount(messages, results.length);
		watchZeroResults(query, results.length);
	};
	// Everything the combobox searches is text being typed: its last word may be unfinished.
	const schedule = latestOnly(async (query: string, superseded: () => boolean) => {
		const mine = ++generation;
		// One letter is not a query yet: nothing to show, and nothing to download.
		if (!withoutPartialWord(query).trim()) {
			watchZeroResults('', 0);
			return close();
		}
		const results = await search(query, lang, 6, { typing: true, superseded }).catch(() => null);
		if (mine !== generation || results === undefined) return;
		if (results === null) {
			status.textContent = messages.error;
			return;
		}
		render(query.trim(), results);
	});

	onTextInput(input, (text) => schedule(text));
	input.addEventListener('keydown', (event) => {
		// Arrow keys, Enter and Escape belong to the input method while it composes.
		if (isComposing(input, event)) return;
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
	if (input.value.trim() && !isComposing(input)) schedule(input.value);
}

/** Returns the no-results advice of the search page: built here, since it only means something once search runs. */
function buildEmptyState(messages: SearchMessages): {
	empty: HTMLElement;
	emptyMessage: HTMLElement;
} {
	const empty = document.createElement('section');
	empty.className = 'search-empty';
	empty.dataset['searchEmpty'] = '';
	empty.hidden = true;
	const emptyMessage = document.createElement('p');
	const hint = document.createElement('p');
	hint.textContent = messages.noResultsHint;
	const contact = document.createElement('a');
	contact.className = 'button';
	contact.href = messages.contactPath;
	contact.textContent = messages.contactLink;
	const contactLine = document.createElement('p');
	contactLine.append(contact);
	empty.append(emptyMessage, hint, contactLine);
	return { empty, emptyMessage };
}

/** How many results the search page shows at once (the reranking reaches as deep), and in all. */
const FIRST_RESULTS = 6;
const ALL_RESULTS = 10;

function attachPage(
	input: HTMLInputElement,
	form: HTMLFormElement,
	messages: SearchMessages,
	lang: string,
): void {
	preloadSearch(lang);
	const results = document.querySelector<HTMLElement>('[data-search-results]')!;
	const status = document.querySelector<HTMLElement>('[data-search-status]')!;
	const { empty, emptyMessage } = buildEmptyState(messages);
	results.after(empty);
	status.textContent = '';
	let generation = 0;

	/** Returns one result of the search page: a link holding its title, topic, section and excerpt. */
	const toListItem = (result: SearchResult): HTMLLIElement => {
		const li = document.createElement('li');
		const link = document.createElement('a');
		link.href = getResultUrl(result);
		link.append(renderResultBody(result, messages.section));
		li.append(link);
		return li;
	};

	const show = async (query: string, typing = false, superseded?: () => boolean) => {
		const mine = ++generation;
		const trimmed = query.trim();
		results.setAttribute('aria-busy', 'true');
		if (!(typing ? withoutPartialWord(query) : query).trim()) {
			watchZeroResults('', 0);
			results.replaceChildren();
			delete results.dataset['query'];
			empty.hidden = true;
			status.textContent = '';
			results.setAttribute('aria-busy', 'false');
			return;
		}
		status.textContent = messages.loading;
		const options = { typing, ...(superseded ? { superseded } : {}) };
		const found = await search(typing ? query : trimmed, lang, FIRST_RESULTS, options).catch(
			() => null,
		);
		if (mine !== generation || found === undefined) return;
		if (found === null) {
			status.textContent = messages.error;
			results.replaceChildren();
			results.setAttribute('aria-busy', 'false');
			return;
		}
		results.replaceChildren(...found.map((r) => toListItem(r)));
		status.textContent = formatCount(messages, found.length);
		// Which query the list shows, for anything that waits for a particular search to finish.
		results.dataset['query'] = trimmed;
		emptyMessage.textContent = formatNoResults(messages, trimmed);
		empty.hidden = found.length > 0;
		if (found.length === FIRST_RESULTS)
			void showMore(typing ? query : trimmed, options, found, mine);
		watchZeroResults(trimmed, found.length);
		results.setAttribute('aria-busy', 'false');
	};
	/**
	 * Appends the results after the first ones, once those are shown: their previews arrive while
	 * the reader reads, and the first results never move (a result only joins below them).
	 */
	const showMore = async (
		query: string,
		options: SearchOptions,
		shown: readonly SearchResult[],
		mine: number,
	) => {
		const all = await search(query, lang, ALL_RESULTS, options).catch(() => undefined);
		if (!all || mine !== generation) return;
		const seen = new Set(shown.map((r) => r.url));
		const more = all.filter((r) => !seen.has(r.url));
		results.append(...more.map((r) => toListItem(r)));
		status.textContent = formatCount(messages, shown.length + more.length);
	};
	const schedule = latestOnly((text: string, superseded: () => boolean) =>
		show(text, true, superseded),
	);
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
	onTextInput(input, (text) => {
		setUrlQuery(text, !editing && urlQuery() !== '');
		editing = true;
		schedule(text);
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		if (isComposing(input)) return;
		if (input.value !== urlQuery()) setUrlQuery(input.value, !editing);
		editing = false;
		void show(input.value);
	});
	// Keep what the reader typed while this module was loading; otherwise show the URL's query.
	if (isComposing(input)) {
		// The composition's end will search; until then nothing runs, renders or changes the URL.
	} else if (urlQuery() || !input.value) {
		input.value = urlQuery();
		void show(input.value);
	} else {
		setUrlQuery(input.value, false);
		editing = true;
		void show(input.value);
	}
	addEventListener('popstate', () => {
		editing = false;
		input.value = urlQuery();
		void show(input.value);
	});
}
