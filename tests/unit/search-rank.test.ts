import { describe, expect, test } from 'vitest';
import { phraseBonus, rankHits, type Run } from '../../src/lib/search/rank';

describe('rankHits', () => {
	test.each<[string, Run[], string[]]>([
		['no runs', [], []],
		['an empty run', [{ weight: 1, hits: [] }], []],
		['one run keeps score order', [{ weight: 1, hits: [{ id: 'b', score: 1 }, { id: 'a', score: 2 }] }], ['a', 'b']],
		['equal totals sort by id', [{ weight: 1, hits: [{ id: 'b', score: 1 }, { id: 'a', score: 1 }] }], ['a', 'b']],
		['zero scores still count', [{ weight: 1, hits: [{ id: 'z', score: 0 }, { id: 'y', score: 0 }] }], ['y', 'z']],
		[
			// a: 3 × 1 = 3; b: 3 × 0.75 + 1 × 1 = 3.25; c: 1 × 0.75 = 0.75.
			'a page found by more runs wins',
			[
				{ weight: 3, hits: [{ id: 'a', score: 10 }, { id: 'b', score: 5 }] },
				{ weight: 1, hits: [{ id: 'b', score: 2 }, { id: 'c', score: 1 }] },
			],
			['b', 'a', 'c'],
		],
		[
			// a: 3 × 1 = 3; b: 3 × 0.55 + 0.3 × 1 = 1.95.
			'a light run cannot overturn a strong lead',
			[
				{ weight: 3, hits: [{ id: 'a', score: 10 }, { id: 'b', score: 1 }] },
				{ weight: 0.3, hits: [{ id: 'b', score: 1 }] },
			],
			['a', 'b'],
		],
		[
			// Scores are relative to each run's best: 100 in one run equals 1 in another.
			'scores are normalised per run',
			[
				{ weight: 1, hits: [{ id: 'a', score: 100 }] },
				{ weight: 1, hits: [{ id: 'b', score: 1 }] },
			],
			['a', 'b'],
		],
	])('%s', (_name, runs, expected) => {
		expect(rankHits(runs)).toEqual(expected);
	});
});

describe('phraseBonus', () => {
	test.each<[string, string[], string[], number]>([
		['nothing matches', ['refund'], ['Payment failed'], 0],
		['one word, case-insensitive field', ['refund'], ['How to get a Refund'], 1],
		['a single Han character counts a quarter', ['钱'], ['钱包'], 0.25],
		['English words adjacent', ['reset', 'password'], ['Reset password'], 3],
		['English words apart', ['reset', 'password'], ['Password reset'], 2],
		['Chinese words adjacent', ['支付', '失败'], ['支付失败怎么办'], 3],
		// 0.25 + 0.25 + 1, two adjacent pairs (+2), the whole three-word phrase (+1).
		['three Chinese words in a row', ['账', '号', '登录'], ['账号登录失败'], 4.5],
		['fields do not join into a phrase', ['支付', '失败'], ['支付', '失败'], 2],
		['no words', [], ['anything'], 0],
		['no fields', ['refund'], [], 0],
	])('%s', (_name, words, fields, expected) => {
		expect(phraseBonus(words, fields)).toBe(expected);
	});
});
