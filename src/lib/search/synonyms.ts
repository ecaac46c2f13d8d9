/** Groups of interchangeable phrasings, per locale; the first entry of a group is the article wording. */
export type SynonymGroups = readonly (readonly string[])[];

const isLatin = (text: string) => /^[\p{Script=Latin}\d\s'-]+$/u.test(text);

function mentions(query: string, phrase: string): boolean {
	if (!isLatin(phrase)) return query.includes(phrase);
	return new RegExp(`(^|[^a-z])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z])`).test(query);
}

/**
 * Returns the article wording (first phrasing) of every group the query names in other words.
 * Only that one phrasing: articles use it, their own colloquial synonyms are indexed with them,
 * and each extra phrasing costs the reader another search run and index download.
 * Chinese phrasings match anywhere in the query, Latin ones as whole words.
 * @example expandSynonyms('账号被冻结了', [['锁定', '冻结']]) // ['锁定']
 */
export function expandSynonyms(query: string, groups: SynonymGroups): string[] {
	const extra = new Set<string>();
	for (const [wording, ...others] of groups) {
		if (wording === undefined || mentions(query, wording)) continue;
		if (others.some((phrase) => mentions(query, phrase))) extra.add(wording);
	}
	return [...extra];
}
