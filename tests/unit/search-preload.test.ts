import { describe, expect, test } from 'vitest';
import { getSearchPreloads } from '../../src/lib/search/preload';

describe('getSearchPreloads', () => {
	test.each([
		['en', '/pagefind/wasm.en.pagefind', '/pagefind/synonyms.en.json'],
		['zh-CN', '/pagefind/wasm.unknown.pagefind', '/pagefind/synonyms.zh-cn.json'],
		['pt-BR', '/pagefind/wasm.pt.pagefind', '/pagefind/synonyms.pt-br.json'],
		['ja', '/pagefind/wasm.unknown.pagefind', '/pagefind/synonyms.ja.json'],
	])('%s → %s', (lang, wasm, synonyms) => {
		expect(getSearchPreloads(lang)).toEqual({
			module: '/pagefind/pagefind.js',
			fetches: [wasm, synonyms],
		});
	});
});
