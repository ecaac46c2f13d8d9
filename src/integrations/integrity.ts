import type { StepLogger } from './step-logger';
import { AstroError } from 'astro/errors';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { getLang, siteUrl, type Locale } from '../config/site';
import type { PageScan } from '../lib/html-scan';
import type { ContentInventory } from '../lib/content-inventory';
import {
	checkSearchIndex,
	checkSitemap,
	checkSitemapFiles,
	findNoindexInSitemap,
	getFragmentLanguage,
	parseFragment,
	parseSitemapPaths,
	type SearchIndexContents,
} from '../lib/index-coverage';
import {
	checkCategoryLinks,
	checkRedirectPages,
	findMissingPages,
	findOrphanPages,
} from '../lib/integrity';
import { formatIssues, type Issue } from '../lib/issues';
import { checkLinks, toInternalTarget } from '../lib/link-check';
import { getArticleFilesByPage, type PageSource } from '../lib/link-source';
import type { BuiltPages } from './built-pages';

const toPosix = (path: string) => path.split(sep).join('/');

/** Reads pagefind-entry.json and every fragment's URL; undefined when there is no index. */
async function readSearchIndex(outDir: string): Promise<SearchIndexContents | undefined> {
	const dir = join(outDir, 'pagefind');
	if (!existsSync(join(dir, 'pagefind-entry.json'))) return undefined;
	const entry = JSON.parse(await readFile(join(dir, 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	const names = (await readdir(join(dir, 'fragment'))).filter((n) => n.endsWith('.pf_fragment'));
	const fragments = await Promise.all(
		names.map(async (name) => ({
			language: getFragmentLanguage(name),
			url: parseFragment(gunzipSync(await readFile(join(dir, 'fragment', name))).toString('utf8'))
				.url,
		})),
	);
	const pageCounts = Object.fromEntries(
		Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]),
	);
	return { pageCounts, fragments };
}

/**
 * Returns every site path listed by sitemap-index.xml's sitemaps, and the sitemaps it lists that
 * were not written (`unwritten` undefined: there is no sitemap-index.xml).
 */
async function readSitemap(
	outDir: string,
): Promise<{ paths: Set<string>; unwritten: string[] | undefined }> {
	const index = join(outDir, 'sitemap-index.xml');
	const paths = new Set<string>();
	if (!existsSync(index)) return { paths, unwritten: undefined };
	const unwritten: string[] = [];
	for (const sitemap of parseSitemapPaths(await readFile(index, 'utf8'))) {
		const file = join(outDir, sitemap);
		if (!existsSync(file)) {
			unwritten.push(sitemap);
			continue;
		}
		for (const path of parseSitemapPaths(await readFile(file, 'utf8'))) paths.add(path);
	}
	return { paths, unwritten };
}

/**
 * Post-build integrity checks: pages, search index, sitemap, links, and what html-validate found
 * (readBuiltPages), against the content the build itself loaded (`inventory`, from the build
 * manifest). Throws one error listing every problem.
 */
export async function runIntegrityChecks(
	outDir: string,
	built: BuiltPages,
	inventory: ContentInventory,
	logger: StepLogger,
): Promise<void> {
	const started = performance.now();
	const cpuStarted = process.threadCpuUsage();
	const issues: Issue[] = [...built.htmlIssues];
	const files = new Set(
		(await readdir(outDir, { recursive: true, withFileTypes: true }))
			.filter((e) => e.isFile())
			.map((e) => `/${toPosix(relative(outDir, join(e.parentPath, e.name)))}`),
	);
	const pages = new Map<string, PageScan>(built.pages.map((p) => [p.path, p.scan]));
	const { paths: sitemap, unwritten } = await readSitemap(outDir);
	const articleFiles = getArticleFilesByPage(inventory);
	const sourceOf = (path: string): PageSource | undefined => {
		const file = articleFiles.get(path);
		if (file === undefined) return undefined;
		try {
			return { file, text: readFileSync(file, 'utf8') };
		} catch {
			return { file, text: '' }; // still the file to edit, without a line
		}
	};
	const links = checkLinks(built.pages, files, siteUrl, sourceOf);
	issues.push(
		...findMissingPages(inventory, pages),
		...findOrphanPages(inventory, pages),
		...checkRedirectPages(pages),
		...checkSearchIndex(inventory, await readSearchIndex(outDir), (l) => getLang(l as Locale)),
		...checkSitemapFiles(unwritten),
		...checkSitemap(inventory, sitemap),
		...findNoindexInSitemap(pages, sitemap),
		...checkCategoryLinks(
			inventory,
			pages,
			(from, ref) => toInternalTarget(from, ref, siteUrl)?.pathname,
		),
		...links.issues,
	);
	if (issues.length > 0) {
		throw new AstroError(
			formatIssues('Integrity check failed', issues),
			'Each line names the page URL or content file and what is missing; fix the content or the component that renders it.',
		);
	}
	const { user, system } = process.threadCpuUsage(cpuStarted);
	const perPage = built.pages.length > 0 ? (user + system) / 1000 / built.pages.length : 0;
	logger.info(
		`Integrity: ${built.pages.length} pages (${perPage.toFixed(2)} ms CPU/page), ${links.checked} internal links checked ` +
			`in ${Math.round(performance.now() - started)} ms`,
	);
}
