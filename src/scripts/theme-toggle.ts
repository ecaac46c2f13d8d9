import { stampControls } from './stamp-controls';

/** `<help-theme-toggle>`: flips between light and dark and remembers the choice. */
const STORAGE_KEY = 'hc-theme';

function currentTheme(): 'light' | 'dark' {
	const chosen = document.documentElement.dataset['theme'];
	if (chosen === 'light' || chosen === 'dark') return chosen;
	return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

class HelpThemeToggle extends HTMLElement {
	connectedCallback(): void {
		// The button is not in the HTML, so that readers without JavaScript never see a dead one.
		if (!stampControls(this)) return;
		const button = this.querySelector('button');
		if (!button) return;
		button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
		button.addEventListener('click', () => {
			const next = currentTheme() === 'dark' ? 'light' : 'dark';
			document.documentElement.dataset['theme'] = next;
			button.setAttribute('aria-pressed', String(next === 'dark'));
			try {
				localStorage.setItem(STORAGE_KEY, next);
			} catch {
				// Private mode: the choice lasts for this page only.
			}
		});
	}
}

customElements.define('help-theme-toggle', HelpThemeToggle);
