import type { ArticleRecord, CategoryRecord } from './articles';
import type { Issue } from './issues';
import { SLUG_PATTERN } from './routes';

export interface ContentRulesInput {
	readonly articles: readonly ArticleRecord[];
	readonly categories: readonly CategoryRecord[];
	readonly locales: readonly string[];
	readonly sourceLocale: string;
	/** Path of the categories file, for messages. */
	readonly categoriesFile: string;
}

/** MDX comments render nothing: `{/* … *\/}` (and `<!-- … -->`, which older Markdown habits bring). */
const MDX_COMMENT = /\{\s*\/\*[\s\S]*?\*\/\s*\}|<!--[\s\S]*?-->/g;

/** Returns whether an article body has anything for a reader: text besides whitespace and comments. */
export function hasReaderText(body: string): boolean {
	return body.replace(MDX_COMMENT, '').trim() !== '';
}

/** Returns every cross-file problem in the articles: unknown references, orphans, clashes. */
export function checkContentRules(input: ContentRulesInput): Issue[] {
	const { articles, categories, locales, sourceLocale } = input;
	const issues: Issue[] = [];
	const categoryIds = new Set(categories.map((c) => c.id));
	const published = articles.filter((a) => !a.data.draft);
	const key = (locale: string, slug: string) => `${locale}/${slug}`;
	const publishedKeys = new Set(published.map((a) => key(a.locale, a.slug)));
	const sourceSlugs = new Set(articles.filter((a) => a.locale === sourceLocale).map((a) => a.slug));
	const currentSlugs = new Set(articles.map((a) => a.slug));
	const formerOwners = new Map<string, string>();
	const titles = new Map<string, string>();

	for (const article of articles) {
		const file = article.filePath;
		if (!locales.includes(article.locale)) {
			issues.push({
				file,
				rule: 'slug',
				message: `folder "${article.locale}" is not a configured locale (expected one of: ${locales.join(', ')})`,
			});
			continue;
		}
		// One problem per misnamed file: its other rules would only repeat the bad slug.
		if (!SLUG_PATTERN.test(article.slug)) {
			issues.push({
				file,
				rule: 'slug',
				message: `file name "${article.slug}.mdx" breaks the slug rule: lowercase words of a-z and 0-9 joined by single hyphens, like "payment-failed.mdx"`,
			});
			continue;
		}
		if (!article.data.draft && !hasReaderText(article.body)) {
			issues.push({
				file,
				field: 'body',
				rule: 'empty-page',
				message:
					'the article has no text after the frontmatter; write the answer, or set draft: true until it is written',
			});
		}
		if (!categoryIds.has(article.data.category)) {
			issues.push({
				file,
				field: 'category',
				rule: 'references',
				message: `unknown category "${article.data.category}"; known categories in ${input.categoriesFile}: ${[...categoryIds].join(', ')}`,
			});
		}
		if (article.locale !== sourceLocale && !sourceSlugs.has(article.slug)) {
			issues.push({
				file,
				field: 'slug',
				rule: 'slug',
				message: `no ${sourceLocale} article has the slug "${article.slug}"; a translation must use its source article's file name (content/articles/${sourceLocale}/${article.slug}.mdx)`,
			});
		}
		for (const related of article.data.related) {
			if (related === article.slug) {
				issues.push({
					file,
					field: 'related',
					rule: 'references',
					message: `"${related}" is the article itself`,
				});
			} else if (!article.data.draft && !publishedKeys.has(key(article.locale, related))) {
				issues.push({
					file,
					field: 'related',
					rule: 'references',
					message: `"${related}" is not a published ${article.locale} article (expected content/articles/${article.locale}/${related}.mdx)`,
				});
			}
		}
		// Former slugs are shared by every language (short links /a/<former>/), so owners are global.
		for (const former of article.data.formerSlugs) {
			const owner = formerOwners.get(former);
			if (currentSlugs.has(former)) {
				issues.push({
					file,
					field: 'formerSlugs',
					rule: 'slug',
					message: `"${former}" is the slug of an existing article`,
				});
			} else if (owner && owner !== article.slug) {
				issues.push({
					file,
					field: 'formerSlugs',
					rule: 'slug',
					message: `"${former}" is also a former slug of "${owner}"`,
				});
			}
			formerOwners.set(former, article.slug);
		}
		if (!article.data.draft) {
			const titleKey = key(article.locale, article.data.title);
			const other = titles.get(titleKey);
			if (other) {
				issues.push({
					file,
					field: 'title',
					rule: 'unique-titles',
					message: `same title as ${other}; every page title must be unique`,
				});
			}
			titles.set(titleKey, file);
		}
	}
	// A category without a published article would be an empty page linked from the home page.
	const usedCategories = new Set(
		published.filter((a) => locales.includes(a.locale)).map((a) => a.data.category),
	);
	for (const category of categories) {
		if (usedCategories.has(category.id)) continue;
		issues.push({
			file: input.categoriesFile,
			field: 'id',
			rule: 'empty-page',
			message: `category "${category.id}" has no published article, so its page would be empty; remove it, or add it together with its first published article`,
		});
	}
	return issues;
}
