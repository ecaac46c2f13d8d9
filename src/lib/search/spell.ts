/** Returns the Damerau–Levenshtein (optimal string alignment) distance between two words. */
export function editDistance(a: string, b: string): number {
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d: number[][] = Array.from({ length: rows }, (_, i) => [
		i,
		...Array<number>(cols - 1).fill(0),
	]);
	for (let j = 0; j < cols; j++) d[0]![j] = j;
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				best = Math.min(best, d[i - 2]![j - 2]! + 1);
			}
			d[i]![j] = best;
		}
	}
	return d[a.length]![b.length]!;
}

/**
 * Returns the vocabulary word closest to a mistyped Latin word, or the word itself when it is
 * known, too short to guess, or nothing is close. Allows 1 edit up to 5 letters, 2 from 6.
 * @example correctWord('refnud', ['refund', 'register']) // 'refund'
 */
export function correctWord(word: string, vocabulary: ReadonlySet<string>): string {
	if (word.length < 4 || vocabulary.has(word) || !/^[a-z]+$/.test(word)) return word;
	const allowed = word.length <= 5 ? 1 : 2;
	let best = word;
	let bestDistance = allowed + 1;
	for (const candidate of vocabulary) {
		if (Math.abs(candidate.length - word.length) > allowed) continue;
		const distance = editDistance(word, candidate);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}
