import { createHash } from 'node:crypto';

/** Length of a source hash: the first 12 hex characters of the body's SHA-256. */
export const SOURCE_HASH_LENGTH = 12;

/**
 * Returns the hash of a source article's body (frontmatter excluded), after normalising line
 * endings and trimming, so editors' CRLF or a trailing newline never make a translation stale.
 * @example getSourceHash('正文\r\n') === getSourceHash('正文') // true
 */
export function getSourceHash(body: string): string {
	const normalized = body.replace(/\r\n?/g, '\n').trim();
	return createHash('sha256').update(normalized, 'utf8').digest('hex').slice(0, SOURCE_HASH_LENGTH);
}

/**
 * Returns an article file with `sourceHash` set in its frontmatter, quoted: the existing line is
 * replaced, otherwise one is added before the closing `---`. Everything else is left byte for byte.
 */
export function setSourceHash(fileText: string, hash: string): string {
	const match = /^(\uFEFF?---\r?\n)([\s\S]*?)(\r?\n)(---)(\r?\n|$)/.exec(fileText);
	if (!match) throw new Error('the file has no frontmatter block (--- … ---) at the top');
	const [whole = '', open = '', yaml = '', newline = '', close = '', after = ''] = match;
	// Quoted: a hash of digits and one "e" (755807182e29) would otherwise read as a YAML number.
	const line = `sourceHash: "${hash}"`;
	const existing = /^sourceHash:.*$/m;
	const nextYaml = existing.test(yaml)
		? yaml.replace(existing, () => line)
		: `${yaml}${newline}${line}`;
	return `${open}${nextYaml}${newline}${close}${after}${fileText.slice(whole.length)}`;
}

/** State of one language of one article; `stale` covers both a changed source and a missing stamp. */
export type TranslationState =
	| { readonly state: 'source' }
	| { readonly state: 'current' }
	| { readonly state: 'stale'; readonly reason: 'changed' | 'unstamped' }
	| { readonly state: 'missing' };

/** What the status needs to know about one article file. */
export interface TranslationInput {
	readonly locale: string;
	readonly slug: string;
	readonly body: string;
	readonly sourceHash?: string | undefined;
	readonly draft?: boolean | undefined;
}

export interface TranslationRow {
	readonly slug: string;
	/** Locale → state, in the order of the configured locales. */
	readonly states: ReadonlyArray<readonly [locale: string, state: TranslationState]>;
}

/** Returns whether a translation was stamped from a source body other than this one (or never stamped). */
export function isTranslationStale(sourceHash: string | undefined, sourceBody: string): boolean {
	return sourceHash !== getSourceHash(sourceBody);
}

/**
 * Returns one row per published source article with the state of every locale. Drafts count
 * as absent: a draft translation is still missing for readers.
 */
export function getTranslationStatus(input: {
	articles: readonly TranslationInput[];
	locales: readonly string[];
	sourceLocale: string;
}): TranslationRow[] {
	const published = input.articles.filter((a) => !a.draft);
	const sources = published
		.filter((a) => a.locale === input.sourceLocale)
		.sort((a, b) => a.slug.localeCompare(b.slug));
	return sources.map((source) => {
		const hash = getSourceHash(source.body);
		const states = input.locales.map((locale): readonly [string, TranslationState] => {
			if (locale === input.sourceLocale) return [locale, { state: 'source' }];
			const translation = published.find((a) => a.locale === locale && a.slug === source.slug);
			if (!translation) return [locale, { state: 'missing' }];
			if (!translation.sourceHash) return [locale, { state: 'stale', reason: 'unstamped' }];
			return [
				locale,
				translation.sourceHash === hash
					? { state: 'current' }
					: { state: 'stale', reason: 'changed' },
			];
		});
		return { slug: source.slug, states };
	});
}

/** Returns how many translations are in each state (the source column is not counted). */
export function countTranslationStates(
	rows: readonly TranslationRow[],
): Record<'current' | 'stale' | 'missing', number> {
	const counts = { current: 0, stale: 0, missing: 0 };
	for (const row of rows) {
		for (const [, status] of row.states) if (status.state !== 'source') counts[status.state]++;
	}
	return counts;
}

const LABELS = { source: 'source', current: 'up to date', missing: 'missing' } as const;

/** Returns a state in words for the terminal. @example describeState({ state: 'stale', reason: 'unstamped' }) // 'stale (never stamped)' */
export function describeState(status: TranslationState): string {
	if (status.state !== 'stale') return LABELS[status.state];
	return status.reason === 'changed' ? 'stale (source changed)' : 'stale (never stamped)';
}

/** Returns the status as a plain-text table: one line per article, one column per locale. */
export function formatStatusTable(
	rows: readonly TranslationRow[],
	locales: readonly string[],
): string {
	const table = [
		['article', ...locales],
		...rows.map((r) => [r.slug, ...r.states.map(([, s]) => describeState(s))]),
	];
	const widths = table[0]!.map((_, column) =>
		Math.max(...table.map((cells) => cells[column]!.length)),
	);
	const line = (cells: readonly string[]) =>
		cells
			.map((c, i) => c.padEnd(widths[i]!))
			.join('  ')
			.trimEnd();
	return [
		line(table[0]!),
		line(widths.map((w) => '-'.repeat(w))),
		...table.slice(1).map(line),
	].join('\n');
}

/** Returns the source article a translation lags behind, or undefined for a source or an up-to-date translation. */
export function findStaleSource<
	T extends TranslationInput & { readonly data: { readonly sourceHash?: string | undefined } },
>(articles: readonly T[], article: T, sourceLocale: string): T | undefined {
	if (article.locale === sourceLocale) return undefined;
	const source = articles.find((a) => a.locale === sourceLocale && a.slug === article.slug);
	return source && isTranslationStale(article.data.sourceHash, source.body) ? source : undefined;
}
