/**
 * Finds the reader's query in a text as they wrote it: for Chinese, the longest stretches of
 * two or more characters of what they typed (a single character only when they typed just
 * that one, never one of grammar such as 的); Latin words as whole words with the same stem
 * (`refunds` marks `refund`, `app` never marks `appeal`).
 */
import { isFunctionChar } from './query';
import { hasHan, STOPWORDS } from './tokens';

/** A marked stretch of text: [start, end) in UTF-16 offsets. */
export type Range = readonly [number, number];

const LATIN_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Returns a crude English stem, enough to match inflections. @example stemWord('withdrawals') // 'withdraw' */
export function stemWord(word: string): string {
	let w = word.toLowerCase().replace(/['’]s$/, '');
	if (w.length <= 3) return w;
	if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
	else if (w.endsWith('sses')) w = w.slice(0, -2);
	else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1);
	for (const suffix of ['ing', 'ed', 'ly']) {
		if (w.endsWith(suffix) && w.length - suffix.length >= (suffix === 'ing' ? 3 : 4)) {
			w = w.slice(0, -suffix.length);
			break;
		}
	}
	// withdrawal, approval, refusal, arrival — but not appeal or total.
	if (/[wvsr]al$/.test(w) && w.length >= 6) w = w.slice(0, -2);
	// payment → pay, settlement → settle: readers type the verb, articles the noun.
	else if (w.endsWith('ment') && w.length >= 7) w = w.slice(0, -4);
	return w.replace(/e$/, '');
}

/** Returns whether a text word is the query word (same stem), or its continuation while the reader is still typing. */
function latinMatches(textWord: string, queryWord: string, isPrefix: boolean): boolean {
	const w = textWord.toLowerCase();
	if (stemWord(w) === stemWord(queryWord)) return true;
	return isPrefix && queryWord.length >= 3 && w.startsWith(queryWord);
}

/** Returns the stretches of `text` that repeat at least two characters of a Chinese query part (one if the part is one). */
function hanRanges(text: string, part: string): [number, number][] {
	const ranges: [number, number][] = [];
	const min = [...part].length === 1 ? 1 : 2;
	for (let at = 0; at < text.length;) {
		let length = 0;
		for (let l = Math.min(part.length, text.length - at); l >= min; l--) {
			const piece = text.slice(at, at + l);
			if (part.includes(piece) && [...piece].some((c) => !isFunctionChar(c))) {
				length = l;
				break;
			}
		}
		if (length > 0) ranges.push([at, at + length]);
		at += Math.max(length, 1);
	}
	return ranges;
}

/**
 * Returns the stretches of `text` that are query words, merged where they touch or are only
 * separated by spaces (so `payment password` is one mark). `lastIsPrefix` lets the last word
 * match the start of a longer word, for a query still being typed.
 * @example findMatches('忘记支付密码怎么办', ['忘记密码']) // [[0, 2], [4, 6]]
 */
export function findMatches(text: string, words: readonly string[], lastIsPrefix = false): Range[] {
	const ranges: [number, number][] = [];
	const lower = text.toLowerCase();
	words.forEach((word, i) => {
		if (!word) return;
		if (hasHan(word)) {
			ranges.push(...hanRanges(lower, word));
			return;
		}
		const isPrefix = lastIsPrefix && i === words.length - 1;
		for (const match of text.matchAll(LATIN_WORD)) {
			if (latinMatches(match[0], word, isPrefix))
				ranges.push([match.index, match.index + match[0].length]);
		}
	});
	ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
	const merged: [number, number][] = [];
	for (const range of ranges) {
		const last = merged.at(-1);
		if (last && (range[0] <= last[1] || /^ +$/.test(text.slice(last[1], range[0]))))
			last[1] = Math.max(last[1], range[1]);
		else merged.push([range[0], range[1]]);
	}
	return merged;
}

const stemsOf = (text: string) =>
	[...text.matchAll(LATIN_WORD)].map((m) => stemWord(m[0])).filter((w) => !STOPWORDS.has(w));

/**
 * Returns the share of the query's adjacent Latin word pairs that a text has side by side (stopwords
 * between them allowed): "face id" in "Face ID login", not "face" here and "ID card" there.
 */
export function countPairsIn(text: string, words: readonly string[]): number {
	const latin = words.filter((w) => !hasHan(w)).map(stemWord);
	if (latin.length < 2) return 0;
	const stems = stemsOf(text);
	const pairs = new Set(stems.slice(1).map((s, i) => `${stems[i]} ${s}`));
	let found = 0;
	for (let i = 1; i < latin.length; i++) if (pairs.has(`${latin[i - 1]} ${latin[i]}`)) found++;
	return found / (latin.length - 1);
}

/** Returns how much of the query a text contains: per word 1 when found (a Chinese part by the share of its characters found). */
export function countWordsIn(text: string, words: readonly string[]): number {
	let count = 0;
	for (const word of new Set(words)) {
		const ranges = findMatches(text, [word]);
		if (ranges.length === 0) continue;
		if (!hasHan(word)) count += 1;
		else {
			const found = new Set(ranges.flatMap(([s, e]) => [...text.slice(s, e).toLowerCase()]));
			count += [...word].filter((c) => found.has(c)).length / [...word].length;
		}
	}
	return count;
}
