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

/** The company behind the help center: author and publisher of every article. */
export interface OrganizationFacts {
	readonly name: string;
	/** Absolute URL of the help center's home page (not the page that mentions it). */
	readonly url: string;
	/** Absolute URL of a self-hosted logo image. */
	readonly logo: string;
}

/** Returns a schema.org Organization that names, links and shows the company. */
function toOrganizationRef({ name, url, logo }: OrganizationFacts) {
	return { '@type': 'Organization', name, url, logo } as const satisfies Organization;
}

export interface ArticleFacts {
	readonly headline: string;
	readonly description: string;
	readonly url: string;
	readonly lang: string;
	/** Date of the last meaningful change, YYYY-MM-DD. */
	readonly updated: string;
	readonly image: string;
	readonly keywords: readonly string[];
	readonly section: string;
	readonly organization: OrganizationFacts;
}

/** Returns a schema.org Article for one help article, written and published by the organisation. */
export function toArticle(facts: ArticleFacts): WithContext<Article> {
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: facts.headline,
		description: facts.description,
		url: facts.url,
		mainEntityOfPage: facts.url,
		inLanguage: facts.lang,
		// Articles record no first-publication date, only `updated`: a help article is rewritten
		// in place, and the text readers see was published on that day.
		datePublished: facts.updated,
		dateModified: facts.updated,
		image: facts.image,
		keywords: facts.keywords.join(', '),
		articleSection: facts.section,
		author: toOrganizationRef(facts.organization),
		publisher: toOrganizationRef(facts.organization),
	};
}

/** Returns a schema.org FAQPage whose answers are the visible question summaries. */
export function toFaqPage(
	questions: ReadonlyArray<{
		readonly question: string;
		readonly answer: string;
		readonly url: string;
	}>,
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
export function toWebSite(
	name: string,
	url: string,
	searchUrl: string,
	lang: string,
): WithContext<WebSite> {
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
	organization: OrganizationFacts,
	contactPoints: readonly ContactPoint[],
): WithContext<Organization> {
	return {
		'@context': 'https://schema.org',
		...toOrganizationRef(organization),
		contactPoint: [...contactPoints],
	};
}
