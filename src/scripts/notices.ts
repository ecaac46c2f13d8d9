import { getNextChange, getNoticeState, type NoticeWindow } from '../schemas/notice-time';
import { stampControls } from './stamp-controls';

/**
 * `<help-notice data-start data-end>` (ms since the epoch): one service notice, or a channel's
 * mark of one. The page was built at some moment; this shows what is true now. A notice that has
 * ended is hidden; one that has started is put in the page from its data block (a scheduled
 * notice waits there, unread by text browsers and search). One timer for the whole page wakes at
 * the next start or end, and the page checks again when it is shown after being in the background
 * or restored from the back-forward cache, where timers may have slept.
 */
const notices = new Set<HelpNotice>();
let timer: ReturnType<typeof setTimeout> | undefined;

/** setTimeout fires at once for delays beyond a signed 32-bit number of milliseconds (24.8 days). */
const LONGEST_DELAY = 2 ** 31 - 1;

function update(): void {
	const now = Date.now();
	for (const notice of notices) notice.show(now);
	clearTimeout(timer);
	const next = getNextChange(
		[...notices].map((n) => n.window),
		now,
	);
	if (next !== undefined) timer = setTimeout(update, Math.min(next - now, LONGEST_DELAY));
}

class HelpNotice extends HTMLElement {
	window: NoticeWindow = { start: 0, end: 0 };

	connectedCallback(): void {
		const start = Number(this.dataset['start']);
		const end = Number(this.dataset['end']);
		if (!Number.isFinite(start) || !Number.isFinite(end)) return;
		this.window = { start, end };
		notices.add(this);
		update();
	}

	disconnectedCallback(): void {
		notices.delete(this);
	}

	/** Shows the notice while it is active, from its data block the first time; hides it otherwise. */
	show(now: number): void {
		const active = getNoticeState(this.window, now) === 'active';
		if (active) stampControls(this);
		this.hidden = !active;
	}
}

customElements.define('help-notice', HelpNotice);
document.addEventListener('visibilitychange', () => {
	if (document.visibilityState === 'visible') update();
});
addEventListener('pageshow', (event) => {
	if (event.persisted) update();
});
