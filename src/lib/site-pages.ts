/**
 * The pages the build writes, known from the content before any page is rendered, so a redirect
 * can be checked against them: it leads to one of them and replaces none.
 */
import {
	getArticlePath,
	getCategoryPath,
	getContactPath,
	getHomePath,
	getNotFoundPath,
	getSearchPath,
	getShortPath,
	getTranslationStatusPath,
} from './routes';

export interface SitePagesInput {
	readonly locales: readonly string[];
	/** Every article; drafts are left out (they build nowhere). */
	readonly articles: ReadonlyArray<{
		readonly locale: string;
		readonly slug: string;
		readonly data: { readonly draft: boolean; readonly formerSlugs: readonly string[] };
	}>;
	readonly categoryIds: readonly string[];
}

export interface SitePages {
	/** Pages a reader can be sent to: language chooser, home pages, topics, articles, contact, search, short links. */
	readonly targets: ReadonlySet<string>;
	/** Every page the build writes besides content/redirects.yaml, with what it is (for messages). */
	readonly built: ReadonlyMap<string, string>;
}

/** Returns the pages of the site the content builds, as site paths (see src/pages/). */
export function listSitePages(input: SitePagesInput): SitePages {
	const { locales, articles, categoryIds } = input;
	const built = new Map<string, string>();
	const targets = new Set<string>();
	const target = (path: string, what: string) => {
		built.set(path, what);
		targets.add(path);
	};
	target('/', 'the language chooser');
	for (const locale of locales) {
		target(getHomePath(locale), `the ${locale} home page`);
		target(getContactPath(locale), `the ${locale} contact page`);
		target(getSearchPath(locale), `the ${locale} search page`);
		for (const id of categoryIds)
			target(getCategoryPath(locale, id), `the ${locale} page of the category "${id}"`);
		built.set(getNotFoundPath(locale), `the ${locale} not-found page`);
		built.set(getTranslationStatusPath(locale), `the ${locale} translation status page`);
	}
	const live = articles.filter((a) => !a.data.draft && locales.includes(a.locale));
	for (const { locale, slug } of live)
		target(getArticlePath(locale, slug), `the ${locale} article "${slug}"`);
	for (const slug of new Set(live.map((a) => a.slug))) {
		target(getShortPath(slug), `the short link of "${slug}"`);
		for (const locale of locales) {
			const path = getArticlePath(locale, slug);
			if (!built.has(path))
				built.set(path, `the notice that "${slug}" has no ${locale} translation`);
		}
	}
	for (const { locale, slug, data } of live) {
		for (const former of data.formerSlugs) {
			built.set(
				getArticlePath(locale, former),
				`the redirect of the former slug "${former}" of "${slug}"`,
			);
			built.set(getShortPath(former), `the redirect of the former slug "${former}" of "${slug}"`);
		}
	}
	return { targets, built };
}
