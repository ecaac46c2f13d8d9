import { LOCALE_STORAGE_KEY } from '../lib/language-choice';

// A click on a language link is the reader's explicit choice; `/` and short links honour it later.
document.addEventListener('click', (event) => {
	const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-locale]');
	if (!link?.dataset['locale']) return;
	try {
		localStorage.setItem(LOCALE_STORAGE_KEY, link.dataset['locale']);
	} catch {
		// Storage blocked: nothing to remember.
	}
});
