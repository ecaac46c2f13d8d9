import type {
	Article,
	BreadcrumbList,
	ContactPoint,
	FAQPage,
	Organization,
	WebSite,
	WithContext,
} from 'schema-dts';

export interface Crumb {
	readonly name: string;
	/** Absolute URL. */
	readonly url: string;
}

/** Returns a schema.org BreadcrumbList for a trail of absolute URLs. */
export function toBreadcrumbList(crumbs: readonly Crumb[]): WithContext<BreadcrumbList> {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: crumbs.map((crumb, index) => ({
			'@type': 'ListItem',
			position: index + 1,
			name: crumb.name,
			item: crumb.url,
		})),
	};
}

export interface ArticleFacts {
	readonly headline: string;
	readonly description: string;
	readonly url: string;
	readonly lang: string;
	readonly dateModified: string;
	readonly image: string;
	readonly keywords: readonly string[];
	readonly section: string;
	readonly publisher: string;
}

/** Returns a schema.org Article for one help article. */
export function toArticle(facts: ArticleFacts): WithContext<Article> {
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: facts.headline,
		description: facts.description,
		url: facts.url,
		mainEntityOfPage: facts.url,
		inLanguage: facts.lang,
		dateModified: facts.dateModified,
		image: facts.image,
		keywords: facts.keywords.join(', '),
		articleSection: facts.section,
		publisher: { '@type': 'Organization', name: facts.publisher },
	};
}

/** Returns a schema.org FAQPage whose answers are the visible question summaries. */
export function toFaqPage(
	questions: ReadonlyArray<{ readonly question: string; readonly answer: string; readonly url: string }>,
	lang: string,
): WithContext<FAQPage> {
	return {
		'@context': 'https://schema.org',
		'@type': 'FAQPage',
		inLanguage: lang,
		mainEntity: questions.map((q) => ({
			'@type': 'Question',
			name: q.question,
			url: q.url,
			acceptedAnswer: { '@type': 'Answer', text: q.answer, url: q.url },
		})),
	};
}

/** Returns a schema.org WebSite with a SearchAction pointing at the search page. */
export function toWebSite(name: string, url: string, searchUrl: string, lang: string): WithContext<WebSite> {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebSite',
		name,
		url,
		inLanguage: lang,
		potentialAction: {
			'@type': 'SearchAction',
			target: `${searchUrl}?q={search_term_string}`,
			'query-input': 'required name=search_term_string',
		} as never,
	};
}

/** Returns a schema.org Organization with one ContactPoint per official channel. */
export function toOrganization(
	name: string,
	url: string,
	contactPoints: readonly ContactPoint[],
): WithContext<Organization> {
	return {
		'@context': 'https://schema.org',
		'@type': 'Organization',
		name,
		url,
		contactPoint: [...contactPoints],
	};
}
