/**
 * The browser side of search: wires the search pipeline (src/lib/search/pipeline.ts) to
 * Pagefind, the previews and the small JSON lists written beside the index.
 */
import type { ResultPreview } from '../../lib/search/index-record';
import {
	runSearch,
	type SearchBackend,
	type SearchOptions,
	type SearchResult,
} from '../../lib/search/pipeline';
import { PAGEFIND_RANKING, type Hit } from '../../lib/search/rank';
import type { SynonymGroups } from '../../lib/search/synonyms';

export type { SearchResult };

interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string): Promise<{ results: { id: string; score: number }[] } | null>;
}

const BASE = '/pagefind/';

let pagefindPromise: Promise<PagefindApi> | undefined;
const jsonCache = new Map<string, Promise<unknown>>();
const lookups = new Map<string, Promise<readonly Hit[]>>();

/** Fetches a JSON file once per page; a failure is remembered as `fallback` only when `optional`. */
function loadJson<T>(url: string, fallback?: T): Promise<T> {
	let promise = jsonCache.get(url) as Promise<T> | undefined;
	if (!promise) {
		promise = fetch(url).then((r) => {
			if (!r.ok) throw new Error(`${r.status} ${url}`);
			return r.json() as Promise<T>;
		});
		if (fallback !== undefined) promise = promise.catch(() => fallback);
		else promise.catch(() => jsonCache.delete(url));
		jsonCache.set(url, promise);
	}
	return promise;
}

/**
 * Loads Pagefind on the main thread (no worker: one request and one round trip fewer, and a
 * lookup takes a few milliseconds); nothing is fetched before the reader shows intent.
 */
export function loadPagefind(): Promise<PagefindApi> {
	pagefindPromise ??= (async () => {
		const pagefind = (await import(/* @vite-ignore */ `${BASE}pagefind.js`)) as PagefindApi;
		await pagefind.options({ noWorker: true, ranking: PAGEFIND_RANKING });
		await pagefind.init();
		return pagefind;
	})();
	pagefindPromise.catch(() => (pagefindPromise = undefined));
	return pagefindPromise;
}

const langKey = (lang: string) => lang.toLowerCase();

/** Starts loading what every query needs (Pagefind, its WASM and page list, the synonym list). */
export function preloadSearch(lang: string): void {
	void loadPagefind()
		.then((pagefind) => pagefind.search(''))
		.catch(() => undefined);
	void loadJson(`${BASE}synonyms.${langKey(lang)}.json`, [] as SynonymGroups);
}

function createBackend(lang: string): SearchBackend {
	return {
		lookup(terms) {
			let promise = lookups.get(terms);
			if (!promise) {
				promise = loadPagefind()
					.then((pagefind) => pagefind.search(terms))
					.then((response) => (response?.results ?? []).map(({ id, score }) => ({ id, score })));
				promise.catch(() => lookups.delete(terms));
				lookups.set(terms, promise);
			}
			return promise;
		},
		preview: (id) => loadJson<ResultPreview>(`${BASE}preview/${id}.json`),
		synonyms: () => loadJson(`${BASE}synonyms.${langKey(lang)}.json`, [] as SynonymGroups),
		vocabulary: () =>
			loadJson(`${BASE}vocabulary.${langKey(lang)}.json`, [] as string[]).then(
				(words) => new Set(words),
			),
	};
}

/** Returns up to `limit` results for what the reader typed, best first; undefined when superseded (see runSearch). */
export function search(
	rawQuery: string,
	lang: string,
	limit = 10,
	options: SearchOptions = {},
): Promise<SearchResult[] | undefined> {
	return runSearch(rawQuery, createBackend(lang), limit, options);
}
