import { defaultLocale, getLang, localeCodes, locales, type Locale } from '../config/site';
import { useTranslations } from '../i18n';
import type { ArticleRecord } from '../lib/articles';
import type { PageMeta } from '../lib/page';
import { getArticlePath, getTranslationStatusPath } from '../lib/routes';
import {
	countTranslationStates,
	findStaleSource,
	getTranslationStatus,
	type TranslationState,
} from '../lib/translation-status';
import { getSiteContent } from './content';

/** What a reader of a stale translation is offered: the source-language version. */
export interface StaleNotice {
	readonly path: string;
	readonly lang: string;
	readonly linkText: string;
}

const labelOf = (locale: Locale) => locales.find((l) => l.code === locale)!.label;

/** Returns the notice for a translation whose source changed since it was stamped, or undefined. */
export function getStaleNotice(
	articles: readonly ArticleRecord[],
	article: ArticleRecord,
): StaleNotice | undefined {
	const source = findStaleSource(articles, article, defaultLocale);
	if (!source) return undefined;
	return {
		path: getArticlePath(defaultLocale, source.slug),
		lang: getLang(defaultLocale),
		linkText: useTranslations(article.locale as Locale)(
			'article.staleLink',
			labelOf(defaultLocale),
		),
	};
}

/** One cell of the status table: the state and, when the page exists, its path. */
export interface StatusCell {
	readonly locale: Locale;
	readonly status: TranslationState;
	readonly path: string | undefined;
}

/** Staff page data: one row per article with every locale's state; never indexed. */
export async function getTranslationStatusPage(locale: Locale) {
	const t = useTranslations(locale);
	const { articles } = await getSiteContent();
	const inputs = articles.map((a) => ({
		...a,
		sourceHash: a.data.sourceHash,
		draft: a.data.draft,
	}));
	const status = getTranslationStatus({
		articles: inputs,
		locales: localeCodes,
		sourceLocale: defaultLocale,
	});
	const rows = status.map((row) => {
		const own = articles.find((a) => a.slug === row.slug && a.locale === locale);
		const source = articles.find((a) => a.slug === row.slug && a.locale === defaultLocale)!;
		const cells: StatusCell[] = row.states.map(([code, status]) => ({
			locale: code as Locale,
			status,
			path: status.state === 'missing' ? undefined : getArticlePath(code, row.slug),
		}));
		return { slug: row.slug, title: (own ?? source).data.title, cells };
	});
	const page: PageMeta = {
		locale,
		title: t('status.title'),
		description: t('status.description'),
		path: getTranslationStatusPath(locale),
		versions: Object.fromEntries(localeCodes.map((l) => [l, getTranslationStatusPath(l)])),
		noindex: true,
	};
	const columns = localeCodes.map((code) => ({
		locale: code,
		label: labelOf(code),
		lang: getLang(code),
	}));
	return { page, data: { rows, columns, counts: countTranslationStates(status) } };
}
