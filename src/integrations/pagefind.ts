import type { StepLogger } from './step-logger';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { parse as parseYaml } from 'yaml';
import { contentDir, getLang, localeCodes } from '../config/site';
import { formatIssues, fromSchemaIssues } from '../lib/issues';
import {
	toIndexHtml,
	toPreview,
	type PageSearchTerms,
	type ResultPreview,
} from '../lib/search/index-record';
import { buildVocabulary } from '../lib/search/vocabulary';
import { searchSynonymsSchema } from '../schemas/search-synonyms';
import type { BuiltPage } from './built-pages';

export interface SearchIndexReport {
	readonly pages: number;
	readonly ms: number;
}

/** Returns the URL a Pagefind fragment file records (fragments are gzip JSON behind a `pagefind_dcd` marker). */
function fragmentUrl(bytes: Buffer): string {
	const text = gunzipSync(bytes)
		.toString('utf8')
		.replace(/^pagefind_dcd/, '');
	return (JSON.parse(text) as { url: string }).url;
}

/**
 * Builds one Pagefind index per language into `<outDir>/pagefind/` from the tokens of each
 * article (src/lib/search/index-record.ts), then writes beside it what the browser reads:
 * one preview per result id (`preview/<id>.json`), and per language the spelling vocabulary
 * and the synonym groups. Reads no page: each page's outline comes from its one parse
 * (readBuiltPages).
 */
export async function buildSearchIndex(
	outDir: string,
	pages: readonly Pick<BuiltPage, 'path' | 'outline'>[],
	terms: Readonly<Record<string, PageSearchTerms>>,
	logger: StepLogger,
): Promise<SearchIndexReport> {
	const started = performance.now();
	const { index, errors } = await pagefind.createIndex({});
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	const previews = new Map<string, ResultPreview>();
	const texts = new Map<string, string[]>();
	for (const { path: url, outline } of pages) {
		if (!outline) continue;
		const added = await index.addHTMLFile({ url, content: toIndexHtml(outline, terms[url]) });
		if (added.errors.length > 0)
			throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
		previews.set(url, toPreview(outline, url, terms[url]));
		const list = texts.get(outline.lang) ?? [];
		list.push(outline.title, ...outline.sections.flatMap((s) => [s.heading, ...s.blocks]));
		list.push(...(terms[url]?.keywords ?? []), ...(terms[url]?.synonyms ?? []));
		texts.set(outline.lang, list);
	}
	const pagefindDir = join(outDir, 'pagefind');
	const written = await index.writeFiles({ outputPath: pagefindDir });
	if (written.errors.length > 0)
		throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
	await pagefind.close();
	await writePreviews(pagefindDir, previews);
	for (const [lang, list] of texts) {
		await writeFile(
			join(pagefindDir, `vocabulary.${lang}.json`),
			JSON.stringify(buildVocabulary(list)),
		);
	}
	await writeSynonyms(pagefindDir);
	const ms = Math.round(performance.now() - started);
	logger.info(`Search index: ${previews.size} pages in ${ms} ms`);
	return { pages: previews.size, ms };
}

/** Writes `preview/<fragment id>.json` for every indexed page; a page without its fragment, or the reverse, stops the build. */
async function writePreviews(
	pagefindDir: string,
	previews: ReadonlyMap<string, ResultPreview>,
): Promise<void> {
	const previewDir = join(pagefindDir, 'preview');
	await mkdir(previewDir, { recursive: true });
	const unmatched = new Set(previews.keys());
	for (const name of await readdir(join(pagefindDir, 'fragment'))) {
		const url = fragmentUrl(await readFile(join(pagefindDir, 'fragment', name)));
		const preview = previews.get(url);
		if (!preview) throw new Error(`Search index: fragment ${name} (${url}) has no page to preview`);
		unmatched.delete(url);
		await writeFile(
			join(previewDir, `${name.replace(/\.pf_fragment$/, '')}.json`),
			JSON.stringify(preview),
		);
	}
	if (unmatched.size > 0)
		throw new Error(`Search index: no fragment for ${[...unmatched].join(', ')}`);
}

/** Validates content/search-synonyms.yaml and writes one JSON file per language beside the index. */
async function writeSynonyms(pagefindDir: string): Promise<void> {
	const file = join(contentDir, 'search-synonyms.yaml');
	let raw: unknown;
	try {
		raw = parseYaml(await readFile(file, 'utf8'));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT')
			raw = Object.fromEntries(localeCodes.map((l) => [l, []]));
		else {
			const message = `not valid YAML: ${(error as Error).message}`;
			throw new Error(
				formatIssues('Search synonyms are invalid', [{ file, rule: 'synonyms', message }]),
			);
		}
	}
	const parsed = searchSynonymsSchema.safeParse(raw);
	if (!parsed.success) {
		throw new Error(
			formatIssues(
				'Search synonyms are invalid',
				fromSchemaIssues(file, 'synonyms', parsed.error.issues),
			),
		);
	}
	for (const locale of localeCodes) {
		const groups = (parsed.data[locale] ?? []).map((group) =>
			group.map((p) => p.normalize('NFKC').toLowerCase()),
		);
		await writeFile(
			join(pagefindDir, `synonyms.${getLang(locale).toLowerCase()}.json`),
			JSON.stringify(groups),
		);
	}
}
