/**
 * The content folder read without Astro: what the integrity checks expect the build to produce.
 * Schema rules are the content layer's job; this reads only ids, slugs, drafts and former slugs.
 */
import { parse as parseYaml } from 'yaml';
import type { IntegrityIssue } from './integrity';

/** One article file as read from the content folder, without Astro. */
export interface ArticleEntry {
	readonly file: string;
	readonly locale: string;
	readonly slug: string;
	readonly draft: boolean;
	readonly category: string | undefined;
	readonly formerSlugs: readonly string[];
}

/** An entry of a YAML list file (categories, channels) with its id. */
export interface ListEntry {
	readonly file: string;
	readonly id: string;
}

/** Everything the content folder says should exist. */
export interface ContentInventory {
	readonly locales: readonly string[];
	readonly articles: readonly ArticleEntry[];
	readonly categories: readonly ListEntry[];
	readonly channels: readonly ListEntry[];
	/** `from` paths of content/redirects.yaml. */
	readonly redirects: readonly string[];
}

/** Returns an article's frontmatter as parsed YAML; throws on invalid YAML. @example readFrontmatter('---\ntitle: Hi\n---\nBody') // { title: 'Hi' } */
export function readFrontmatter(source: string): unknown {
	const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(source);
	return match ? parseYaml(match[1]!) : {};
}

/** Returns the article entry of `articles/<locale>/<slug>.mdx`, or an issue when it cannot be read. */
export function toArticleEntry(
	file: string,
	locale: string,
	slug: string,
	source: string,
): ArticleEntry | IntegrityIssue {
	let data: unknown;
	try {
		data = readFrontmatter(source);
	} catch (error) {
		return {
			check: 'content',
			where: file,
			message: `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
		};
	}
	const fields = (data ?? {}) as Record<string, unknown>;
	const former = Array.isArray(fields['formerSlugs'])
		? fields['formerSlugs'].filter((s): s is string => typeof s === 'string')
		: [];
	return {
		file,
		locale,
		slug,
		draft: fields['draft'] === true,
		category: typeof fields['category'] === 'string' ? fields['category'] : undefined,
		formerSlugs: former,
	};
}

/** Returns the ids of a YAML list file's entries (entries without a string id are skipped). */
export function toListEntries(file: string, list: unknown): ListEntry[] {
	if (!Array.isArray(list)) return [];
	return list.flatMap((entry) => {
		const id = (entry as { id?: unknown } | null)?.id;
		return typeof id === 'string' ? [{ file, id }] : [];
	});
}

/** Returns the `from` paths of content/redirects.yaml (pages that redirect on purpose). */
export function toRedirectSources(list: unknown): string[] {
	if (!Array.isArray(list)) return [];
	return list.flatMap((entry) => {
		const from = (entry as { from?: unknown } | null)?.from;
		return typeof from === 'string' ? [from] : [];
	});
}
