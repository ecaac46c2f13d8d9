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
		['refund not received', ['problem', 'duration']],
		['How long does a withdrawal take to arrive?', ['duration']],
		['withdrawal fees', ['cost']],
		// Whole words only: "knot" is not "not", "feedback" is not "fee".
		['knot feedback', []],
	])('%j → %j', (text, expected) => {
		expect(getIntents(text)).toEqual(expected);
	});
});

describe('waiting for money', () => {
	test.each([
		['提现了还没到账', ['problem', 'duration']],
		['退款去哪了', ['problem', 'duration']],
		['where did my refund go', ['problem', 'duration']],
		['friend has not received my transfer', ['problem', 'duration']],
	])('%j is a problem and a question of how long', (text, expected) => {
		expect(getIntents(text)).toEqual(expected);
	});
});

describe('matchIntents', () => {
	test('a bare topic shares nothing with the problem and duration articles', () => {
		const query = getIntents('提现');
		expect(matchIntents(query, getIntents('如何把余额提现到银行卡？'))).toEqual({
			shared: 0,
			titleOnly: 0,
		});
		expect(matchIntents(query, getIntents('提现失败怎么办？'))).toEqual({
			shared: 0,
			titleOnly: 1,
		});
		expect(matchIntents(query, getIntents('提现多久能到账？'))).toEqual({
			shared: 0,
			titleOnly: 1,
		});
	});

	test('a problem query shares the problem article’s intent', () => {
		const query = getIntents('提现失败了');
		expect(matchIntents(query, getIntents('提现失败怎么办？'))).toEqual({
			shared: 1,
			titleOnly: 0,
		});
		expect(matchIntents(query, getIntents('如何提现？'))).toEqual({ shared: 0, titleOnly: 0 });
	});

	test('money not arrived fits the how-long article', () => {
		expect(
			matchIntents(getIntents('提现了银行卡还没收到钱'), getIntents('提现多久能到账？')),
		).toEqual({ shared: 1, titleOnly: 0 });
	});
});
