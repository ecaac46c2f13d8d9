/**
 * Ranking: first over the whole index from Pagefind's per-term scores, then among the few
 * pages shown, from their own title and the writer's keywords.
 */
import { countPairsIn, countWordsIn } from './highlight';
import type { ResultPreview } from './index-record';
import { getIntents, matchIntents, type Intent } from './intent';
import type { QueryPart } from './query';

/** A page found by one lookup, with Pagefind's score for it. */
export interface Hit {
	readonly id: string;
	readonly score: number;
}

/** Units of the reader's query: [part index, unit index]. */
export type UnitRef = readonly [number, number];

/** A query part to look up; a synonym stands in for the reader's units that named it. */
export interface LookupPart extends QueryPart {
	readonly synonym?: readonly UnitRef[];
}

/**
 * Pagefind's own ranking options: a query word in the writer's keywords counts most, then in
 * the title, then in synonyms (metadata fields written by index-record.ts); term saturation
 * and page-length handling stay Pagefind's defaults.
 */
export const PAGEFIND_RANKING = { metaWeights: { title: 5, keywords: 6, synonyms: 3 } } as const;

/** How strongly covering the whole query beats covering part of it: score × coverage^COVERAGE_POWER. */
const COVERAGE_POWER = 2;
/** A synonym's article wording counts less than the reader's own words. */
const SYNONYM_WEIGHT = 0.6;
/** Weights of what the shown pages add to their normalized score (1 for the best page). */
const RERANK = {
	title: 0.35,
	keyword: 0.3,
	sharedIntent: 0.6,
	otherIntent: -0.2,
	pairs: 0.3,
} as const;

const mean = (values: readonly number[]) =>
	values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);

/**
 * Returns each page's score: Σ over terms of Pagefind's score for the term (weighted like the
 * characters or word it stands for), times the share of the query the page covers, squared:
 * a page about half the query ranks well below one about all of it.
 */
export function scorePages(
	parts: readonly LookupPart[],
	hitsByTerm: ReadonlyMap<string, readonly Hit[]>,
): Map<string, number> {
	const totalWeight =
		parts
			.filter((p) => !p.synonym)
			.reduce((sum, p) => sum + p.unitWeights.reduce((a, b) => a + b, 0), 0) || 1;
	const sums = new Map<string, number>();
	/** page → "part:unit" keys it covers */
	const covered = new Map<string, Set<string>>();
	const cover = (id: string, part: number, units: readonly number[]) => {
		const set = covered.get(id) ?? new Set<string>();
		for (const unit of units) set.add(`${part}:${unit}`);
		covered.set(id, set);
	};
	parts.forEach((part, index) => {
		const matchedTerms = new Map<string, number>();
		for (const { term, covers } of part.terms) {
			const weight =
				mean(covers.map((u) => part.unitWeights[u] ?? 1)) * (part.synonym ? SYNONYM_WEIGHT : 1);
			for (const hit of hitsByTerm.get(term) ?? []) {
				sums.set(hit.id, (sums.get(hit.id) ?? 0) + weight * hit.score);
				matchedTerms.set(hit.id, (matchedTerms.get(hit.id) ?? 0) + 1);
				if (!part.synonym) cover(hit.id, index, covers);
			}
		}
		// A synonym covers the reader's words it replaces only when all of its own terms are found.
		if (part.synonym) {
			for (const [id, matched] of matchedTerms) {
				if (matched === part.terms.length)
					for (const [p, unit] of part.synonym) cover(id, p, [unit]);
			}
		}
	});
	const scores = new Map<string, number>();
	for (const [id, sum] of sums) {
		let weight = 0;
		for (const key of covered.get(id) ?? []) {
			const [part, unit] = key.split(':').map(Number) as [number, number];
			weight += parts[part]?.unitWeights[unit] ?? 0;
		}
		scores.set(id, sum * Math.min(1, weight / totalWeight) ** COVERAGE_POWER);
	}
	return scores;
}

/** Returns whether one of the writer's keywords holds the whole query (or the query holds the whole keyword). */
function keywordMatch(preview: ResultPreview, words: readonly string[], query: string): number {
	let best = 0;
	for (const keyword of preview.terms) {
		const k = keyword.normalize('NFKC').toLowerCase();
		if (words.length > 0 && countWordsIn(k, words) >= words.length - 0.01) best = Math.max(best, 1);
		else if (k.length >= 2 && query.includes(k)) best = Math.max(best, 0.5);
	}
	return best;
}

/** Returns the best share of the query's adjacent word pairs found together in the title, a keyword, a heading or a sentence. */
function pairShare(preview: ResultPreview, words: readonly string[]): number {
	const texts = [
		preview.title,
		...preview.terms,
		...preview.sections.flatMap(([, heading, text]) => [heading, ...text.split(/[.!?;\n]/)]),
	];
	return Math.max(0, ...texts.map((text) => countPairsIn(text, words)));
}

/**
 * Returns a shown page's final score: its share of the best page's score, plus how much of the
 * query its title holds, whether a keyword names the query, whether its title asks the same
 * kind of question (something went wrong, how long, what it costs — or a plain how-to), and
 * whether the query's adjacent words stand together somewhere on the page.
 */
export function rerank(
	base: number,
	preview: ResultPreview,
	words: readonly string[],
	query: string,
	intents: readonly Intent[],
): number {
	const title = words.length > 0 ? countWordsIn(preview.title, words) / words.length : 0;
	const intent = matchIntents(intents, getIntents(preview.title));
	return (
		base +
		RERANK.title * title +
		RERANK.keyword * keywordMatch(preview, words, query) +
		RERANK.sharedIntent * intent.shared +
		RERANK.otherIntent * intent.titleOnly +
		RERANK.pairs * pairShare(preview, words)
	);
}
