import { describe, expect, test } from 'vitest';
import { composeReply, getReplies } from '../../src/lib/reply';

describe('composeReply', () => {
	test('puts greeting, title, summary and link on their own lines', () => {
		expect(
			composeReply({
				greeting: 'Hello,',
				title: 'What to do when a payment fails',
				summary: 'Check your balance and network, then try again.',
				url: 'https://help.okpay.example.com/en/articles/payment-failed/',
			}),
		).toBe(
			'Hello,\nWhat to do when a payment fails\nCheck your balance and network, then try again.\nhttps://help.okpay.example.com/en/articles/payment-failed/',
		);
	});

	test('keeps Chinese text as written', () => {
		const reply = composeReply({
			greeting: '您好！',
			title: '支付失败怎么办',
			summary: '请检查余额。',
			url: 'https://x.example/a/b/',
		});
		expect(reply.split('\n')).toEqual([
			'您好！',
			'支付失败怎么办',
			'请检查余额。',
			'https://x.example/a/b/',
		]);
	});
});

describe('getReplies', () => {
	const versions = [
		{
			locale: 'zh-cn',
			title: '支付失败怎么办',
			summary: '请检查余额和网络。',
			url: 'https://h.example/zh-cn/articles/payment-failed/',
		},
		{
			locale: 'en',
			title: 'What to do when a payment fails',
			summary: 'Check your balance.',
			url: 'https://h.example/en/articles/payment-failed/',
		},
	];
	const greetingIn = (locale: string) => (locale === 'en' ? 'Hello,' : '您好！');

	test.each([
		[
			'zh-cn',
			'您好！\n支付失败怎么办\n请检查余额和网络。\nhttps://h.example/zh-cn/articles/payment-failed/',
			'en',
		],
		[
			'en',
			'Hello,\nWhat to do when a payment fails\nCheck your balance.\nhttps://h.example/en/articles/payment-failed/',
			'zh-cn',
		],
	])(
		'on a %s page the own reply is all in that language, and the other language is offered',
		(locale, own, other) => {
			const replies = getReplies(locale, versions, greetingIn);
			expect(replies.own).toEqual({ locale, text: own });
			expect(replies.others.map((r) => r.locale)).toEqual([other]);
			// The other reply never mixes languages: its greeting and link match its own locale.
			const [otherReply] = replies.others;
			expect(otherReply!.text.startsWith(greetingIn(other))).toBe(true);
			expect(otherReply!.text.endsWith(`/${other}/articles/payment-failed/`)).toBe(true);
		},
	);

	test('an article in one language offers no other reply', () => {
		expect(getReplies('zh-cn', versions.slice(0, 1), greetingIn).others).toEqual([]);
	});

	test('a page whose own version is missing is a programming error, named', () => {
		expect(() => getReplies('en', versions.slice(0, 1), greetingIn)).toThrow(
			/no en version among zh-cn/,
		);
	});
});
