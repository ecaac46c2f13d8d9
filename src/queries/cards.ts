import { articleCardLimit, brand, localeCodes } from '../config/site';
import { useTranslations } from '../i18n';
import type { ArticleRecord } from '../lib/articles';
import { cacheKeyOf } from '../lib/cache-key';
import type { CardJob } from '../lib/og/card';
import { getCardRouteParam, getCardScope, planCards, type CardScope } from '../lib/og/card-plan';
import { getSiteContent } from './content';

/** Returns whether this site's articles get their own card (see `articleCardLimit`). */
export function getSiteCardScope(articles: readonly ArticleRecord[]): CardScope {
	return getCardScope(articles, articleCardLimit);
}

/**
 * Paths of every social card (src/pages/og/[...card].png.ts): one per locale, one per category
 * and locale, and one per article on smaller sites. Cache key: the card's text, the only data a
 * card shows, so a rebuild draws only the cards whose text changed (Astro's incremental build
 * also redraws every card when the route's code changes).
 */
export async function getCardPaths() {
	const { articles, categories } = await getSiteContent();
	const jobs = planCards({
		sites: localeCodes.map((locale) => {
			const t = useTranslations(locale);
			return { locale, brand, name: t('site.name'), tagline: t('site.tagline') };
		}),
		categories,
		articles: articles.map((a) => ({
			locale: a.locale,
			slug: a.slug,
			title: a.data.title,
			category: a.data.category,
		})),
		scope: getSiteCardScope(articles),
	});
	return jobs.map((job) => ({
		params: { card: getCardRouteParam(job.path) },
		props: job satisfies CardJob,
		cacheKey: cacheKeyOf(job.card),
	}));
}
