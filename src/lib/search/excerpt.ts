/**
 * Chooses what a search result shows under its title: the section that answers the query and
 * one or two whole sentences of it, with the query words marked. Text is cut only at sentence
 * or clause ends; "…" appears only where a sentence really was cut.
 */
import { countWordsIn, findMatches, type Range } from './highlight';
import type { ResultPreview } from './index-record';
import { hasHan } from './tokens';

/** A run of excerpt text, marked or not. */
export interface ExcerptPart {
	readonly text: string;
	readonly mark: boolean;
}

export interface Excerpt {
	/** The section the excerpt comes from; undefined for the text before the first heading or the summary. */
	readonly section?: { readonly id: string; readonly heading: string };
	readonly parts: readonly ExcerptPart[];
}

/** Sentence ends: Chinese full stops and the like, or Latin ones followed by a space. */
const SENTENCE_END = /[。！？；]+[”’」』）)]*|[.!?;]+[”’"')]*(?=\s|$)/gu;
const CLAUSE_END = /[，、：,:]/gu;

/** Lengths in characters: Chinese reads about 2.5× denser than English. */
function limits(text: string) {
	return hasHan(text) ? { min: 28, max: 90 } : { min: 70, max: 200 };
}

/** Returns the sentences of each block of a section's text ("\n" separates blocks). */
export function splitSentences(text: string): string[][] {
	return text.split('\n').map((block) => {
		const sentences: string[] = [];
		let start = 0;
		for (const match of block.matchAll(SENTENCE_END)) {
			const end = match.index + match[0].length;
			const sentence = block.slice(start, end).trim();
			if (sentence) sentences.push(sentence);
			start = end;
		}
		const rest = block.slice(start).trim();
		if (rest) sentences.push(rest);
		return sentences;
	});
}

/** Returns how well a stretch of text answers the query: distinct words found, plus adjacent pairs. */
function score(text: string, words: readonly string[]): number {
	let value = countWordsIn(text, words);
	const lower = text.toLowerCase();
	for (let i = 1; i < words.length; i++) {
		const pair = hasHan(words[i]!) ? words[i - 1]! + words[i]! : `${words[i - 1]} ${words[i]}`;
		if (lower.includes(pair)) value += 0.5;
	}
	return value;
}

/**
 * Returns the text cut to about `max` characters around the first match: cuts fall on clause
 * ends (Chinese) or spaces (Latin), the match stays whole, and "…" shows each cut.
 */
function trim(text: string, match: Range | undefined, max: number): string {
	if (text.length <= max) return text;
	const [matchStart, matchEnd] = match ?? [0, 0];
	const cuts = [
		0,
		...[...text.matchAll(hasHan(text) ? CLAUSE_END : /\s+/gu)].map((m) => m.index + m[0].length),
		text.length,
	];
	const room = Math.round(max * 0.7);
	const start =
		matchEnd <= room
			? 0
			: (cuts.find((c) => c <= matchStart && matchEnd - c <= room) ??
				cuts.filter((c) => c <= matchStart).at(-1)!);
	const end =
		cuts.filter((c) => c >= matchEnd && c <= start + max).at(-1) ??
		cuts.find((c) => c >= matchEnd)!;
	const cut = text.slice(start, end).replace(/[\s，、：,:;]+$/u, '');
	return `${start > 0 ? '…' : ''}${cut}${end < text.length ? '…' : ''}`;
}

/** Splits text into marked and unmarked parts. */
function toParts(text: string, ranges: readonly Range[]): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let at = 0;
	for (const [start, end] of ranges) {
		if (start > at) parts.push({ text: text.slice(at, start), mark: false });
		parts.push({ text: text.slice(start, end), mark: true });
		at = end;
	}
	if (at < text.length) parts.push({ text: text.slice(at), mark: false });
	return parts;
}

/** Returns the share of the query (0–1) that the best single sentence or heading of a page holds: query words close together. */
export function scorePassage(preview: ResultPreview, words: readonly string[]): number {
	if (words.length === 0) return 0;
	let best = countWordsIn(preview.title, words);
	for (const [, heading, text] of preview.sections) {
		best = Math.max(best, countWordsIn(heading, words));
		for (const sentences of splitSentences(text))
			for (const sentence of sentences) best = Math.max(best, countWordsIn(sentence, words));
	}
	return best / words.length;
}

/**
 * Returns the excerpt of one result: the best section (most query words in its heading and
 * text), its best sentence, followed by the next ones while short, marked. When no sentence
 * holds a query word (the page matched through its title or keywords), its summary is shown.
 */
export function buildExcerpt(
	preview: ResultPreview,
	words: readonly string[],
	lastIsPrefix = false,
): Excerpt {
	let best: { section: number; sentences: string[]; index: number; value: number } | undefined;
	preview.sections.forEach(([, heading, text], section) => {
		const headingValue = 1.5 * score(heading, words);
		for (const sentences of splitSentences(text)) {
			sentences.forEach((sentence, index) => {
				const own = score(sentence, words);
				if (own > 0 && (!best || own + headingValue > best.value))
					best = { section, sentences, index, value: own + headingValue };
			});
		}
	});
	if (!best) {
		const text = preview.description;
		return { parts: toParts(text, findMatches(text, words, lastIsPrefix)) };
	}
	const { min, max } = limits(best.sentences[best.index]!);
	let text = best.sentences[best.index]!;
	for (let next = best.index + 1; text.length < min && next < best.sentences.length; next++) {
		const joined = `${text}${hasHan(text) ? '' : ' '}${best.sentences[next]}`;
		if (joined.length > max) break;
		text = joined;
	}
	const trimmed = trim(text, findMatches(text, words, lastIsPrefix)[0], max);
	const [id, heading] = preview.sections[best.section]!;
	return {
		...(id ? { section: { id, heading } } : {}),
		parts: toParts(trimmed, findMatches(trimmed, words, lastIsPrefix)),
	};
}
