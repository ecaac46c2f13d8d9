import type { ArticleData } from '../../src/schemas/article';

/** Returns article frontmatter with the schema's defaults filled in, for unit tests. */
export const articleData = (overrides: Partial<ArticleData> = {}): ArticleData => ({
	title: 'A help article title',
	description: 'A one-sentence answer that is long enough.',
	category: 'payments',
	keywords: [],
	synonyms: [],
	updated: new Date('2026-01-01T00:00:00Z'),
	order: 100,
	related: [],
	pinned: false,
	draft: false,
	formerSlugs: [],
	...overrides,
});
