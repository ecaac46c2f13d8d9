import { getEntry, render } from 'astro:content';
import { defaultLocale, localeCodes, type Locale } from '../config/site';
import {
	getMissingTranslations,
	getTranslations,
	sortCategories,
	type ArticleRecord,
	type CategoryRecord,
} from '../lib/articles';
import { hashArticleImages } from '../lib/article-images';
import { cacheKeyOf } from '../lib/cache-key';
import { getArticlePath, getShortPath } from '../lib/routes';
import { getRedirects, getSiteContent } from './content';

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
	/** Set on a former slug's page: where the article lives now. */
	redirectTo?: string;
}

/**
 * Paths of every article in every locale, including notices for missing translations.
 * Cache key: the site digest plus the bodies and images of every language of the slug (a translation's
 * "source changed" notice depends on its source's body), so editing one article re-renders only its pages.
 */
export async function getArticlePaths() {
	const { articles, digest } = await getSiteContent();
	const cacheKeyFor = (slug: string) =>
		cacheKeyOf(
			digest,
			articles
				.filter((a) => a.slug === slug)
				.map((a) => [a.id, a.body, hashArticleImages(a.filePath)]),
		);
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
		cacheKey: cacheKeyFor(article.slug),
	}));
	const missing = getMissingTranslations(articles, localeCodes).map(({ locale, slug }) => ({
		params: { locale, slug },
		props: {
			locale: locale as Locale,
			slug,
			article: undefined,
			versions: versionsOf(slug),
		} satisfies ArticlePageProps,
		cacheKey: cacheKeyFor(slug),
	}));
	const redirects = articles.flatMap((article) =>
		article.data.formerSlugs.map((former) => ({
			params: { locale: article.locale, slug: former },
			props: {
				locale: article.locale as Locale,
				slug: former,
				article: undefined,
				versions: {},
				redirectTo: getArticlePath(article.locale, article.slug),
			} satisfies ArticlePageProps,
			cacheKey: digest,
		})),
	);
	return [...present, ...missing, ...redirects];
}

/** Pages removed on purpose (content/redirects.yaml), each a redirect to its replacement. */
export async function getRedirectPaths() {
	return (await getRedirects()).map(({ from, to }) => ({
		params: { path: from.replace(/^\/|\/$/g, '') },
		props: {
			to,
			locale: (localeCodes.find((l) => from.startsWith(`/${l}/`)) ?? defaultLocale) as Locale,
		},
	}));
}

/** Paths of every category page in every locale; they list frontmatter only, so the site digest is their cache key. */
export async function getCategoryPaths() {
	const { categories, digest } = await getSiteContent();
	return localeCodes.flatMap((locale) =>
		sortCategories(categories).map((category: CategoryRecord) => ({
			params: { locale, category: category.id },
			props: { locale, category },
			cacheKey: digest,
		})),
	);
}

/** Renders an article's MDX; call only for articles that exist. */
export async function renderArticle(article: ArticleRecord) {
	const entry = await getEntry('articles', article.id);
	if (!entry) throw new Error(`${article.filePath}: entry vanished during the build`);
	return render(entry);
}

/** Paths of the language-neutral short links `/a/<slug>/`, one per article id. */
export async function getShortLinkPaths() {
	const { articles, digest } = await getSiteContent();
	const slugs = [...new Set(articles.map((a) => a.slug))];
	// Short links pasted before a rename keep working: /a/<former>/ opens the renamed article.
	const former = new Map(
		articles.flatMap((a) => a.data.formerSlugs.map((f) => [f, a.slug] as const)),
	);
	return [
		...slugs.map((slug) => ({
			params: { slug },
			props: { slug, redirectTo: undefined },
			cacheKey: digest,
		})),
		...[...former].map(([old, slug]) => ({
			params: { slug: old },
			props: { slug, redirectTo: getShortPath(slug) },
			cacheKey: digest,
		})),
	];
}
