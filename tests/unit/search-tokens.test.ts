import { describe, expect, test } from 'vitest';
import {
	capTokens,
	decodeHan,
	encodeHan,
	getQueryTerms,
	joinCompounds,
	tokenize,
} from '../../src/lib/search/tokens';

const han = (text: string) => [...text].map(encodeHan).join('');
const decode = (token: string) =>
	/^[0-9a-z]{4}([0-9a-z]{4})?$/.test(token) && /\d/.test(token)
		? token.match(/.{4}/g)!.map(decodeHan).join('')
		: token;

describe('encodeHan', () => {
	test('is four base-36 digits that decode back', () => {
		for (const char of ['卡', '钱', '𠀀', '一', '龥']) {
			expect(encodeHan(char)).toMatch(/^[0-9a-z]{4}$/);
			expect(decodeHan(encodeHan(char))).toBe(char);
		}
	});

	test("a character's code is the prefix of every bigram starting with it", () => {
		expect(tokenize('银行卡号').every((t) => t.length === 8 || t.length === 4)).toBe(true);
		expect(tokenize('卡号')[0]!.startsWith(encodeHan('卡'))).toBe(true);
	});
});

describe('tokenize', () => {
	test.each([
		[
			'a Han run: overlapping bigrams, then its last character',
			'忘记密码',
			['忘记', '记密', '密码', '码'],
		],
		['one character', '钱', ['钱']],
		[
			'Han runs and Latin words',
			'在OKPay钱包充值100元',
			['在', 'okpay', '钱包', '包充', '充值', '值', '100', '元'],
		],
		['punctuation separates runs', '支付。失败', ['支付', '付', '失败', '败']],
		['Latin stopwords dropped, case folded', 'The Payment of YOUR card', ['payment', 'card']],
		['full-width forms', 'ＰＩＮ码', ['pin', '码']],
		['apostrophes stay inside words', "merchant's refund", ["merchant's", 'refund']],
		['empty', '', []],
	])('%s: %j', (_name, text, expected) => {
		expect(tokenize(text).map(decode)).toEqual(expected);
	});

	test('split and hyphenated compounds are joined the same way in index and query', () => {
		expect(tokenize('Log in, log-in or login')).toEqual(['login', 'login', 'login']);
		expect(tokenize('Top-up or top up')).toEqual(['topup', 'topup']);
		expect(joinCompounds("Can't sign up by e-mail")).toBe('cannot signup by email');
	});
});

describe('capTokens', () => {
	test('keeps the first occurrences of each token across the fields of a page', () => {
		const seen = new Map<string, number>();
		expect(capTokens(['a', 'b', 'a', 'a', 'a'], seen, 3)).toEqual(['a', 'b', 'a', 'a']);
		expect(capTokens(['a', 'b'], seen, 3)).toEqual(['b']);
	});
});

describe('getQueryTerms', () => {
	test.each([
		['two characters: one bigram', '密码', ['密码']],
		['four: two bigrams, not four characters', '忘记密码', ['忘记', '密码']],
		['odd length: the last bigram overlaps', '验证码', ['验证', '证码']],
		['one character: looked up as a prefix', '卡', ['卡']],
		['mixed', 'sim卡', ['sim', '卡']],
		['Latin word', 'Refund', ['refund']],
	])('%s: %j', (_name, word, expected) => {
		expect(getQueryTerms(word).map(decode)).toEqual(expected);
	});

	test('every query bigram is an index token of the same text', () => {
		const index = new Set(tokenize('我忘记了支付密码和验证码'));
		for (const word of ['支付密码', '验证码', '忘记']) {
			for (const term of getQueryTerms(word)) expect(index.has(term), decode(term)).toBe(true);
		}
		expect(han('卡')).toBe(encodeHan('卡'));
	});
});
