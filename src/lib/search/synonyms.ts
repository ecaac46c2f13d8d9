import type { QueryPart } from './query';
import type { UnitRef } from './rank';
import { hasHan } from './tokens';

/** Groups of interchangeable phrasings, per locale; the first entry of a group is the article wording. */
export type SynonymGroups = readonly (readonly string[])[];

const isLatin = (text: string) => /^[\p{Script=Latin}\d\s'-]+$/u.test(text);

function mentions(query: string, phrase: string): boolean {
	if (!isLatin(phrase)) return query.includes(phrase);
	return new RegExp(`(^|[^a-z])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z])`).test(
		query,
	);
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

/** Returns where in `text` the longest stretch it shares with `phrase` starts, and its length. */
function longestShared(text: string, phrase: string): [number, number] {
	const chars = [...text];
	for (let length = chars.length; length > 0; length--) {
		for (let start = 0; start + length <= chars.length; start++) {
			if (phrase.includes(chars.slice(start, start + length).join(''))) return [start, length];
		}
	}
	return [0, 0];
}

/**
 * Returns the reader's units that the first phrasing found in the query names: Latin words it
 * contains, and the characters of Chinese parts it shares (`pin码` covers the word `pin` and
 * the 码 of `码忘`).
 */
export function getSynonymUnits(
	parts: readonly QueryPart[],
	phrasings: readonly string[],
	query: string,
): UnitRef[] {
	for (const phrasing of phrasings) {
		if (!query.includes(phrasing)) continue;
		const units: UnitRef[] = [];
		parts.forEach((part, index) => {
			if (!hasHan(part.text)) {
				if (new RegExp(`(^|[^a-z0-9])${part.text}($|[^a-z0-9])`).test(phrasing))
					units.push([index, 0]);
				return;
			}
			const [start, length] = longestShared(part.text, phrasing);
			for (let i = 0; i < length; i++) units.push([index, start + i]);
		});
		if (units.length > 0) return units;
	}
	return [];
}
