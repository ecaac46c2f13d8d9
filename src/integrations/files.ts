/** Listing the built pages of an output folder, for the post-build steps. */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Returns every .html file below a directory, sorted, skipping Pagefind's own output. */
export async function listHtmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name))
		.filter((path) => !path.includes(`${join(dir, 'pagefind')}`))
		.sort();
}

/** Returns the site path of a built HTML file. @example 'en/a/index.html' → '/en/a/' */
export function toSitePath(outDir: string, file: string): string {
	const rel = relative(outDir, file).split(sep).join('/');
	return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}
