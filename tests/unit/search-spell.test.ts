import { describe, expect, test } from 'vitest';
import { correctWord, editDistance } from '../../src/lib/search/spell';

describe('editDistance', () => {
	test.each([
		['', '', 0],
		['', 'abc', 3],
		['abc', '', 3],
		['same', 'same', 0],
		['kitten', 'sitting', 3],
		['flaw', 'lawn', 2],
		// Adjacent transposition is one edit.
		['ab', 'ba', 1],
		['refund', 'refnud', 1],
		// Optimal string alignment: a transposed pair is not edited again (true Damerau gives 2).
		['ca', 'abc', 3],
	])('editDistance(%j, %j) → %i', (a, b, expected) => {
		expect(editDistance(a, b)).toBe(expected);
		expect(editDistance(b, a)).toBe(expected);
	});
});

describe('correctWord', () => {
	const vocabulary = new Set(['refund', 'register', 'password', 'wallet', 'payment', 'refunded']);

	test.each([
		['transposition', 'refnud', 'refund'],
		['missing letter', 'passwrd', 'password'],
		['two edits from six letters', 'paswrd', 'password'],
		['one edit up to five letters', 'walet', 'wallet'],
		['closest candidate wins', 'refunds', 'refund'],
		['known word', 'refund', 'refund'],
		['too short to guess', 'pay', 'pay'],
		['two edits are too many for five letters', 'wlaet', 'wlaet'],
		['length too different', 'pasw', 'pasw'],
		['nothing close', 'xyzzyx', 'xyzzyx'],
		['not plain Latin letters', 'refünd', 'refünd'],
		['hyphenated', 're-fund', 're-fund'],
		['digits', 'refund2', 'refund2'],
		['Chinese', '退款退款', '退款退款'],
	])('%s: %j → %j', (_name, word, expected) => {
		expect(correctWord(word, vocabulary)).toBe(expected);
	});

	test('on a tie the earlier vocabulary word wins', () => {
		expect(correctWord('bast', new Set(['best', 'bust']))).toBe('best');
		expect(correctWord('bast', new Set(['bust', 'best']))).toBe('bust');
	});

	test('an empty vocabulary changes nothing', () => {
		expect(correctWord('refnud', new Set())).toBe('refnud');
	});
});
