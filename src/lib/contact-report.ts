/**
 * The checker's answer in words: one summary for the whole text (what the page announces) and
 * one line per detail found. The sentences come from the UI dictionaries (checker-messages.ts);
 * this module only picks and fills them. Pure and dependency-free: it ships to the browser.
 */
import {
	itemVerdicts,
	type CheckedContact,
	type ContactCheckResult,
	type ContactReason,
	type ContactVerdict,
	type ItemVerdict,
	type MessageCheck,
	type OfficialIndex,
} from './contact-check';
import { fillTemplate, joinText } from './ui-text';

/**
 * The checker's sentences: a verdict's or a reason's code, `advice` (never share codes…),
 * `found` (`{count}` details), `overall.<verdict>` for several details, `label.<verdict>` for one
 * line of the list, `site` (what an official address on our own website is called) and `colon`
 * (between a line's label and its note, with the language's spacing).
 */
export type CheckerMessageKey =
	| ContactVerdict
	| ContactReason
	| 'advice'
	| 'found'
	| 'site'
	| 'colon'
	| `overall.${ItemVerdict}`
	| `label.${ItemVerdict}`;
export type CheckerMessages = Partial<Record<CheckerMessageKey, string>>;

/** One detail as the list shows it. */
export interface CheckerLine {
	/** As written in the reader's text. */
	readonly text: string;
	readonly verdict: ItemVerdict;
	/** Short verdict: 官方渠道 / Official, 请注意 / Careful … */
	readonly label: string;
	/** Why, with the official channel named where there is one. */
	readonly note: string;
}

export interface CheckerAnswer {
	readonly verdict: ContactVerdict;
	readonly reason: ContactReason;
	/** What the status region announces: the verdict for the whole text, and advice if it is not official. */
	readonly summary: string;
	readonly lines: readonly CheckerLine[];
}

/** The words a sentence may need: `{channel}`, `{value}`, `{platform}`, `{app}`, `{count}`. */
function valuesFor(
	result: ContactCheckResult,
	messages: CheckerMessages,
	index: OfficialIndex,
	names: Readonly<Record<string, string>>,
): Record<string, string> {
	const id = result.channelId;
	const handle = index.handles.find((h) => h.id === id);
	const url = index.urls.find((u) => u.id === id);
	const value =
		index.phones.find((p) => p.id === id)?.shown ??
		index.emails.find((e) => e.id === id)?.address ??
		handle?.shown ??
		(url ? `${url.host}${url.path}` : '');
	const site = result.verdict === 'official' ? (messages.site ?? '') : '';
	return {
		channel: (id && names[id]) || site,
		value,
		platform: handle?.platform ?? '',
		app: result.app ?? '',
		count: '',
	};
}

/**
 * Returns the summary and the lines to show for a checked text.
 * @example describeCheck(checkMessage('+1 800 555 0123', index), messages, index, { hotline: 'Support hotline' })
 * // { verdict: 'official', summary: 'This is an official channel: Support hotline.', lines: [{ text: '+1 800 555 0123', label: 'Official', … }] }
 */
export function describeCheck(
	check: MessageCheck,
	messages: CheckerMessages,
	index: OfficialIndex,
	names: Readonly<Record<string, string>>,
): CheckerAnswer {
	const say = (key: CheckerMessageKey, values: Record<string, string> = {}) =>
		fillTemplate(messages[key] ?? '', values).trim();
	const { verdict, reason, items } = check;
	const judged = (itemVerdicts as readonly string[]).includes(verdict);
	// Anything that is not official gets the safety advice: no codes, no passwords, use this page.
	const advice = judged && verdict !== 'official' ? [say('advice')] : [];
	const [only] = items;
	const summary =
		items.length === 0
			? [say(verdict), ...(verdict === reason ? [] : [say(reason)])]
			: items.length === 1 && only
				? [say(verdict, valuesFor(only, messages, index, names)), ...advice]
				: [
						say('found', { count: String(items.length) }),
						say(`overall.${verdict as ItemVerdict}`),
						...advice,
					];
	return {
		verdict,
		reason,
		summary: joinText(summary.filter(Boolean)),
		lines: items.map((item: CheckedContact) => ({
			text: item.text,
			verdict: item.verdict,
			label: say(`label.${item.verdict}`),
			note: say(item.reason, valuesFor(item, messages, index, names)),
		})),
	};
}
