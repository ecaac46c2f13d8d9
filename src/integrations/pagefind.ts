import type { AstroIntegrationLogger } from 'astro';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { prepareHtmlForIndex, type PageSearchTerms } from '../lib/search/index-html';
import { buildVocabulary } from '../lib/search/vocabulary';
import { listHtmlFiles } from './html-files';

export const SEARCH_TERMS_FILE = 'search-terms.json';

/** Returns the site path of a built HTML file. @example 'en/a/index.html' → '/en/a/' */
export function toSitePath(outDir: string, file: string): string {
	const rel = relative(outDir, file).split(sep).join('/');
	return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

export interface SearchIndexReport {
	readonly pages: number;
	readonly ms: number;
}

/**
 * Builds one Pagefind index per language into `<outDir>/pagefind/`, from HTML prepared by
 * prepareHtmlForIndex (weighted synonyms, spaced Chinese), plus a spelling vocabulary per language.
 */
export async function buildSearchIndex(outDir: string, logger: AstroIntegrationLogger): Promise<SearchIndexReport> {
	const started = performance.now();
	const termsPath = join(outDir, SEARCH_TERMS_FILE);
	const terms = JSON.parse(await readFile(termsPath, 'utf8')) as Record<string, PageSearchTerms>;
	await rm(termsPath);
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	const texts = new Map<string, string[]>();
	let pages = 0;
	for (const file of await listHtmlFiles(outDir)) {
		const html = await readFile(file, 'utf8');
		if (!html.includes('data-pagefind-body')) continue;
		const url = toSitePath(outDir, file);
		const added = await index.addHTMLFile({ url, content: prepareHtmlForIndex(html, terms[url]) });
		if (added.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
		const lang = (/<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'en').toLowerCase();
		const list = texts.get(lang) ?? [];
		list.push(html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' '));
		const extra = terms[url];
		if (extra) list.push([...extra.keywords, ...extra.synonyms].join(' '));
		texts.set(lang, list);
		pages++;
	}
	const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
	if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
	await pagefind.close();
	for (const [lang, list] of texts) {
		await writeFile(join(outDir, 'pagefind', `vocabulary.${lang}.json`), JSON.stringify(buildVocabulary(list)));
	}
	const ms = Math.round(performance.now() - started);
	logger.info(`Search index: ${pages} pages in ${ms} ms`);
	return { pages, ms };
}
