import { articleCardLimit, brand, localeCodes } from '../config/site';
import { useTranslations } from '../i18n';
import type { ArticleRecord } from '../lib/articles';
import type { CardJob } from '../lib/og/card';
import { getCardScope, planCards, type CardScope } from '../lib/og/card-plan';
import type { PageSearchTerms } from '../lib/search/index-record';
import { getArticlePath } from '../lib/routes';
import { getSiteContent } from './content';

export interface BuildManifest {
	/** Article path → keywords and synonyms to index with weight. */
	readonly searchTerms: Record<string, PageSearchTerms>;
	/** Social cards to render: one per locale, one per category and locale, and one per article on smaller sites. */
	readonly cards: CardJob[];
}

/** Returns whether this site's articles get their own card (see `articleCardLimit`). */
export function getSiteCardScope(articles: readonly ArticleRecord[]): CardScope {
	return getCardScope(articles, articleCardLimit);
}

/** Collects what the post-build steps need from the content, as plain JSON. */
export async function getBuildManifest(): Promise<BuildManifest> {
	const { articles, categories } = await getSiteContent();
	const searchTerms = Object.fromEntries(
		articles.map((a) => [getArticlePath(a.locale, a.slug), { keywords: a.data.keywords, synonyms: a.data.synonyms }]),
	);
	const cards = planCards({
		sites: localeCodes.map((locale) => {
			const t = useTranslations(locale);
			return { locale, brand, name: t('site.name'), tagline: t('site.tagline') };
		}),
		categories,
		articles: articles.map((a) => ({ locale: a.locale, slug: a.slug, title: a.data.title, category: a.data.category })),
		scope: getSiteCardScope(articles),
	});
	return { searchTerms, cards };
}
