import { z } from 'astro/zod';
import { localeCodes } from '../config/site';

/** content/search-synonyms.yaml: per locale, groups of at least two interchangeable phrasings. */
export const searchSynonymsSchema = z.record(
	z.enum(localeCodes),
	z.array(
		z
			.array(z.string().trim().min(1, { error: 'a phrasing must not be empty' }))
			.min(2, { error: 'a group needs at least two phrasings' }),
	),
);

export type SearchSynonyms = z.infer<typeof searchSynonymsSchema>;
