import { describe, expect, test } from 'vitest';
import { buildVocabulary } from '../../src/lib/search/vocabulary';

describe('buildVocabulary', () => {
	test.each<[string, string[], string[]]>([
		[
			'most frequent first, lower-cased',
			['Refund refund REFUND to', 'password reset refund'],
			['refund', 'password', 'reset'],
		],
		['ties in alphabetical order', ['ccc bbb aaa'], ['aaa', 'bbb', 'ccc']],
		['words shorter than three letters are skipped', ['a an to it'], []],
		['splits on digits and apostrophes', ["don't can't 2fa okpay123"], ['can', 'don', 'okpay']],
		['Chinese text gives no words', ['支付失败怎么办 OKPay钱包'], ['okpay']],
		['no texts', [], []],
	])('%s', (_name, texts, expected) => {
		expect(buildVocabulary(texts)).toEqual(expected);
	});

	test('caps the list at the limit, keeping the most frequent', () => {
		expect(buildVocabulary(['ccc bbb aaa bbb ddd ddd ddd'], 2)).toEqual(['ddd', 'bbb']);
	});

	test('the default limit is 4000', () => {
		const letter = (n: number) => String.fromCharCode(97 + (n % 26));
		const words = Array.from(
			{ length: 4100 },
			(_, i) => letter(i) + letter(Math.floor(i / 26)) + letter(Math.floor(i / 676)),
		);
		expect(new Set(words).size).toBe(4100);
		expect(buildVocabulary([words.join(' ')])).toHaveLength(4000);
	});
});
