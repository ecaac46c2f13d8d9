/**
 * Reads the content tree the way the build's loaders do (same frontmatter parser, same zod
 * schemas), without starting Astro. Used by the content check and the translation tools.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { findUnreadArticleFiles, isArticlePath } from '../../src/lib/article-files';
import type { ArticleRecord } from '../../src/lib/articles';
import { fromSchemaIssues, type Issue } from '../../src/lib/issues';
import { listFilesBelow } from '../../src/lib/list-files';
import { parseArticleId } from '../../src/lib/routes';
import type { TranslationInput } from '../../src/lib/translation-status';
import { articleSchema } from '../../src/schemas/article';

/** One article file, parsed but not yet validated. */
export interface ArticleFile {
	readonly id: string;
	readonly locale: string;
	readonly slug: string;
	readonly filePath: string;
	readonly text: string;
	readonly frontmatter: Record<string, unknown>;
	/** Body as the build sees it: frontmatter removed, trimmed. */
	readonly body: string;
}

/**
 * Returns every `articles/<locale>/<slug>.mdx` under a content folder, sorted; any other file
 * there (one the build would leave out) becomes an issue.
 */
export function readArticleFiles(contentDir: string): { files: ArticleFile[]; issues: Issue[] } {
	const base = join(contentDir, 'articles');
	const files: ArticleFile[] = [];
	if (!existsSync(base))
		return {
			files,
			issues: [{ file: base, rule: 'schema', message: 'the articles folder does not exist' }],
		};
	const paths = listFilesBelow(base);
	const issues = findUnreadArticleFiles(paths, base);
	for (const name of paths.filter(isArticlePath)) {
		const filePath = join(base, name);
		const id = name.replace(/\.mdx$/, '');
		const parsed = parseArticleId(id)!;
		const text = readFileSync(filePath, 'utf8');
		try {
			const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'remove' });
			files.push({ id, ...parsed, filePath, text, frontmatter, body: content.trim() });
		} catch (error) {
			issues.push({
				file: filePath,
				rule: 'schema',
				message: `frontmatter is not valid YAML: ${(error as Error).message}`,
			});
		}
	}
	return { files, issues };
}

/** Returns the article files that pass the article schema as records, and the schema problems of the rest. */
export function toArticleRecords(files: readonly ArticleFile[]): {
	articles: ArticleRecord[];
	issues: Issue[];
} {
	const articles: ArticleRecord[] = [];
	const issues: Issue[] = [];
	for (const file of files) {
		const result = articleSchema.safeParse(file.frontmatter);
		if (result.success) {
			articles.push({
				id: file.id,
				locale: file.locale,
				slug: file.slug,
				filePath: file.filePath,
				data: result.data,
				body: file.body,
			});
		} else {
			issues.push(...fromSchemaIssues(file.filePath, 'schema', result.error.issues));
		}
	}
	return { articles, issues };
}

/**
 * Returns the entries of a YAML list file (categories.yaml, channels.yaml) validated by a schema.
 * Like Astro's file() loader, each entry needs an `id`.
 */
export function readYamlEntries<T extends z.ZodType>(
	filePath: string,
	schema: T,
): { entries: Array<z.output<T>>; issues: Issue[] } {
	if (!existsSync(filePath))
		return { entries: [], issues: [{ file: filePath, rule: 'schema', message: 'file not found' }] };
	const data: unknown = parseYaml(readFileSync(filePath, 'utf8'));
	if (!Array.isArray(data))
		return {
			entries: [],
			issues: [{ file: filePath, rule: 'schema', message: 'must be a YAML list of entries' }],
		};
	const entries: Array<z.output<T>> = [];
	const issues: Issue[] = [];
	data.forEach((entry: unknown, index) => {
		const result = schema.safeParse(entry);
		const id = (entry as { id?: unknown } | null)?.id;
		// The entry's id, or its place in the list (0-based, as YAML paths are).
		const entryField = typeof id === 'string' ? id : String(index);
		if (result.success) entries.push(result.data);
		else issues.push(...fromSchemaIssues(filePath, 'schema', result.error.issues, entryField));
	});
	return { entries, issues };
}

/** Returns what the translation status needs from each file, read from the raw frontmatter (valid or not). */
export function toTranslationInputs(files: readonly ArticleFile[]): TranslationInput[] {
	return files.map((file) => {
		const { sourceHash, draft } = file.frontmatter;
		return {
			locale: file.locale,
			slug: file.slug,
			body: file.body,
			sourceHash: typeof sourceHash === 'string' ? sourceHash : undefined,
			draft: draft === true,
		};
	});
}
