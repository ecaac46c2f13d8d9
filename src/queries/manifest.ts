import { posix, sep } from 'node:path';
import { contentDir, localeCodes } from '../config/site';
import type { BuildManifest } from '../lib/build-manifest';
import { toContentInventory } from '../lib/content-inventory';
import { getArticlePath } from '../lib/routes';
import { getSiteContent } from './content';

/** Collects what the post-build steps need from the content, as plain JSON. */
export async function getBuildManifest(): Promise<BuildManifest> {
	const { articles, drafts, categories, redirects } = await getSiteContent();
	const searchTerms = Object.fromEntries(
		articles.map((a) => [
			getArticlePath(a.locale, a.slug),
			{ keywords: a.data.keywords, synonyms: a.data.synonyms },
		]),
	);
	const inventory = toContentInventory({
		locales: localeCodes,
		articles: [...articles, ...drafts],
		categories,
		categoriesFile: posix.join(contentDir.split(sep).join('/'), 'categories.yaml'),
		redirects,
	});
	return { searchTerms, inventory };
}
