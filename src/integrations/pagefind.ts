import type { AstroIntegrationLogger } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { parse as parseYaml } from 'yaml';
import { contentDir, getLang, localeCodes } from '../config/site';
import { prepareHtmlForIndex, type PageSearchTerms } from '../lib/search/index-html';
import { searchSynonymsSchema } from '../schemas/search-synonyms';
import { buildVocabulary } from '../lib/search/vocabulary';
import { listHtmlFiles } from './html-files';


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
export async function buildSearchIndex(
	outDir: string,
	terms: Readonly<Record<string, PageSearchTerms>>,
	logger: AstroIntegrationLogger,
): Promise<SearchIndexReport> {
	const started = performance.now();
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
	await writeSynonyms(outDir);
	const ms = Math.round(performance.now() - started);
	logger.info(`Search index: ${pages} pages in ${ms} ms`);
	return { pages, ms };
}

/** Validates content/search-synonyms.yaml and writes one JSON file per language beside the index. */
async function writeSynonyms(outDir: string): Promise<void> {
	const file = join(contentDir, 'search-synonyms.yaml');
	let raw: unknown;
	try {
		raw = parseYaml(await readFile(file, 'utf8'));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') raw = Object.fromEntries(localeCodes.map((l) => [l, []]));
		else throw new Error(`${file}: not valid YAML: ${(error as Error).message}`);
	}
	const parsed = searchSynonymsSchema.safeParse(raw);
	if (!parsed.success) {
		const problems = parsed.error.issues.map((i) => `  - ${file} [${i.path.join('.')}]: ${i.message}`);
		throw new Error(`Search synonyms are invalid:\n${problems.join('\n')}`);
	}
	for (const locale of localeCodes) {
		const groups = (parsed.data[locale] ?? []).map((group) => group.map((p) => p.normalize('NFKC').toLowerCase()));
		await writeFile(join(outDir, 'pagefind', `synonyms.${getLang(locale).toLowerCase()}.json`), JSON.stringify(groups));
	}
}
