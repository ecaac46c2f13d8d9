import { describe, expect, test } from 'vitest';
import { expandSynonyms, type SynonymGroups } from '../../src/lib/search/synonyms';

const groups: SynonymGroups = [
	['锁定', '冻结', '封号', '被封'],
	['refund', 'money back', 'reimburse'],
	['login', 'log in', 'sign in'],
];

describe('expandSynonyms', () => {
	test.each<[string, string, string[]]>([
		['a colloquial Chinese word adds the article wording', '账号被冻结了', ['锁定']],
		['Chinese phrasings match inside a longer query', '我被封号了怎么办', ['锁定']],
		['the article wording itself adds nothing', '账户锁定', []],
		['a query using both adds nothing', '锁定还是冻结', []],
		['a Latin phrasing matches as whole words', 'i want my money back', ['refund']],
		['a Latin phrasing inside another word does not match', 'reimbursed', []],
		['the article wording in English adds nothing', 'refund status', []],
		['two groups add two wordings', 'sign in then money back', ['refund', 'login']],
		['no group, no extra runs', 'payment password', []],
	])('%s: %s → %j', (_name, query, expected) => {
		expect(expandSynonyms(query, groups).sort()).toEqual([...expected].sort());
	});

	test('an empty group list expands nothing', () => {
		expect(expandSynonyms('money back', [])).toEqual([]);
	});
});
