import { brand, localeCodes } from '../config/site';
import { useTranslations } from '../i18n';
import type { CardJob } from '../integrations/og-images';
import type { PageSearchTerms } from '../lib/search/index-record';
import { getArticlePath } from '../lib/routes';
import { getSiteContent } from './content';

export interface BuildManifest {
	/** Article path → keywords and synonyms to index with weight. */
	readonly searchTerms: Record<string, PageSearchTerms>;
	/** Social cards to render: one per article, one default per locale. */
	readonly cards: CardJob[];
}

/** Returns the social image path of an article, or of a locale's other pages. */
export function getCardPath(locale: string, slug?: string): string {
	return slug ? `/og/${locale}/${slug}.png` : `/og/${locale}.png`;
}

/** Collects what the post-build steps need from the content, as plain JSON. */
export async function getBuildManifest(): Promise<BuildManifest> {
	const { articles, categories } = await getSiteContent();
	const searchTerms = Object.fromEntries(
		articles.map((a) => [getArticlePath(a.locale, a.slug), { keywords: a.data.keywords, synonyms: a.data.synonyms }]),
	);
	const cards: CardJob[] = [
		...articles.map((a) => ({
			path: getCardPath(a.locale, a.slug),
			card: {
				brand: useTranslations(a.locale as (typeof localeCodes)[number])('site.name'),
				title: a.data.title,
				category: categories.find((c) => c.id === a.data.category)?.title[a.locale] ?? '',
			},
		})),
		...localeCodes.map((locale) => {
			const t = useTranslations(locale);
			return { path: getCardPath(locale), card: { brand, title: t('site.name'), category: t('site.tagline') } };
		}),
	];
	return { searchTerms, cards };
}
