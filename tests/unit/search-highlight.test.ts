import { describe, expect, test } from 'vitest';
import { countPairsIn, countWordsIn, findMatches, stemWord } from '../../src/lib/search/highlight';

const marked = (text: string, words: string[], prefix = false) =>
	findMatches(text, words, prefix).map(([s, e]) => text.slice(s, e));

describe('stemWord', () => {
	test.each([
		['refunds', 'refund'],
		['withdrawals', 'withdraw'],
		['withdrawal', 'withdraw'],
		['charged', 'charg'],
		['charges', 'charg'],
		['received', 'receiv'],
		['receive', 'receiv'],
		['app', 'app'],
		['appeal', 'appeal'],
		['policies', 'policy'],
		['payment', 'pay'],
		['paying', 'pay'],
	])('%s → %s', (word, stem) => {
		expect(stemWord(word)).toBe(stem);
	});
});

describe('findMatches', () => {
	test('marks what the reader typed as one phrase where it is contiguous', () => {
		expect(marked('如果忘记密码，请点击“忘记密码”。', ['忘记密码'])).toEqual([
			'忘记密码',
			'忘记密码',
		]);
	});

	test('marks the longest typed stretches, never a lone character of a longer query', () => {
		// 码 alone (inside 手机号码) is not marked for 忘记密码.
		expect(marked('输入手机号码后设置密码', ['忘记密码'])).toEqual(['密码']);
		expect(marked('输入手机号码', ['忘记密码'])).toEqual([]);
	});

	test('a single character is marked when the reader typed just that', () => {
		expect(marked('绑定银行卡', ['卡'])).toEqual(['卡']);
	});

	test('grammar characters alone are never marked', () => {
		expect(marked('我的账户的余额', ['我的钱'])).toEqual([]);
	});

	test('Latin words match by stem, whole words only', () => {
		expect(marked('Refunds are refunded to the app, not by appeal.', ['refund', 'app'])).toEqual([
			'Refunds',
			'refunded',
			'app',
		]);
	});

	test('adjacent query words merge into one mark across spaces', () => {
		expect(marked('Enter your payment password now', ['payment', 'password'])).toEqual([
			'payment password',
		]);
	});

	test('the last word may be a prefix while the reader is typing', () => {
		expect(marked('Withdrawals to a bank card', ['withdr'], true)).toEqual(['Withdrawals']);
		expect(marked('Withdrawals to a bank card', ['withdr'], false)).toEqual([]);
	});
});

describe('countPairsIn', () => {
	test('counts the query’s adjacent word pairs that stand together in the text', () => {
		expect(countPairsIn('Log in with Face ID or a fingerprint', ['face', 'id', 'login'])).toBe(0.5);
		expect(countPairsIn('Your face scan and the ID card', ['face', 'id'])).toBe(0);
		expect(countPairsIn('The payment of the password', ['payment', 'password'])).toBe(1);
		expect(countPairsIn('单个词', ['face'])).toBe(0);
	});
});

describe('countWordsIn', () => {
	test('counts Latin words found and the share of a Chinese part found', () => {
		expect(countWordsIn('Refund to your card', ['refund', 'card', 'bank'])).toBe(2);
		expect(countWordsIn('请设置支付密码', ['忘记密码'])).toBe(0.5);
		expect(countWordsIn('没有', ['退款'])).toBe(0);
	});
});
