import { describe, expect, test } from 'vitest';
import { parseQuery } from '../../src/lib/search/query';
import { expandSynonyms, getSynonymUnits, type SynonymGroups } from '../../src/lib/search/synonyms';

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

describe('getSynonymUnits', () => {
	const parts = (...texts: string[]) => texts.map((text) => parseQuery(text)[0]!);

	test('a Chinese phrasing covers the characters of the part it sits in', () => {
		expect(getSynonymUnits(parts('账户被冻了'), ['冻结', '被冻'], '账户被冻了')).toEqual([
			[0, 2],
			[0, 3],
		]);
	});

	test('a Latin phrasing covers the words it is made of', () => {
		expect(getSynonymUnits(parts('money', 'back'), ['refund', 'money back'], 'money back')).toEqual(
			[
				[0, 0],
				[1, 0],
			],
		);
	});

	test('a phrasing across a Latin word and Chinese characters covers both (pin码)', () => {
		expect(getSynonymUnits(parts('pin', '码忘'), ['支付密码', 'pin码'], 'pin码忘')).toEqual([
			[0, 0],
			[1, 0],
		]);
	});

	test('nothing when no phrasing is in the query', () => {
		expect(getSynonymUnits(parts('退款'), ['取消', '撤销'], '退款')).toEqual([]);
	});
});
