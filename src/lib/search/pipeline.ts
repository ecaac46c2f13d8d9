/**
 * One search, from what the reader typed to the results shown: each index term is looked up
 * on its own (Pagefind matches all terms of a lookup, readers rarely type all the words of the
 * right article), a page scores the sum of its terms' scores scaled by how much of the query it
 * covers, typos are corrected only for words the index does not know, and the best pages are
 * re-ranked on their own title and headings before their excerpts are built.
 */
import { buildExcerpt, type Excerpt } from './excerpt';
import { countWordsIn } from './highlight';
import type { ResultPreview } from './index-record';
import { getIntents } from './intent';
import { allPairs, isFunctionChar, normalizeQuery, parseQuery, type QueryPart } from './query';
import { rerank, scorePages, type Hit, type LookupPart } from './rank';
import { correctWord } from './spell';
import { expandSynonyms, getSynonymUnits, type SynonymGroups } from './synonyms';
import { encodeHan, hasHan } from './tokens';

/** What the pipeline needs from the index; the browser wires it to Pagefind and fetch. */
export interface SearchBackend {
	/** Pages containing every term of `terms` (space-separated index terms). */
	lookup(terms: string): Promise<readonly Hit[]>;
	preview(id: string): Promise<ResultPreview>;
	synonyms(): Promise<SynonymGroups>;
	vocabulary(): Promise<ReadonlySet<string>>;
}

export interface SearchResult {
	readonly url: string;
	readonly title: string;
	readonly category: string;
	readonly excerpt: Excerpt;
	/** Where the result links: the answering section when the title alone does not name the query. */
	readonly target: string;
}

/** Returns the parts to look up: the reader's, with typos fixed where the index knows no such word, plus synonyms. */
async function resolveParts(
	parts: readonly QueryPart[],
	backend: SearchBackend,
	query: string,
): Promise<LookupPart[]> {
	const resolved: LookupPart[] = [];
	for (const part of parts) {
		const unknown = /^[a-z]{4,}$/.test(part.text) && (await backend.lookup(part.text)).length === 0;
		const text = unknown ? correctWord(part.text, await backend.vocabulary()) : part.text;
		resolved.push(
			text === part.text ? part : { ...part, text, terms: [{ term: text, covers: [0] }] },
		);
	}
	const groups = await backend.synonyms();
	const readerCount = resolved.length;
	const said = `${normalizeQuery(query)} ${resolved.map((p) => p.text).join(' ')}`;
	for (const wording of expandSynonyms(said, groups)) {
		const phrasings = groups.find((g) => g[0] === wording) ?? [];
		const stands = getSynonymUnits(resolved.slice(0, readerCount), phrasings, said);
		if (stands.length === 0) continue;
		for (const alternative of parseQuery(wording))
			resolved.push({ ...alternative, synonym: stands });
	}
	return resolved;
}

/**
 * Returns the parts with more lookups for every Chinese character that the first ones found
 * nowhere: the pairs it forms with its neighbours that were not looked up yet, and the character
 * alone (the cover 往余 额里 misses 余额; 忘 in 密码忘了 is found as 忘记). The first lookups cover
 * the query once, which costs the fewest index downloads; this pass repairs where the reader's
 * sentence and the cover cut words differently.
 */
export function withOrphanCharacters(
	parts: readonly LookupPart[],
	hits: ReadonlyMap<string, readonly Hit[]>,
): readonly LookupPart[] {
	let changed = false;
	const next = parts.map((part) => {
		if (part.synonym || !hasHan(part.text)) return part;
		const found = new Set(
			part.terms.filter((t) => (hits.get(t.term)?.length ?? 0) > 0).flatMap((t) => t.covers),
		);
		const orphans = [...part.text]
			.map((char, unit) => ({ char, unit }))
			.filter(({ char, unit }) => !found.has(unit) && !isFunctionChar(char));
		if (orphans.length === 0) return part;
		const looked = new Set(part.terms.map((t) => t.term));
		const added = [
			...allPairs(part).filter(
				(t) => !looked.has(t.term) && orphans.some((o) => t.covers.includes(o.unit)),
			),
			...orphans
				.filter((o) => !looked.has(encodeHan(o.char)))
				.map(({ char, unit }) => ({ term: encodeHan(char), covers: [unit] })),
		];
		if (added.length === 0) return part;
		changed = true;
		return { ...part, terms: [...part.terms, ...added] };
	});
	return changed ? next : parts;
}

/**
 * Returns the query to search while the reader is still typing: a last Latin word of one letter
 * is a word being typed, and as a prefix it would match so many index words that the reader
 * would download a large part of the index for a query nobody asked. (Two letters are a word
 * often enough — "id", "qr" — and their prefix stays within a chunk or two.)
 */
export function withoutPartialWord(raw: string): string {
	if (/\s$/.test(raw)) return raw;
	const words = raw.trim().split(/\s+/);
	if (!/^[a-z]$/i.test(words.at(-1) ?? '')) return raw;
	return words.slice(0, -1).join(' ');
}

/** How a search is run: while the reader is still typing, and whether a newer query already waits. */
export interface SearchOptions {
	/** The text is still being typed (not submitted): its last word is a prefix, and a very short one waits. */
	readonly typing?: boolean;
	/** True once a newer query is waiting: results would never be shown, so their previews are not fetched. */
	readonly superseded?: () => boolean;
}

/**
 * Runs one search and returns up to `limit` results, best first, or undefined when a newer query
 * took over before the results' previews were fetched (the index lookups still ran: the newer
 * query, usually one more letter of the same word, needs the same index downloads).
 */
export async function runSearch(
	raw: string,
	backend: SearchBackend,
	limit: number,
	{ typing = false, superseded = () => false }: SearchOptions = {},
): Promise<SearchResult[] | undefined> {
	const readerParts = parseQuery(typing ? withoutPartialWord(raw) : raw);
	if (readerParts.length === 0) return [];
	const resolved = await resolveParts(readerParts, backend, raw.toLowerCase());
	const lookUp = async (list: readonly LookupPart[]) => {
		const terms = [...new Set(list.flatMap((p) => p.terms.map((t) => t.term)))];
		return new Map(
			await Promise.all(terms.map(async (term) => [term, await backend.lookup(term)] as const)),
		);
	};
	const hits = await lookUp(resolved);
	const parts = withOrphanCharacters(resolved, hits);
	if (parts !== resolved) for (const [term, found] of await lookUp(parts)) hits.set(term, found);
	const scores = scorePages(parts, hits);
	const ranked = [...scores.entries()]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, limit);
	if (ranked.length === 0) return [];
	if (superseded()) return undefined;
	const best = ranked[0]![1];
	const shown = parts.filter((p) => !p.synonym).map((p) => p.text);
	const previews = await Promise.all(
		ranked.map(async ([id, score]) => ({
			score: score / best,
			preview: await backend.preview(id),
		})),
	);
	const query = parts
		.filter((p) => !p.synonym)
		.map((p) => p.text)
		.join(' ');
	const intents = getIntents(raw);
	return previews
		.map(({ score, preview }) => ({
			preview,
			score: rerank(score, preview, shown, query, intents),
		}))
		.sort((a, b) => b.score - a.score)
		.map(({ preview }) => toResult(preview, shown, typing && !/\s$/.test(raw)));
}

/** Returns the result for one page: its excerpt, and a link to the answering section unless the title names the whole query. */
function toResult(
	preview: ResultPreview,
	words: readonly string[],
	lastIsPrefix: boolean,
): SearchResult {
	const excerpt = buildExcerpt(preview, words, lastIsPrefix);
	const titleNamesQuery = countWordsIn(preview.title, words) >= words.length;
	const target =
		excerpt.section && !titleNamesQuery
			? `${preview.url}#${encodeURIComponent(excerpt.section.id)}`
			: preview.url;
	return { url: preview.url, title: preview.title, category: preview.category, excerpt, target };
}
