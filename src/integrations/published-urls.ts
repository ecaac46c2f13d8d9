import type { StepLogger } from './step-logger';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentDir } from '../config/site';
import { formatIssues } from '../lib/issues';
import { findMissingUrls, parseUrlList } from '../lib/published-urls';
import type { BuiltPage } from './built-pages';
import { listHtmlFiles, toSitePath } from './files';

/** The committed list of every published URL, beside the content it describes. */
export const publishedUrlsFile = join(contentDir, 'published-urls.txt');

/** Returns every page path a build produced (pages and redirect pages). */
export async function listBuiltPaths(outDir: string): Promise<string[]> {
	return (await listHtmlFiles(outDir)).map((file) => toSitePath(outDir, file));
}

/** Fails the build, naming each URL, when a published URL is no longer produced and has no redirect. */
export async function checkPublishedUrls(
	pages: readonly BuiltPage[],
	logger: StepLogger,
): Promise<void> {
	const started = performance.now();
	if (!existsSync(publishedUrlsFile)) {
		logger.warn(
			`${publishedUrlsFile} not found: published URLs are not protected (run npm run urls:update)`,
		);
		return;
	}
	const text = await readFile(publishedUrlsFile, 'utf8');
	const listed = parseUrlList(text);
	const missing = findMissingUrls(text, new Set(pages.map((page) => page.path)), publishedUrlsFile);
	if (missing.length > 0) {
		throw new Error(
			formatIssues('Published URLs would stop working', missing) +
				'\nKeep them alive with a redirect: add the old slug to the article’s formerSlugs, or add { from, to } to content/redirects.yaml.',
		);
	}
	logger.info(
		`Published URLs: all ${listed.length} still resolve, checked in ${Math.round(performance.now() - started)} ms`,
	);
}

/**
 * Writes `_redirects` (Netlify/Cloudflare format) from the redirect pages in the output, so
 * hosts that read it answer with a real 301; other hosts serve the meta-refresh pages.
 */
export async function writeHostRedirects(
	outDir: string,
	pages: readonly BuiltPage[],
): Promise<number> {
	const lines = pages.flatMap(({ path, scan }) =>
		scan.refreshTo ? [`${path} ${scan.refreshTo} 301`] : [],
	);
	await writeFile(join(outDir, '_redirects'), lines.length > 0 ? `${lines.join('\n')}\n` : '');
	return lines.length;
}
