import { describe, expect, test } from 'vitest';
import {
	COMMENT_MAX_LENGTH,
	QUERY_MAX_LENGTH,
	redactPersonalData,
	toVoteEvent,
	toZeroResultsEvent,
} from '../../src/lib/feedback';
import { parseFeedbackEndpoint } from '../../src/config/feedback';

describe('parseFeedbackEndpoint', () => {
	test.each([
		[undefined, undefined],
		['', undefined],
		['   ', undefined],
		['https://collect.example.com/help', 'https://collect.example.com/help'],
		[' https://collect.example.com ', 'https://collect.example.com/'],
		['http://127.0.0.1:8123/collect', 'http://127.0.0.1:8123/collect'],
		['http://localhost:8123/collect', 'http://localhost:8123/collect'],
	])('%j → %j', (value, expected) => {
		expect(parseFeedbackEndpoint(value)).toBe(expected);
	});

	test.each([
		['collect.example.com/help'],
		['http://collect.example.com/help'],
		['ftp://collect.example.com/help'],
		['javascript:alert(1)'],
		['https://user:secret@collect.example.com/help'],
	])('refuses %j with a message naming the setting', (value) => {
		expect(() => parseFeedbackEndpoint(value)).toThrow(
			/^FEEDBACK_ENDPOINT must be an absolute https:\/\/ URL/,
		);
	});
});

describe('redactPersonalData', () => {
	test.each([
		['my email is li.lei@example.com', 'my email is [email]'],
		['call 138 0013 8000 please', 'call [number] please'],
		['+86-138-0013-8000', '[number]'],
		['order 20261126001234 failed', 'order [number] failed'],
		['card 6222 0200 1234 5678', 'card [number]'],
		// Short numbers carry no identity and are often the question itself.
		['refund after 7 days', 'refund after 7 days'],
		['error 404 in 2026', 'error 404 in 2026'],
		['支付失败 500 元', '支付失败 500 元'],
		['账号登陆不了', '账号登陆不了'],
	])('%j → %j', (text, expected) => {
		expect(redactPersonalData(text)).toBe(expected);
	});
});

describe('toVoteEvent', () => {
	const base = { article: 'payment-failed', locale: 'en' };

	test('a "yes" vote never carries a comment', () => {
		expect(toVoteEvent({ ...base, helpful: true, comment: 'ignored' })).toEqual({
			type: 'vote',
			...base,
			helpful: true,
		});
	});

	test('a "no" vote carries its cleaned comment', () => {
		expect(
			toVoteEvent({ ...base, helpful: false, comment: '  Not my bank.\n\nMail me at a@b.co ' }),
		).toEqual({
			type: 'vote',
			...base,
			helpful: false,
			comment: 'Not my bank. Mail me at [email]',
		});
	});

	test('an empty comment is left out', () => {
		expect(toVoteEvent({ ...base, helpful: false, comment: '  ' })).toEqual({
			type: 'vote',
			...base,
			helpful: false,
		});
	});

	test('a long comment is capped', () => {
		const event = toVoteEvent({
			...base,
			helpful: false,
			comment: '很'.repeat(COMMENT_MAX_LENGTH + 50),
		});
		expect(event.comment).toHaveLength(COMMENT_MAX_LENGTH);
	});
});

describe('toZeroResultsEvent', () => {
	test.each([
		['  钱包  冻结 ', { type: 'zero-results', query: '钱包 冻结', locale: 'zh-cn' }],
		['my phone 13800138000', { type: 'zero-results', query: 'my phone [number]', locale: 'zh-cn' }],
		['   ', undefined],
	])('%j', (query, expected) => {
		expect(toZeroResultsEvent(query, 'zh-cn')).toEqual(expected);
	});

	test('a long query is capped', () => {
		expect(toZeroResultsEvent('x'.repeat(QUERY_MAX_LENGTH * 2), 'en')?.query).toHaveLength(
			QUERY_MAX_LENGTH,
		);
	});
});
