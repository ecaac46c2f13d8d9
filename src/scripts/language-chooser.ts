import { locales } from '../config/site';
import { LOCALE_STORAGE_KEY, pickLocale } from '../lib/language-choice';

/** `<help-language-chooser>`: opens the reader's language right away; the links stay as the no-JS path. */
class HelpLanguageChooser extends HTMLElement {
	connectedCallback(): void {
		const targets = JSON.parse(this.dataset['targets'] ?? '{}') as Record<string, string>;
		let saved: string | null = null;
		try {
			saved = localStorage.getItem(LOCALE_STORAGE_KEY);
		} catch {
			// Storage blocked: fall back to the browser language.
		}
		const available = locales.filter((l) => targets[l.code]);
		const locale = pickLocale(saved, navigator.languages, available);
		if (locale && targets[locale]) location.replace(targets[locale] + location.hash);
	}
}

customElements.define('help-language-chooser', HelpLanguageChooser);
