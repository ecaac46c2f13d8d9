import { describe, expect, test } from 'vitest';
import { getIntents, matchIntents } from '../../src/lib/search/intent';

describe('getIntents', () => {
	test.each([
		['如何把余额提现到银行卡？', []],
		['提现失败或被退回余额怎么办？', ['problem']],
		['提现多久能到账？', ['duration']],
		['提现要收费吗', ['cost']],
		['How do I withdraw my balance?', []],
		["What if I can't link my bank card?", ['problem']],
		['refund not received', ['problem']],
		['How long does a withdrawal take to arrive?', ['duration']],
		['withdrawal fees', ['cost']],
		// Whole words only: "knot" is not "not", "feedback" is not "fee".
		['knot feedback', []],
	])('%j → %j', (text, expected) => {
		expect(getIntents(text)).toEqual(expected);
	});
});

describe('matchIntents', () => {
	test('a bare topic prefers the how-to over the problem and duration articles', () => {
		const query = getIntents('提现');
		expect(matchIntents(query, getIntents('如何把余额提现到银行卡？'))).toBe(0);
		expect(matchIntents(query, getIntents('提现失败怎么办？'))).toBe(-1);
		expect(matchIntents(query, getIntents('提现多久能到账？'))).toBe(-1);
	});

	test('a problem query prefers the problem article', () => {
		const query = getIntents('提现失败了');
		expect(matchIntents(query, getIntents('提现失败怎么办？'))).toBe(1);
		expect(matchIntents(query, getIntents('如何提现？'))).toBe(0);
	});
});
