/**
 * `<help-contact-checker>`: tells readers whether a phone number, email, address or account is an
 * official channel. Everything runs on the device: no request leaves the page.
 *
 * Markup (script-only, put in the page here in place of the no-script note): a `<form>` with an
 * `<input>`, and a `<p role="status" aria-live="polite">` for the answer. Attributes (JSON):
 * `data-official` (the official index), `data-messages` (verdict and reason code → sentence),
 * `data-channel-names` (channel id → localized name).
 */
import { stampControls } from './stamp-controls';
import {
	checkContact,
	formatContactResult,
	type ContactMessages,
	type OfficialIndex,
} from '../lib/contact-check';

const DEBOUNCE_MS = 300;

function readJson<T>(element: HTMLElement, name: string): T | undefined {
	try {
		const raw = element.getAttribute(name);
		return raw ? (JSON.parse(raw) as T) : undefined;
	} catch {
		return undefined;
	}
}

class HelpContactChecker extends HTMLElement {
	#timer: ReturnType<typeof setTimeout> | undefined;
	#ready = false;

	connectedCallback(): void {
		// Moving the element in the DOM connects it again; listeners must be added once.
		if (this.#ready) return;
		const index = readJson<OfficialIndex>(this, 'data-official');
		if (!index || !stampControls(this)) return;
		const form = this.querySelector('form');
		const input = form?.querySelector('input');
		const output = this.querySelector<HTMLElement>('[role="status"]');
		if (!form || !input || !output) return;
		const messages = readJson<ContactMessages>(this, 'data-messages') ?? {};
		const names = readJson<Record<string, string>>(this, 'data-channel-names') ?? {};
		this.#ready = true;

		const show = (value: string, onSubmit: boolean) => {
			const result = checkContact(value, index);
			// While typing, an empty field clears the answer instead of scolding the reader.
			if (result.verdict === 'empty' && !onSubmit) {
				output.textContent = '';
				delete output.dataset['verdict'];
				delete output.dataset['reason'];
				return;
			}
			// textContent only: the reader's input never becomes markup.
			output.textContent = formatContactResult(result, messages, names);
			output.dataset['verdict'] = result.verdict;
			output.dataset['reason'] = result.reason;
		};

		form.addEventListener('submit', (event) => {
			event.preventDefault();
			clearTimeout(this.#timer);
			show(input.value, true);
		});
		input.addEventListener('input', () => {
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => show(input.value, false), DEBOUNCE_MS);
		});
	}

	disconnectedCallback(): void {
		clearTimeout(this.#timer);
	}
}

if (!customElements.get('help-contact-checker')) {
	customElements.define('help-contact-checker', HelpContactChecker);
}
