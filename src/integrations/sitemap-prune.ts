import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isNoindexHtml, pruneSitemap } from '../lib/sitemap-prune';

/** Removes noindex and redirect pages from every sitemap file in the output. */
export async function pruneSitemaps(outDir: string): Promise<void> {
	const cache = new Map<string, boolean>();
	const isExcluded = (url: string) => {
		const path = new URL(url).pathname;
		let excluded = cache.get(path);
		if (excluded === undefined) {
			const file = join(outDir, path, path.endsWith('/') ? 'index.html' : '');
			excluded = existsSync(file) ? isNoindexHtml(readFileSync(file, 'utf8')) : false;
			cache.set(path, excluded);
		}
		return excluded;
	};
	for (const name of await readdir(outDir)) {
		if (!/^sitemap-\d+\.xml$/.test(name)) continue;
		const file = join(outDir, name);
		await writeFile(file, pruneSitemap(await readFile(file, 'utf8'), isExcluded));
	}
}
