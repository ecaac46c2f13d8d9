import type { ArticleData } from '../schemas/article';

/** One article in one language, as plain data (no Astro types). */
export interface ArticleRecord {
	/** Content id, `<locale>/<slug>`. */
	readonly id: string;
	readonly locale: string;
	/** Shared by every translation: the article's stable id. */
	readonly slug: string;
	/** Path relative to the project, for error messages. */
	readonly filePath: string;
	readonly data: ArticleData;
	/** Raw MDX source, frontmatter excluded. */
	readonly body: string;
}

export interface CategoryRecord {
	readonly id: string;
	readonly order: number;
	readonly icon: string;
	readonly title: Readonly<Record<string, string>>;
	readonly description: Readonly<Record<string, string>>;
}

/** Returns the articles that are published (not drafts). */
export function getPublished<T extends ArticleRecord>(articles: readonly T[]): T[] {
	return articles.filter((article) => !article.data.draft);
}

/** Returns articles sorted for reading: by `order`, then by title in the article's language. */
export function sortArticles<T extends ArticleRecord>(articles: readonly T[]): T[] {
	return [...articles].sort(
		(a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, a.locale),
	);
}

/** Returns the locale → article map for one slug. */
export function getTranslations<T extends ArticleRecord>(
	articles: readonly T[],
	slug: string,
): Map<string, T> {
	return new Map(articles.filter((a) => a.slug === slug).map((a) => [a.locale, a]));
}

/** Returns every slug with the locales it exists in. */
export function getSlugLocales(articles: readonly ArticleRecord[]): Map<string, Set<string>> {
	const slugs = new Map<string, Set<string>>();
	for (const article of articles) {
		const set = slugs.get(article.slug) ?? new Set<string>();
		set.add(article.locale);
		slugs.set(article.slug, set);
	}
	return slugs;
}

/** Returns the (locale, slug) pairs that have no article but whose slug exists elsewhere. */
export function getMissingTranslations(
	articles: readonly ArticleRecord[],
	locales: readonly string[],
): Array<{ locale: string; slug: string; available: string[] }> {
	const missing: Array<{ locale: string; slug: string; available: string[] }> = [];
	for (const [slug, present] of getSlugLocales(articles)) {
		for (const locale of locales) {
			if (!present.has(locale)) {
				missing.push({ locale, slug, available: locales.filter((l) => present.has(l)) });
			}
		}
	}
	return missing;
}

/** Returns one locale's articles of a category, sorted. */
export function getCategoryArticles<T extends ArticleRecord>(
	articles: readonly T[],
	locale: string,
	category: string,
): T[] {
	return sortArticles(articles.filter((a) => a.locale === locale && a.data.category === category));
}

/** Returns categories sorted by `order`. */
export function sortCategories<T extends CategoryRecord>(categories: readonly T[]): T[] {
	return [...categories].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** Returns the pinned articles of a locale (or its first ones when none are pinned). */
export function getPopularArticles<T extends ArticleRecord>(
	articles: readonly T[],
	locale: string,
	limit = 6,
): T[] {
	const own = sortArticles(articles.filter((a) => a.locale === locale));
	const pinned = own.filter((a) => a.data.pinned);
	return (pinned.length > 0 ? pinned : own).slice(0, limit);
}

/** Returns the related articles of an article that exist in its language, in the listed order. */
export function getRelatedArticles<T extends ArticleRecord>(
	articles: readonly T[],
	article: ArticleRecord,
): T[] {
	return article.data.related.flatMap((slug) => {
		const found = articles.find((a) => a.locale === article.locale && a.slug === slug);
		return found ? [found] : [];
	});
}
