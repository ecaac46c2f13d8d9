import type { ContentInventory } from './content-inventory';
import type { PageSearchTerms } from './search/index-record';

/**
 * What the site hands its post-build steps (src/pages/build-manifest.json.ts writes it, the
 * post-build steps read it and delete it from the output): facts of the content as plain JSON.
 */
export interface BuildManifest {
	/** Article path → keywords and synonyms to index with weight. */
	readonly searchTerms: Record<string, PageSearchTerms>;
	/** Every article (drafts too), category and redirect the build loaded: what the integrity checks expect. */
	readonly inventory: ContentInventory;
}
