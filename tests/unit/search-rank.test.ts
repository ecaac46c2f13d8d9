import { describe, expect, test } from 'vitest';
import type { ResultPreview } from '../../src/lib/search/index-record';
import { getIntents } from '../../src/lib/search/intent';
import { parseQuery } from '../../src/lib/search/query';
import { rerank, scorePages, type Hit, type LookupPart } from '../../src/lib/search/rank';

const hits = (entries: Record<string, Record<string, number>>) => {
	const byTerm = new Map<string, Hit[]>();
	for (const [id, terms] of Object.entries(entries)) {
		for (const [term, score] of Object.entries(terms))
			byTerm.set(term, [...(byTerm.get(term) ?? []), { id, score }]);
	}
	return byTerm;
};
const latin = (...words: string[]): LookupPart[] =>
	words.map((w) => ({ text: w, terms: [{ term: w, covers: [0] }], unitWeights: [1] }));

describe('scorePages', () => {
	test('a page covering the whole query beats one that scores higher on part of it', () => {
		const scores = scorePages(
			latin('refund', 'received'),
			hits({ all: { refund: 2, received: 2 }, half: { refund: 6 } }),
		);
		expect(scores.get('all')).toBe(4);
		// 6 × (1/2)² = 1.5
		expect(scores.get('half')).toBe(1.5);
	});

	test('terms of grammar characters count little', () => {
		const parts = parseQuery('钱被冻');
		const [money, frozen] = parts[0]!.terms.map((t) => t.term) as [string, string];
		const scores = scorePages(parts, hits({ a: { [money]: 5 }, b: { [frozen]: 5 } }));
		// 钱被 stands for 钱 (1) and 被 (0.2); 被冻 for 被 and 冻 (1): same weight, same coverage.
		expect(scores.get('a')).toBeCloseTo(scores.get('b')!);
	});

	test('a synonym adds score and covers the word that named it, only when all its terms are found', () => {
		const parts: LookupPart[] = [
			...latin('money', 'back'),
			{
				text: 'refund',
				terms: [{ term: 'refund', covers: [0] }],
				unitWeights: [1],
				synonym: [
					[0, 0],
					[1, 0],
				],
			},
		];
		const scores = scorePages(parts, hits({ synonym: { refund: 5 }, literal: { money: 1 } }));
		expect(scores.get('synonym')).toBeCloseTo(5 * 0.6);
		expect(scores.get('literal')).toBeCloseTo(1 * 0.25);
	});

	test('no hits, no scores', () => {
		expect(scorePages(latin('x'), new Map()).size).toBe(0);
	});
});

describe('rerank', () => {
	const page = (title: string, terms: string[] = []): ResultPreview => ({
		url: '/',
		title,
		category: '',
		description: '',
		sections: [],
		terms,
	});

	test('the title holding the query, a keyword naming it and the same kind of question all count', () => {
		const words = ['提现'];
		const intents = getIntents('提现');
		const howTo = rerank(0.9, page('如何把余额提现到银行卡？', ['提现']), words, '提现', intents);
		const problem = rerank(1, page('提现失败怎么办？', ['提现失败']), words, '提现', intents);
		expect(howTo).toBeGreaterThan(problem);
	});

	test('a keyword must hold the whole query to count fully', () => {
		const words = ['refund', 'received'];
		const full = rerank(0, page('x', ['refund not received']), words, 'refund received', []);
		const partial = rerank(0, page('x', ['refund']), words, 'refund received', []);
		expect(full).toBeGreaterThan(partial);
	});
});
