/** One file of a font split by unicode-range (as @fontsource packages ship CJK fonts). */
export interface FontSubset {
	readonly file: string;
	readonly ranges: ReadonlyArray<readonly [number, number]>;
}

/** Returns the subsets declared in an @fontsource CSS file, with their `.woff` file names. */
export function parseFontSubsets(css: string): FontSubset[] {
	const subsets: FontSubset[] = [];
	for (const block of css.split('@font-face').slice(1)) {
		const file = /url\(\.\/files\/([^)]+\.woff)\)/.exec(block)?.[1];
		const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
		if (!file || !range) continue;
		const ranges = range.split(',').map((part) => {
			const [start, end] = part.trim().replace(/^U\+/i, '').split('-');
			return [parseInt(start!, 16), parseInt(end ?? start!, 16)] as const;
		});
		subsets.push({ file, ranges });
	}
	return subsets;
}

/**
 * Returns the subset files needed to draw every character of `text`, in declaration order. Some
 * ranges overlap (punctuation such as `…` is in the Latin and a CJK subset): a character that a
 * subset already chosen for an earlier character covers adds no other subset.
 */
export function pickSubsets(subsets: readonly FontSubset[], text: string): string[] {
	const covers = (s: FontSubset, code: number) => s.ranges.some(([a, b]) => code >= a && code <= b);
	const needed = new Set<FontSubset>();
	for (const char of new Set(text)) {
		const code = char.codePointAt(0)!;
		if ([...needed].some((s) => covers(s, code))) continue;
		const subset = subsets.find((s) => covers(s, code));
		if (subset) needed.add(subset);
	}
	return subsets.filter((s) => needed.has(s)).map((s) => s.file);
}

/** Returns the characters of `text` that no subset covers (they would show as boxes), once each; whitespace is never drawn. */
export function findUncovered(subsets: readonly FontSubset[], text: string): string[] {
	return [...new Set(text)].filter((char) => {
		if (/\s/.test(char)) return false;
		const code = char.codePointAt(0)!;
		return !subsets.some((s) => s.ranges.some(([a, b]) => code >= a && code <= b));
	});
}
