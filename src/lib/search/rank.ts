/** One Pagefind hit: a page id with its score in one search run. */
export interface Hit {
	readonly id: string;
	readonly score: number;
}

/** The hits of one search run and how much that run counts. */
export interface Run {
	readonly hits: readonly Hit[];
	readonly weight: number;
}

/**
 * Returns page ids ranked by evidence across runs: each run contributes its weight times the
 * page's score relative to the run's best, so a page matching more of the query's words wins.
 * @example rankHits([{ weight: 1, hits: [{ id: 'a', score: 2 }] }]) // ['a']
 */
export function rankHits(runs: readonly Run[]): string[] {
	const totals = new Map<string, number>();
	for (const run of runs) {
		const best = Math.max(...run.hits.map((h) => h.score), Number.EPSILON);
		for (const hit of run.hits) {
			totals.set(hit.id, (totals.get(hit.id) ?? 0) + run.weight * (0.5 + 0.5 * (hit.score / best)));
		}
	}
	return [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}

/**
 * Returns a bonus for how well a page's own words (title, synonyms, keywords) contain the
 * query's words as written: whole-phrase and per-word hits, so adjacency counts in Chinese.
 */
export function phraseBonus(words: readonly string[], fields: readonly string[]): number {
	const haystack = fields.join('\n').toLowerCase();
	let bonus = 0;
	for (const word of words) if (haystack.includes(word)) bonus += word.length > 1 ? 1 : 0.25;
	// Adjacent query words found together: the signal Chinese loses when split into characters.
	for (let i = 1; i < words.length; i++) {
		if (haystack.includes(words[i - 1]! + words[i]!) || haystack.includes(`${words[i - 1]} ${words[i]}`)) bonus += 1;
	}
	const phrase = words.join('');
	if (words.length > 2 && haystack.includes(phrase)) bonus += 1;
	return bonus;
}
