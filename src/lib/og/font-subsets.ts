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

/** Returns the subset files needed to draw every character of `text`, in declaration order. */
export function pickSubsets(subsets: readonly FontSubset[], text: string): string[] {
	const needed = new Set<string>();
	for (const char of new Set(text)) {
		const code = char.codePointAt(0)!;
		const subset = subsets.find((s) => s.ranges.some(([a, b]) => code >= a && code <= b));
		if (subset) needed.add(subset.file);
	}
	return subsets.filter((s) => needed.has(s.file)).map((s) => s.file);
}
