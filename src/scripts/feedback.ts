import { toVoteEvent } from '../lib/feedback';
import { sendFeedback } from './feedback-beacon';
import { stampControls } from './stamp-controls';

/**
 * `<help-feedback>`: "Was this helpful?" under an article. Its form is script-only markup, put in
 * the page here, so readers without JavaScript (text browsers included) never see dead buttons.
 * A "no" shows further help and, when the site collects feedback, an optional comment; that vote
 * is sent with the comment, or when the page is left.
 */
class HelpFeedback extends HTMLElement {
	connectedCallback(): void {
		if (!stampControls(this)) return;
		const vote = this.querySelector<HTMLFormElement>('[data-feedback-vote]');
		const status = this.querySelector<HTMLElement>('[data-feedback-status]');
		const more = this.querySelector<HTMLElement>('[data-feedback-more]');
		const commentForm = this.querySelector<HTMLFormElement>('[data-feedback-comment]');
		if (!vote || !status || !more) return;
		const base = { article: this.dataset['article'] ?? '', locale: this.dataset['locale'] ?? '' };
		const announce = (text: string | undefined) => {
			status.textContent = text ?? '';
			status.focus();
		};
		let unsentNo: (() => void) | undefined;
		addEventListener('pagehide', () => unsentNo?.());

		vote.addEventListener('submit', (event) => {
			event.preventDefault();
			const helpful = (event.submitter as HTMLButtonElement | null)?.value === 'yes';
			vote.hidden = true;
			if (helpful) {
				sendFeedback(toVoteEvent({ ...base, helpful }));
				return announce(this.dataset['thanks']);
			}
			announce(this.dataset['sorry']);
			more.hidden = false;
			if (!commentForm) {
				sendFeedback(toVoteEvent({ ...base, helpful }));
				return;
			}
			unsentNo = () => {
				unsentNo = undefined;
				sendFeedback(toVoteEvent({ ...base, helpful }));
			};
		});

		commentForm?.addEventListener('submit', (event) => {
			event.preventDefault();
			const comment = String(new FormData(commentForm).get('comment') ?? '');
			unsentNo = undefined;
			sendFeedback(toVoteEvent({ ...base, helpful: false, comment }));
			commentForm.hidden = true;
			announce(this.dataset['commentThanks']);
		});
		this.hidden = false;
	}
}

customElements.define('help-feedback', HelpFeedback);
