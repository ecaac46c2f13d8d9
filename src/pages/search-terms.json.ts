import type { APIRoute } from 'astro';
import { getArticlePath } from '../lib/routes';
import { getSiteContent } from '../queries/content';

/** Build-time manifest of each article's keywords and synonyms; the search indexer reads it, then deletes it. */
export const GET: APIRoute = async () => {
	const { articles } = await getSiteContent();
	const terms = Object.fromEntries(
		articles.map((a) => [
			getArticlePath(a.locale, a.slug),
			{ keywords: a.data.keywords, synonyms: a.data.synonyms },
		]),
	);
	return new Response(JSON.stringify(terms));
};
