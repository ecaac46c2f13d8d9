import { describe, expect, test } from 'vitest';
import { fixVariants, getQueryWords, normalizeQuery } from '../../src/lib/search/query';

describe('normalizeQuery', () => {
	test.each([
		['full-width Latin and ideographic space', 'ＯＫＰａｙ　退款', 'okpay 退款'],
		['full-width digits', '２０２６', '2026'],
		['upper case', 'Reset PASSWORD', 'reset password'],
		['ASCII punctuation', 'payment failed?! (again)', 'payment failed again'],
		['Chinese punctuation', '支付失败，怎么办？', '支付失败 怎么办'],
		['Chinese quotes and full stop', '“钱包”。', '钱包'],
		['collapses whitespace', '  reset \t\n password  ', 'reset password'],
		['keeps inner apostrophes', "can't log in", "can't log in"],
		['keeps inner hyphens', 'wi-fi e-mail', 'wi-fi e-mail'],
		['drops edge apostrophes and hyphens', "'quoted' -dash- --", 'quoted dash'],
		['emoji and symbols', 'refund 💸 $100 @okpay', 'refund 100 okpay'],
		['underscores', 'reset_password', 'reset password'],
		['only punctuation', '?!。，', ''],
		['empty', '', ''],
	])('%s: %j → %j', (_name, raw, expected) => {
		expect(normalizeQuery(raw)).toBe(expected);
	});

	test('cuts the query to maxLength before cleaning', () => {
		expect(normalizeQuery('abcdef ghi', 8)).toBe('abcdef g');
		expect(normalizeQuery('x'.repeat(300))).toBe('x'.repeat(200));
	});
});

describe('fixVariants', () => {
	test.each([
		['帐号登陆', '账号登录'],
		['帐户冲值', '账户充值'],
		['密玛验正', '密码验证'],
		["can't login", 'cannot login'],
		['cant pay', 'cannot pay'],
		["won't open", 'will not open'],
		['log in failed', 'login failed'],
		['sign up', 'register'],
		['signup bonus', 'register bonus'],
		['change e-mail', 'change email'],
		// Whole words only.
		['blog in', 'blog in'],
		['log inside', 'log inside'],
		['cantonese', 'cantonese'],
		['账号登录', '账号登录'],
	])('fixVariants(%j) → %j', (query, expected) => {
		expect(fixVariants(query)).toBe(expected);
	});
});

describe('getQueryWords', () => {
	test('drops Chinese fillers without splitting them', () => {
		const words = getQueryWords('支付失败怎么办');
		expect(words).toEqual(['支付', '失败']);
		expect(words).not.toContain('怎么办');
		expect(words).not.toContain('怎么');
		expect(words).not.toContain('办');
	});

	test.each([
		['how do i reset my password', ['reset', 'password']],
		['what is the refund policy', ['refund', 'policy']],
		['okpay refund', ['refund']],
		['如何修改密码', ['修改', '密码']],
		['请问转账到银行卡要多久', ['转账', '到', '银行', '卡', '要', '多久']],
		['为什么我的账户被冻结了', ['账户', '被', '冻结']],
		['退款 refund', ['退款', 'refund']],
		['refund refund 退款 退款', ['refund', '退款']],
		['', []],
	])('getQueryWords(%j) → %j', (query, expected) => {
		expect(getQueryWords(query)).toEqual(expected);
	});

	test.each([
		['密码忘了', ['密码', '忘']],
		['账号被骗了吗', ['账', '号', '被', '骗']],
		['锁了吗', ['锁']],
	])('drops a trailing particle glued to a word: %j → %j', (query, expected) => {
		expect(getQueryWords(query)).toEqual(expected);
	});

	test.each([
		['吗', ['吗']],
		['的', ['的']],
		['how do i', ['how', 'do', 'i']],
		['what is it', ['what', 'is', 'it']],
	])('a query of only fillers keeps them: %j → %j', (query, expected) => {
		expect(getQueryWords(query)).toEqual(expected);
	});

	// Multi-character fillers are cut before segmenting; a query of nothing else must still search.
	test.each([['怎么办'], ['如何'], ['我的']])('a Chinese query of only fillers keeps something: %j', (query) => {
		expect(getQueryWords(query)).not.toEqual([]);
	});

	test('the full pipeline turns a messy query into words', () => {
		expect(getQueryWords(fixVariants(normalizeQuery('How do I ＬＯＧ ＩＮ？')))).toEqual(['login']);
		// ICU splits 账号 into single characters; 不了 loses its trailing particle.
		expect(getQueryWords(fixVariants(normalizeQuery('帐号登陆不了怎么办？')))).toEqual(['账', '号', '登录', '不']);
	});
});
