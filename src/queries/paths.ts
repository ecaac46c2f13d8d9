import { getEntry, render } from 'astro:content';
import { defaultLocale, localeCodes, type Locale } from '../config/site';
import {
	getMissingTranslations,
	getTranslations,
	sortCategories,
	type ArticleRecord,
	type CategoryRecord,
} from '../lib/articles';
import { getArticlePath } from '../lib/routes';
import { getSiteContent } from './content';

/** Paths of every per-locale page without parameters (home, contact, search, 404). */
export function getLocalePaths() {
	return localeCodes.map((locale) => ({ params: { locale }, props: { locale } }));
}

export interface ArticlePageProps {
	locale: Locale;
	slug: string;
	article: ArticleRecord | undefined;
	/** Locale → path of every language this article exists in. */
	versions: Partial<Record<Locale, string>>;
}

/** Paths of every article in every locale, including notices for missing translations. */
export async function getArticlePaths() {
	const { articles } = await getSiteContent();
	const versionsOf = (slug: string) =>
		Object.fromEntries(
			[...getTranslations(articles, slug).keys()].map((l) => [l, getArticlePath(l, slug)]),
		) as Partial<Record<Locale, string>>;
	const present = articles.map((article) => ({
		params: { locale: article.locale, slug: article.slug },
		props: {
			locale: article.locale as Locale,
			slug: article.slug,
			article,
			versions: versionsOf(article.slug),
		} satisfies ArticlePageProps,
	}));
	const missing = getMissingTranslations(articles, localeCodes).map(({ locale, slug }) => ({
		params: { locale, slug },
		props: { locale: locale as Locale, slug, article: undefined, versions: versionsOf(slug) } satisfies ArticlePageProps,
	}));
	return [...present, ...missing];
}

/** Paths of every category page in every locale. */
export async function getCategoryPaths() {
	const { categories } = await getSiteContent();
	return localeCodes.flatMap((locale) =>
		sortCategories(categories).map((category: CategoryRecord) => ({
			params: { locale, category: category.id },
			props: { locale, category },
		})),
	);
}

/** Renders an article's MDX; call only for articles that exist. */
export async function renderArticle(article: ArticleRecord) {
	const entry = await getEntry('articles', article.id);
	if (!entry) throw new Error(`${article.filePath}: entry vanished during the build`);
	return render(entry);
}

export { defaultLocale };

/** Paths of the language-neutral short links `/a/<slug>/`, one per article id. */
export async function getShortLinkPaths() {
	const { articles } = await getSiteContent();
	const slugs = [...new Set(articles.map((a) => a.slug))];
	return slugs.map((slug) => ({ params: { slug }, props: { slug } }));
}
