/** Groups of interchangeable phrasings, per locale; the first entry of a group is the article wording. */
export type SynonymGroups = readonly (readonly string[])[];

const isLatin = (text: string) => /^[\p{Script=Latin}\d\s'-]+$/u.test(text);

function mentions(query: string, phrase: string): boolean {
	if (!isLatin(phrase)) return query.includes(phrase);
	return new RegExp(`(^|[^a-z])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z])`).test(query);
}

/**
 * Returns extra words to search for: every other phrasing of each group the query mentions.
 * Chinese phrasings match anywhere in the query, Latin ones as whole words.
 * @example expandSynonyms('账号被冻结了', [['锁定', '冻结']]) // ['锁定']
 */
export function expandSynonyms(query: string, groups: SynonymGroups): string[] {
	const extra = new Set<string>();
	for (const group of groups) {
		if (!group.some((phrase) => mentions(query, phrase))) continue;
		for (const phrase of group) if (!mentions(query, phrase)) extra.add(phrase);
	}
	return [...extra];
}
