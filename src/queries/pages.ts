import {
	brand,
	defaultLocale,
	getLang,
	localeCodes,
	locales,
	logoPath,
	siteUrl,
	type Locale,
} from '../config/site';
import { useTranslations } from '../i18n';
import {
	getCategoryArticles,
	getPopularArticles,
	getRelatedArticles,
	sortCategories,
	type ArticleRecord,
	type CategoryRecord,
} from '../lib/articles';
import { toIsoDate } from '../lib/dates';
import { getArticleCardPath, getCategoryCardPath } from '../lib/og/card-plan';
import { getReplies } from '../lib/reply';
import type { PageMeta } from '../lib/page';
import {
	getArticlePath,
	getCategoryPath,
	getContactPath,
	getHomePath,
	getNotFoundPath,
	getSearchPath,
	getShortPath,
	toAbsoluteUrl,
} from '../lib/routes';
import {
	toArticle,
	toBreadcrumbList,
	toFaqPage,
	toWebSite,
	type Crumb,
	type OrganizationFacts,
} from '../lib/structured-data';
import { getSiteContent } from './content';
import { getSiteCardScope } from './cards';
import type { ArticlePageProps } from './paths';
import { getStaleNotice } from './translation-status';

const everyLocale = (path: (locale: Locale) => string) =>
	Object.fromEntries(localeCodes.map((l) => [l, path(l)])) as Record<Locale, string>;
const abs = (path: string) => toAbsoluteUrl(path, siteUrl);

/** The company for structured data: its name, the home page in this language, its logo. */
export function getOrganizationFacts(locale: Locale): OrganizationFacts {
	return { name: brand, url: abs(getHomePath(locale)), logo: abs(logoPath) };
}

export interface CategoryWithArticles {
	readonly category: CategoryRecord;
	readonly articles: ArticleRecord[];
}

/** Home page data: categories with their articles, popular questions, structured data. */
export async function getHomePage(locale: Locale) {
	const t = useTranslations(locale);
	const { articles, categories } = await getSiteContent();
	const sections: CategoryWithArticles[] = sortCategories(categories).map((category) => ({
		category,
		articles: getCategoryArticles(articles, locale, category.id),
	}));
	const popular = getPopularArticles(articles, locale);
	const faq = toFaqPage(
		popular.map((a) => ({
			question: a.data.title,
			answer: a.data.description,
			url: abs(getArticlePath(locale, a.slug)),
		})),
		getLang(locale),
	);
	const website = toWebSite(
		t('site.name'),
		abs(getHomePath(locale)),
		abs(getSearchPath(locale)),
		getLang(locale),
	);
	const page: PageMeta = {
		locale,
		title: t('home.title'),
		description: t('site.tagline'),
		path: getHomePath(locale),
		versions: everyLocale(getHomePath),
		jsonLd: [website, faq],
	};
	return { page, data: { sections, popular } };
}

/** Category page data: its articles in this language and a breadcrumb trail. */
export async function getCategoryPage(locale: Locale, category: CategoryRecord) {
	const t = useTranslations(locale);
	const { articles } = await getSiteContent();
	const title = category.title[locale]!;
	const crumbs: Crumb[] = [
		{ name: t('nav.home'), url: abs(getHomePath(locale)) },
		{ name: title, url: abs(getCategoryPath(locale, category.id)) },
	];
	const page: PageMeta = {
		locale,
		title,
		description: category.description[locale]!,
		path: getCategoryPath(locale, category.id),
		versions: everyLocale((l) => getCategoryPath(l, category.id)),
		image: getCategoryCardPath(locale, category.id),
		jsonLd: [toBreadcrumbList(crumbs)],
	};
	return { page, crumbs, articles: getCategoryArticles(articles, locale, category.id) };
}

/** Article page data: category, related articles, breadcrumbs, structured data. */
export async function getArticlePage({ locale, slug, article, versions }: ArticlePageProps) {
	const t = useTranslations(locale);
	const { articles, categories } = await getSiteContent();
	const path = getArticlePath(locale, slug);
	if (!article) {
		const page: PageMeta = {
			locale,
			title: t('article.missingTitle'),
			description: t('article.missingText'),
			path,
			versions,
			noindex: true,
		};
		const available = localeCodes.flatMap((l) => {
			const other = articles.find((a) => a.locale === l && a.slug === slug);
			return other
				? [{ locale: l, lang: getLang(l), title: other.data.title, path: versions[l]! }]
				: [];
		});
		return { page, missing: { available } } as const;
	}
	const category = categories.find((c) => c.id === article.data.category)!;
	const categoryTitle = category.title[locale]!;
	const crumbs: Crumb[] = [
		{ name: t('nav.home'), url: abs(getHomePath(locale)) },
		{ name: categoryTitle, url: abs(getCategoryPath(locale, category.id)) },
		{ name: article.data.title, url: abs(path) },
	];
	const cardScope = getSiteCardScope(articles);
	const image = getArticleCardPath(locale, { slug, category: category.id }, cardScope);
	const page: PageMeta = {
		locale,
		title: article.data.title,
		description: article.data.description,
		path,
		versions,
		image,
		...(cardScope === 'category' ? { imageAlt: categoryTitle } : {}),
		ogType: 'article',
		jsonLd: [
			toArticle({
				headline: article.data.title,
				description: article.data.description,
				url: abs(path),
				lang: getLang(locale),
				updated: toIsoDate(article.data.updated),
				image: abs(image),
				keywords: article.data.keywords,
				section: categoryTitle,
				organization: getOrganizationFacts(locale),
			}),
			toBreadcrumbList(crumbs),
		],
	};
	const related = getRelatedArticles(articles, article);
	const staleNotice = getStaleNotice(articles, article);
	const replies = getReplies(
		locale,
		localeCodes.flatMap((l) => {
			const version = articles.find((a) => a.locale === l && a.slug === slug);
			return version && versions[l]
				? [
						{
							locale: l,
							title: version.data.title,
							summary: version.data.description,
							url: abs(versions[l]),
						},
					]
				: [];
		}),
		(l) => useTranslations(l as Locale)('article.replyIntro'),
	);
	return { page, article, category, crumbs, related, staleNotice, replies } as const;
}

/** Contact page meta; the channels come from queries/channels. */
export function getContactPageMeta(locale: Locale, jsonLd: readonly object[]): PageMeta {
	const t = useTranslations(locale);
	return {
		locale,
		title: t('contact.title'),
		description: t('contact.description'),
		path: getContactPath(locale),
		versions: everyLocale(getContactPath),
		jsonLd,
	};
}

/** Search page meta, one per locale; its canonical URL carries no query. */
export function getSearchPageMeta(locale: Locale): PageMeta {
	const t = useTranslations(locale);
	return {
		locale,
		title: t('search.title'),
		description: t('search.description'),
		path: getSearchPath(locale),
		versions: everyLocale((l) => getSearchPath(l)),
	};
}

/** The root language chooser: one option per locale, in that locale's words. */
export function getChooserPage() {
	const t = useTranslations(defaultLocale);
	const options = localeCodes.map((locale) => {
		const tl = useTranslations(locale);
		return {
			locale,
			lang: getLang(locale),
			heading: tl('site.name'),
			text: tl('chooser.intro'),
			label: locales.find((l) => l.code === locale)!.label,
			href: getHomePath(locale),
		};
	});
	const page: PageMeta = {
		locale: defaultLocale,
		title: localeCodes.map((l) => useTranslations(l)('site.name')).join(' · '),
		description: localeCodes.map((l) => useTranslations(l)('site.tagline')).join(' '),
		path: '/',
		versions: everyLocale(getHomePath),
		// A chooser, not content: search engines should index /zh-cn/ and /en/ instead.
		noindex: true,
		jsonLd: [
			toWebSite(
				t('site.name'),
				abs('/'),
				abs(getSearchPath(defaultLocale)),
				getLang(defaultLocale),
			),
		],
	};
	return { page, options };
}

/** A short link: opens the article in the reader's language, with a link per language without JS. */
export async function getShortLinkPage(slug: string) {
	const { articles } = await getSiteContent();
	const translations = articles.filter((a) => a.slug === slug);
	const options = translations.map((a) => {
		const locale = a.locale as Locale;
		return {
			locale,
			lang: getLang(locale),
			heading: useTranslations(locale)('chooser.title'),
			text: a.data.title,
			label: locales.find((l) => l.code === locale)!.label,
			href: getArticlePath(locale, slug),
		};
	});
	const first = translations.find((a) => a.locale === defaultLocale) ?? translations[0]!;
	const page: PageMeta = {
		locale: first.locale as Locale,
		title: `${useTranslations(first.locale as Locale)('chooser.title')} · ${first.data.title}`,
		description: first.data.description,
		path: getShortPath(slug),
		versions: Object.fromEntries(options.map((o) => [o.locale, o.href])),
		noindex: true,
	};
	return { page, options };
}

/** 404 page meta: never indexed. */
export function getNotFoundPageMeta(locale: Locale): PageMeta {
	const t = useTranslations(locale);
	return {
		locale,
		title: t('notFound.title'),
		description: t('notFound.text'),
		path: getNotFoundPath(locale),
		versions: everyLocale(getNotFoundPath),
		noindex: true,
	};
}
