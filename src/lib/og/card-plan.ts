import type { CardJob } from './card';

/** Whether each article has its own social card, or shares its category's. */
export type CardScope = 'article' | 'category';

/** Returns `'article'` while no language has more than `limit` articles, else `'category'`. */
export function getCardScope(
	articles: readonly { readonly locale: string }[],
	limit: number,
): CardScope {
	const perLocale = new Map<string, number>();
	for (const { locale } of articles) perLocale.set(locale, (perLocale.get(locale) ?? 0) + 1);
	return Math.max(0, ...perLocale.values()) > limit ? 'category' : 'article';
}

/** Returns the path of a language's site card, used by pages without a card of their own. @example getSiteCardPath('en') // '/og/en.png' */
export function getSiteCardPath(locale: string): string {
	return `/og/${locale}.png`;
}

/** Returns the path of a category's card. @example getCategoryCardPath('en', 'security') // '/og/en/categories/security.png' */
export function getCategoryCardPath(locale: string, category: string): string {
	return `/og/${locale}/categories/${category}.png`;
}

/**
 * Returns the path of the card an article page shows: its own, or its category's.
 * @example getArticleCardPath('en', { slug: 'lost-phone', category: 'security' }, 'article') // '/og/en/lost-phone.png'
 */
export function getArticleCardPath(
	locale: string,
	article: { readonly slug: string; readonly category: string },
	scope: CardScope,
): string {
	return scope === 'article'
		? `/og/${locale}/${article.slug}.png`
		: getCategoryCardPath(locale, article.category);
}

/**
 * Returns the `[...card]` parameter of a card's route (src/pages/og/[...card].png.ts).
 * @example getCardRouteParam('/og/en/categories/security.png') // 'en/categories/security'
 */
export function getCardRouteParam(path: string): string {
	return path.replace(/^\/og\//, '').replace(/\.png$/, '');
}

/** What the cards of one language say besides article and category titles. */
export interface SiteCardText {
	readonly locale: string;
	/** The brand, shown above the site's name on the site card. */
	readonly brand: string;
	/** The site's name in this language, shown above every other card's title. */
	readonly name: string;
	readonly tagline: string;
}

export interface CardPlanInput {
	readonly sites: readonly SiteCardText[];
	readonly categories: readonly {
		readonly id: string;
		readonly title: Readonly<Record<string, string>>;
		readonly description: Readonly<Record<string, string>>;
	}[];
	readonly articles: readonly {
		readonly locale: string;
		readonly slug: string;
		readonly title: string;
		readonly category: string;
	}[];
	readonly scope: CardScope;
}

/** Returns every card the site links to: one per language, one per category and language, and one per article when the scope is `'article'`. */
export function planCards({ sites, categories, articles, scope }: CardPlanInput): CardJob[] {
	const site = new Map(sites.map((s) => [s.locale, s]));
	const nameIn = (locale: string) => site.get(locale)?.name ?? '';
	return [
		...sites.map((s) => ({
			path: getSiteCardPath(s.locale),
			card: { brand: s.brand, title: s.name, footer: s.tagline },
		})),
		...sites.flatMap(({ locale, name }) =>
			categories.map((c) => ({
				path: getCategoryCardPath(locale, c.id),
				card: { brand: name, title: c.title[locale] ?? '', footer: c.description[locale] ?? '' },
			})),
		),
		...(scope === 'article'
			? articles.map((a) => ({
					path: getArticleCardPath(a.locale, a, scope),
					card: {
						brand: nameIn(a.locale),
						title: a.title,
						footer: categories.find((c) => c.id === a.category)?.title[a.locale] ?? '',
					},
				}))
			: []),
	];
}
