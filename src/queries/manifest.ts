import type { BuildManifest } from '../lib/build-manifest';
import { getArticlePath } from '../lib/routes';
import { getSiteContent } from './content';

/** Collects what the post-build steps need from the content, as plain JSON. */
export async function getBuildManifest(): Promise<BuildManifest> {
	const { articles } = await getSiteContent();
	const searchTerms = Object.fromEntries(
		articles.map((a) => [getArticlePath(a.locale, a.slug), { keywords: a.data.keywords, synonyms: a.data.synonyms }]),
	);
	return { searchTerms };
}
