/** A small seeded PRNG (mulberry32) and helpers, so synthetic content is the same on every run. */
export interface Random {
	/** Returns a float in [0, 1). */
	next(): number;
	/** Returns an integer in [min, max], both included. */
	int(min: number, max: number): number;
	/** Returns one item, uniformly. */
	pick<T>(items: readonly T[]): T;
	/** Returns one item, favouring the start of the list (Zipf-like, like word use in real text). */
	zipf<T>(items: readonly T[]): T;
	/** Returns `count` distinct items (fewer when the list is shorter). */
	sample<T>(items: readonly T[], count: number): T[];
	/** Returns true with probability `p`. */
	chance(p: number): boolean;
}

/** Returns a PRNG seeded with `seed`. @example createRandom(42).int(1, 6) */
export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = (): number => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
	// Inverse-CDF of a 1/(rank) distribution: rank ≈ n^u, so early items are much more frequent.
	const zipf = <T>(items: readonly T[]): T => {
		const rank = Math.floor(Math.pow(items.length + 1, next())) - 1;
		return items[Math.min(Math.max(rank, 0), items.length - 1)]!;
	};
	const sample = <T>(items: readonly T[], count: number): T[] => {
		const copy = [...items];
		const out: T[] = [];
		while (out.length < count && copy.length > 0)
			out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]!);
		return out;
	};
	const chance = (p: number): boolean => next() < p;
	return { next, int, pick, zipf, sample, chance };
}
