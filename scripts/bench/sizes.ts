/** Sizes of a built site: everything, and the Pagefind files each language downloads from. */
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';

export interface OutputSize {
	readonly bytes: number;
	readonly files: number;
}

/** Returns the total size and file count of a folder, recursively. */
export async function folderSize(dir: string): Promise<OutputSize> {
	let bytes = 0;
	let files = 0;
	for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		bytes += (await stat(join(entry.parentPath, entry.name))).size;
		files++;
	}
	return { bytes, files };
}

export interface LanguageIndexSize {
	/** Meta, word index and filter chunks: what search downloads to find hits. */
	readonly indexBytes: number;
	/** Per-page fragments: excerpts and titles, fetched for the results shown. */
	readonly fragmentBytes: number;
	/** WASM, vocabulary and synonym files for the language. */
	readonly supportBytes: number;
	readonly files: number;
}

/**
 * Returns the Pagefind files per language (`en`, `zh-cn`), found by Pagefind's naming:
 * `index/<lang>_<hash>.pf_index`, `fragment/<lang>_…`, `filter/<lang>_…`, `pagefind.<lang>_….pf_meta`,
 * `wasm.<lang>.pagefind`, plus our `vocabulary.<lang>.json` and `synonyms.<lang>.json`.
 */
export async function searchIndexSizes(
	pagefindDir: string,
): Promise<Record<string, LanguageIndexSize>> {
	const sizes: Record<
		string,
		{ indexBytes: number; fragmentBytes: number; supportBytes: number; files: number }
	> = {};
	const add = (
		lang: string,
		kind: 'indexBytes' | 'fragmentBytes' | 'supportBytes',
		bytes: number,
	) => {
		const entry = (sizes[lang] ??= { indexBytes: 0, fragmentBytes: 0, supportBytes: 0, files: 0 });
		entry[kind] += bytes;
		entry.files++;
	};
	for (const entry of await readdir(pagefindDir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const name = basename(entry.name);
		const bytes = (await stat(join(entry.parentPath, entry.name))).size;
		let match: RegExpExecArray | null;
		if ((match = /^([a-z-]+)_[0-9a-f]+\.pf_fragment$/.exec(name)))
			add(match[1]!, 'fragmentBytes', bytes);
		else if ((match = /^(?:pagefind\.)?([a-z-]+)_[0-9a-f]+\.pf_(?:index|filter|meta)$/.exec(name)))
			add(match[1]!, 'indexBytes', bytes);
		else if ((match = /^(?:wasm|vocabulary|synonyms)\.([a-z-]+)\.(?:pagefind|json)$/.exec(name)))
			add(match[1]!, 'supportBytes', bytes);
	}
	return sizes;
}
