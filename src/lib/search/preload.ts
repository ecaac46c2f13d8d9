/**
 * What the search page asks the browser to fetch while it parses, so the first query does not
 * wait for a chain of requests (page → script → Pagefind → its WASM).
 */

/** Languages Pagefind ships a stemmer for, by primary subtag; any other language uses `wasm.unknown.pagefind`. */
const STEMMED = new Set(
	'ar hy eu ca da nl en fi fr de el hi hu id ga it lt ne no pl pt ro ru sr es sv ta tr yi'.split(
		' ',
	),
);

export interface SearchPreloads {
	/** Pagefind's module, for `<link rel="modulepreload">`. */
	readonly module: string;
	/** Files Pagefind and the engine fetch, for `<link rel="preload" as="fetch" crossorigin>`. */
	readonly fetches: readonly string[];
}

/**
 * Returns the files every first search of a language needs, named as Pagefind and the index
 * step (src/integrations/pagefind.ts) write them.
 * @example getSearchPreloads('zh-CN').fetches // ['/pagefind/wasm.unknown.pagefind', '/pagefind/synonyms.zh-cn.json']
 */
export function getSearchPreloads(lang: string): SearchPreloads {
	const primary = lang.toLowerCase().split('-')[0] ?? '';
	const wasm = STEMMED.has(primary) ? primary : 'unknown';
	return {
		module: '/pagefind/pagefind.js',
		fetches: [`/pagefind/wasm.${wasm}.pagefind`, `/pagefind/synonyms.${lang.toLowerCase()}.json`],
	};
}
