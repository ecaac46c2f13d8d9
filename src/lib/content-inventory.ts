/**
 * What the build says must exist after it: every article (drafts too), category and redirect, as
 * the content layer loaded and checked them. The site hands it to the post-build steps in its
 * build manifest (src/queries/manifest.ts), so the integrity checks compare the output with what
 * the build itself read, never with a second reading of content/.
 */
import type { ArticleRecord } from './articles';

/** One article as the build loaded it. */
export interface ArticleEntry {
	/** The article's file, as the content layer names it (`content/articles/en/refund.mdx`). */
	readonly file: string;
	readonly locale: string;
	readonly slug: string;
	readonly draft: boolean;
	readonly category: string | undefined;
	readonly formerSlugs: readonly string[];
}

/** An entry of a YAML list file (categories) with its id. */
export interface ListEntry {
	readonly file: string;
	readonly id: string;
}

/** Everything the content says should exist. */
export interface ContentInventory {
	readonly locales: readonly string[];
	readonly articles: readonly ArticleEntry[];
	readonly categories: readonly ListEntry[];
	/** `from` paths of content/redirects.yaml. */
	readonly redirects: readonly string[];
}

/** What the content layer loaded, as src/queries/content.ts hands it out. */
export interface LoadedContent {
	readonly locales: readonly string[];
	/** Published articles and drafts. */
	readonly articles: readonly ArticleRecord[];
	readonly categories: readonly { readonly id: string }[];
	readonly categoriesFile: string;
	readonly redirects: readonly { readonly from: string }[];
}

/** Returns the inventory of what the build loaded (articles in file order), as plain JSON for the build manifest. */
export function toContentInventory(content: LoadedContent): ContentInventory {
	return {
		locales: content.locales,
		articles: [...content.articles]
			.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0))
			.map((article) => ({
				file: article.filePath,
				locale: article.locale,
				slug: article.slug,
				draft: article.data.draft,
				category: article.data.category,
				formerSlugs: article.data.formerSlugs,
			})),
		categories: content.categories.map(({ id }) => ({ file: content.categoriesFile, id })),
		redirects: content.redirects.map(({ from }) => from),
	};
}
