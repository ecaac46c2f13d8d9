import { copyText } from './clipboard';
import { applyStaffMode } from './staff-mode';
import { stampControls } from './stamp-controls';

/**
 * `<help-copy-tools>`: a "copy link" button for the article and one beside every heading anchor,
 * for every reader; in staff mode (src/lib/staff-mode.ts) also the reply templates. The buttons are
 * script-only markup, put in the page here: without JavaScript they would do nothing.
 */
class HelpCopyTools extends HTMLElement {
	connectedCallback(): void {
		if (!stampControls(this)) return;
		if (applyStaffMode()) stampControls(this, 'staff');
		const status = this.querySelector<HTMLElement>('[data-copy-status]');
		const announce = (ok: boolean) => {
			if (!status) return;
			// Clearing first makes screen readers announce a repeated message again.
			status.textContent = '';
			requestAnimationFrame(() => {
				status.textContent = ok ? (this.dataset['copied'] ?? '') : (this.dataset['failed'] ?? '');
			});
		};
		// Staff paste the public address, not whatever host this copy of the page is served from;
		// the fragment stays percent-encoded so chat apps never cut a link at a Chinese character.
		const canonical =
			document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
		for (const anchor of document.querySelectorAll<HTMLAnchorElement>('.heading-anchor')) {
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'heading-copy';
			button.dataset['copy'] = canonical.replace(/#.*$/, '') + new URL(anchor.href).hash;
			button.setAttribute(
				'aria-label',
				anchor.dataset['copyLabel'] ?? anchor.getAttribute('aria-label') ?? '',
			);
			button.textContent = anchor.dataset['copyText'] ?? '';
			anchor.after(button);
		}
		document.addEventListener('click', async (event) => {
			const button = (event.target as Element | null)?.closest<HTMLButtonElement>(
				'button[data-copy]',
			);
			if (!button) return;
			announce(await copyText(button.dataset['copy'] ?? ''));
		});
		this.hidden = false;
	}
}

customElements.define('help-copy-tools', HelpCopyTools);
