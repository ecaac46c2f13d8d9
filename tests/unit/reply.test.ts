import { describe, expect, test } from 'vitest';
import { composeReply } from '../../src/lib/reply';

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
		const reply = composeReply({ greeting: '您好！', title: '支付失败怎么办', summary: '请检查余额。', url: 'https://x.example/a/b/' });
		expect(reply.split('\n')).toEqual(['您好！', '支付失败怎么办', '请检查余额。', 'https://x.example/a/b/']);
	});
});
