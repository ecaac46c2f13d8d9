import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isExcludedFromSitemap, pruneSitemap, readSitemapUrls } from '../lib/sitemap-prune';
import type { BuiltPage } from './built-pages';

/** Removes noindex and redirect pages from every sitemap file in the output; returns how many URLs it removed. */
export async function pruneSitemaps(outDir: string, pages: readonly BuiltPage[]): Promise<number> {
	const excluded = new Set(
		pages.filter((page) => isExcludedFromSitemap(page.scan)).map((page) => page.path),
	);
	let removed = 0;
	for (const name of await readdir(outDir)) {
		if (!/^sitemap-\d+\.xml$/.test(name)) continue;
		const file = join(outDir, name);
		const xml = await readFile(file, 'utf8');
		const pruned = pruneSitemap(xml, (url) => excluded.has(decodeURI(new URL(url).pathname)));
		removed += readSitemapUrls(xml).length - readSitemapUrls(pruned).length;
		await writeFile(file, pruned);
	}
	return removed;
}
