/**
 * `<help-contact-checker>`: tells readers whether the phone numbers, emails, web addresses and
 * accounts in what they paste (one detail or a whole message) are official channels. Everything
 * runs on the device: no request leaves the page.
 *
 * Markup (script-only, put in the page here in place of the no-script note): a `<form>` with a
 * `<textarea>`, a `<p role="status" aria-live="polite">` for the verdict on the whole text, and a
 * `<ul hidden>` for one line per detail. Attributes (JSON): `data-official` (the official index),
 * `data-messages` (the checker's sentences by key), `data-channel-names` (channel id → name).
 */
import { stampControls } from './stamp-controls';
import { checkMessage, type OfficialIndex } from '../lib/contact-check';
import { describeCheck, type CheckerAnswer, type CheckerMessages } from '../lib/contact-report';

const DEBOUNCE_MS = 300;

function readJson<T>(element: HTMLElement, name: string): T | undefined {
	try {
		const raw = element.getAttribute(name);
		return raw ? (JSON.parse(raw) as T) : undefined;
	} catch {
		return undefined;
	}
}

/** One `<li>` per detail: the detail as written, then its verdict and why. Text only, never markup. */
function renderLines(list: HTMLUListElement, answer: CheckerAnswer, colon: string): void {
	list.replaceChildren(
		...answer.lines.map((line) => {
			const item = document.createElement('li');
			item.className = 'checker__item';
			item.dataset['verdict'] = line.verdict;
			const value = document.createElement('span');
			value.className = 'checker__value';
			value.dir = 'auto';
			value.textContent = line.text;
			const label = document.createElement('strong');
			label.className = 'checker__label';
			label.textContent = line.label;
			const note = document.createElement('span');
			note.className = 'checker__note';
			note.append(label, colon, line.note);
			item.append(value, note);
			return item;
		}),
	);
	list.hidden = answer.lines.length === 0;
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
		const input = form?.querySelector('textarea');
		const output = this.querySelector<HTMLElement>('[role="status"]');
		const list = this.querySelector<HTMLUListElement>('ul.checker__items');
		if (!form || !input || !output || !list) return;
		const messages = readJson<CheckerMessages>(this, 'data-messages') ?? {};
		const names = readJson<Record<string, string>>(this, 'data-channel-names') ?? {};
		this.#ready = true;

		const show = (value: string, onSubmit: boolean) => {
			const answer = describeCheck(checkMessage(value, index), messages, index, names);
			// While typing, an empty field clears the answer instead of scolding the reader.
			if (answer.verdict === 'empty' && !onSubmit) {
				output.textContent = '';
				delete output.dataset['verdict'];
				delete output.dataset['reason'];
				renderLines(list, { ...answer, lines: [] }, '');
				return;
			}
			// textContent only: the reader's input never becomes markup.
			output.textContent = answer.summary;
			output.dataset['verdict'] = answer.verdict;
			output.dataset['reason'] = answer.reason;
			renderLines(list, answer, messages.colon ?? ': ');
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
		// Enter checks, as in a one-line field; Shift+Enter starts a new line.
		input.addEventListener('keydown', (event) => {
			if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
				event.preventDefault();
				form.requestSubmit();
			}
		});
	}

	disconnectedCallback(): void {
		clearTimeout(this.#timer);
	}
}

if (!customElements.get('help-contact-checker')) {
	customElements.define('help-contact-checker', HelpContactChecker);
}
