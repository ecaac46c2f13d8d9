import { hasHan, spaceHan, unspaceHan } from '../../lib/search/cjk';
import { fixVariants, getQueryWords, normalizeQuery } from '../../lib/search/query';
import { phraseBonus, rankHits, type Run } from '../../lib/search/rank';
import { correctWord } from '../../lib/search/spell';

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
const vocabularies = new Map<string, Promise<Set<string>>>();

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
	let promise = vocabularies.get(lang);
	if (!promise) {
		promise = fetch(`/pagefind/vocabulary.${lang.toLowerCase()}.json`)
			.then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
			.then((words) => new Set(words))
			.catch(() => new Set<string>());
		vocabularies.set(lang, promise);
	}
	return promise;
}

const toPagefindQuery = (word: string) => (hasHan(word) ? spaceHan(word) : word);

/** Returns ranked results for what the reader typed; filler words and typos never sink a query. */
export async function search(rawQuery: string, lang: string, limit = 10): Promise<SearchResult[]> {
	let words = getQueryWords(fixVariants(normalizeQuery(rawQuery)));
	if (words.length === 0) return [];
	if (words.some((w) => /^[a-z]{4,}$/.test(w))) {
		const vocabulary = await loadVocabulary(lang);
		words = words.map((w) => correctWord(w, vocabulary));
	}
	const pagefind = await loadPagefind();
	const hitsById = new Map<string, PagefindHit>();
	const runSearch = async (query: string, weight: number): Promise<Run> => {
		const response = await pagefind.search(query);
		const hits = response?.results ?? [];
		for (const hit of hits) hitsById.set(hit.id, hit);
		return { weight, hits };
	};
	const runs = await Promise.all([
		runSearch(words.map(toPagefindQuery).join(' '), 3),
		...(words.length > 1
			? words.slice(0, 8).map((w) => runSearch(toPagefindQuery(w), hasHan(w) && w.length === 1 ? 0.3 : 1))
			: []),
	]);
	const candidates = rankHits(runs).slice(0, Math.max(limit, 12));
	const loaded = await Promise.all(
		candidates.map(async (id, rank) => ({ rank, data: await hitsById.get(id)!.data() })),
	);
	const scored = loaded.map(({ rank, data }) => {
		const title = unspaceHan(data.meta['title'] ?? '');
		const content = unspaceHan(data.content).toLowerCase();
		const bonus = 2 * phraseBonus(words, [title]) + phraseBonus(words, [content]);
		return { data, title, score: bonus - rank * 0.35 };
	});
	scored.sort((a, b) => b.score - a.score);
	return scored.slice(0, limit).map(({ data, title }) => toResult(data, title));
}

function toResult(data: PagefindData, title: string): SearchResult {
	const best = [...data.sub_results].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
	const pageUrl = data.url;
	const useSection = best && best.url.includes('#') && best.url !== pageUrl;
	return {
		url: pageUrl,
		title,
		category: data.meta['category'] ?? '',
		excerpt: unspaceHan(useSection ? best.excerpt : data.excerpt),
		...(useSection ? { section: { title: unspaceHan(best.title), url: best.url } } : {}),
	};
}
