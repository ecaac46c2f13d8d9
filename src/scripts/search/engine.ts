import { hasHan, spaceHan, unspaceHan } from '../../lib/search/cjk';
import { fixVariants, getQueryWords, normalizeQuery } from '../../lib/search/query';
import { phraseBonus, rankHits, type Run } from '../../lib/search/rank';
import { correctWord } from '../../lib/search/spell';
import { expandSynonyms, type SynonymGroups } from '../../lib/search/synonyms';

/** What the UI shows for one article. */
export interface SearchResult {
	readonly url: string;
	readonly title: string;
	readonly category: string;
	readonly excerpt: string;
	/** The matching section, when it is a better target than the page top. */
	readonly section?: { readonly title: string; readonly url: string };
}

interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	locations?: number[];
}
interface PagefindData {
	url: string;
	excerpt: string;
	content: string;
	meta: Record<string, string>;
	sub_results: PagefindSubResult[];
}
interface PagefindHit {
	id: string;
	score: number;
	data(): Promise<PagefindData>;
}
interface Pagefind {
	init(): Promise<void>;
	options(options: Record<string, unknown>): Promise<void>;
	search(query: string): Promise<{ results: PagefindHit[] } | null>;
}

let pagefindPromise: Promise<Pagefind> | undefined;
const vocabularies = new Map<string, Promise<string[]>>();
const synonymFiles = new Map<string, Promise<SynonymGroups>>();

/** Fetches a small JSON file written beside the index once per page; a failure means "none". */
function loadJson<T>(cache: Map<string, Promise<T>>, url: string, fallback: T): Promise<T> {
	let promise = cache.get(url);
	if (!promise) {
		promise = fetch(url)
			.then((r) => (r.ok ? (r.json() as Promise<T>) : fallback))
			.catch(() => fallback);
		cache.set(url, promise);
	}
	return promise;
}

/** Loads Pagefind on first use only: nothing is fetched before the reader starts searching. */
export function loadPagefind(): Promise<Pagefind> {
	pagefindPromise ??= (async () => {
		const url = '/pagefind/pagefind.js';
		const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		await pagefind.options({ excerptLength: 24 });
		await pagefind.init();
		return pagefind;
	})();
	return pagefindPromise;
}

function loadVocabulary(lang: string): Promise<Set<string>> {
	return loadJson(vocabularies, `/pagefind/vocabulary.${lang.toLowerCase()}.json`, [] as string[]).then(
		(words) => new Set(words),
	);
}

const synonymsFor = (lang: string) =>
	loadJson(synonymFiles, `/pagefind/synonyms.${lang.toLowerCase()}.json`, [] as SynonymGroups);

/**
 * Starts loading what every query needs (Pagefind, its WASM and page list, the synonym and
 * spelling lists) once the reader shows intent, so the first keystroke only waits for its own index chunks.
 */
export function preloadSearch(lang: string): void {
	void loadPagefind().catch(() => undefined);
	void synonymsFor(lang);
	void loadVocabulary(lang);
}

const toPagefindQuery = (word: string) => (hasHan(word) ? spaceHan(word) : word);

/** Returns ranked results for what the reader typed; filler words and typos never sink a query. */
export async function search(rawQuery: string, lang: string, limit = 10): Promise<SearchResult[]> {
	const query = fixVariants(normalizeQuery(rawQuery));
	let words = getQueryWords(query);
	if (words.length === 0) return [];
	const synonyms = synonymsFor(lang);
	if (words.some((w) => /^[a-z]{4,}$/.test(w))) {
		const vocabulary = await loadVocabulary(lang);
		words = words.map((w) => correctWord(w, vocabulary));
	}
	// Whole phrasings, searched as one query each: "被盗" must match both characters.
	const alternatives = expandSynonyms(`${query} ${words.join(' ')}`, await synonyms);
	const pagefind = await loadPagefind();
	const runSearch = async (query: string, weight: number) => {
		const response = await pagefind.search(query);
		return { weight, hits: response?.results ?? [] } satisfies Run;
	};
	// Each candidate costs one fragment download; ten leave room to re-rank without fetching dozens.
	const wanted = Math.max(limit, 10);
	const [whole, synonymRuns] = await Promise.all([
		runSearch(words.map(toPagefindQuery).join(' '), 3),
		Promise.all(alternatives.map((phrase) => runSearch(toPagefindQuery(phrase), 0.7))),
	]);
	// Each word on its own rescues a query with a filler word or a typo in it. When the whole
	// query already has enough hits, those runs could only reorder pages that match every word,
	// which the whole query's score already does, at one more index pass per word.
	const wordRuns =
		words.length > 1 && whole.hits.length < wanted
			? await Promise.all(
					words.slice(0, 8).map((w) => runSearch(toPagefindQuery(w), hasHan(w) && w.length === 1 ? 0.3 : 1)),
				)
			: [];
	const runs = [whole, ...wordRuns, ...synonymRuns];
	const candidates = rankHits(runs).slice(0, wanted);
	// A hit's excerpt and sections depend on the terms of its run: take it from the weightiest run.
	const hitsById = new Map<string, PagefindHit>();
	for (const run of [...runs].sort((a, b) => b.weight - a.weight)) {
		for (const hit of run.hits) if (!hitsById.has(hit.id)) hitsById.set(hit.id, hit);
	}
	const loaded = await Promise.all(
		candidates.map(async (id, rank) => ({ rank, data: await hitsById.get(id)!.data() })),
	);
	const scored = loaded.map(({ rank, data }) => {
		const title = unspaceHan(data.meta['title'] ?? '');
		const content = unspaceHan(data.content).toLowerCase();
		const headings = data.sub_results.map((sub) => unspaceHan(sub.title).toLowerCase());
		const bonus =
			2 * phraseBonus(words, [title]) +
			phraseBonus(words, [content]) +
			Math.max(0, ...headings.map((h) => phraseBonus(words, [h]))) +
			0.5 * phraseBonus(alternatives, [title]);
		return { data, title, score: bonus - rank * 0.35 };
	});
	scored.sort((a, b) => b.score - a.score);
	return scored.slice(0, limit).map(({ data, title }) => toResult(data, title, words));
}

/**
 * Returns the result for one page. It links to a section only when that section's heading
 * names what the reader asked about; otherwise the article top is the better target.
 */
function toResult(data: PagefindData, title: string, words: readonly string[]): SearchResult {
	const sections = data.sub_results
		.filter((sub) => sub.url.includes('#'))
		.map((sub) => ({ sub, heading: unspaceHan(sub.title).toLowerCase() }))
		.map(({ sub, heading }) => ({ sub, heading, hits: words.filter((w) => w.length > 1 && heading.includes(w)).length }))
		.filter((s) => s.hits > 0)
		// Most query words, then the most specific (shortest) heading, then the most matches.
		.sort(
			(a, b) =>
				b.hits - a.hits ||
				a.heading.length - b.heading.length ||
				(b.sub.locations?.length ?? 0) - (a.sub.locations?.length ?? 0),
		);
	const best = sections[0]?.sub;
	return {
		url: data.url,
		title,
		category: data.meta['category'] ?? '',
		excerpt: unspaceHan(best ? best.excerpt : data.excerpt),
		...(best ? { section: { title: unspaceHan(best.title), url: best.url } } : {}),
	};
}
