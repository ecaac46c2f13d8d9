/**
 * Returns the Latin words of a language's pages, most frequent first, capped: the spelling
 * corrector's dictionary. Chinese needs none (every character is its own indexed word).
 */
export function buildVocabulary(texts: readonly string[], limit = 4000): string[] {
	const counts = new Map<string, number>();
	for (const text of texts) {
		for (const word of text.toLowerCase().match(/[a-z]{3,}/g) ?? []) {
			counts.set(word, (counts.get(word) ?? 0) + 1);
		}
	}
	return [...counts.entries()]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, limit)
		.map(([word]) => word);
}
