import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { checkerMessages } from '../../src/lib/checker-messages';
import {
	checkMessage,
	contactReasons,
	contactVerdicts,
	itemVerdicts,
} from '../../src/lib/contact-check';
import { describeCheck, type CheckerMessages } from '../../src/lib/contact-report';
import { testIndex as index } from '../support/contact-index';

const names = {
	hotline: 'Support hotline',
	email: 'Email support',
	'live-chat': 'Online chat',
	social: 'Official social media account',
};
const en = checkerMessages(useTranslations('en'));
const zh = checkerMessages(useTranslations('zh-cn'));
const answer = (input: string, messages: CheckerMessages = en) =>
	describeCheck(checkMessage(input, index), messages, index, names);

describe('describeCheck', () => {
	test('one official detail: the summary names the channel, the line says which value it matched', () => {
		expect(answer('+1 800 555 0123')).toEqual({
			verdict: 'official',
			reason: 'official-phone',
			summary: 'This is an official channel: Support hotline.',
			lines: [
				{
					text: '+1 800 555 0123',
					verdict: 'official',
					label: 'Official',
					note: 'It matches our Support hotline, +1 800 555 0123.',
				},
			],
		});
	});

	test('an official address on our own website is called that, not left blank', () => {
		expect(answer('https://help.okpay.example.com/en/').summary).toBe(
			"This is an official channel: OKPay's own website.",
		);
	});

	test('several details: how many, the verdict on the whole message, and the advice', () => {
		const { summary, lines } = answer('support@okpay.example.com https://okpay-login.example.net');
		expect(summary).toBe(
			'Found 2 contact details. At least one of them imitates an official channel: this message is very likely a scam. ' +
				en.advice,
		);
		expect(lines.map((line) => [line.text, line.label])).toEqual([
			['support@okpay.example.com', 'Official'],
			['https://okpay-login.example.net', 'Imitation'],
		]);
	});

	test('a careful answer names the platform and the account', () => {
		const { summary, lines } = answer('@OKPaySupport');
		expect(summary).toBe(`Careful: this is ours only as the note below says. ${en.advice}`);
		expect(lines[0]?.note).toBe(
			'@OKPaySupport on Example Social is ours; the same name on any other app is not.',
		);
		expect(answer('Telegram @OKPaySupport').lines[0]?.note).toBe(
			'This account is on Telegram. Our account @OKPaySupport is on Example Social only; the same name on Telegram is not ours.',
		);
		expect(answer('800 555 0123').lines[0]?.note).toContain('+1 800 555 0123');
	});

	test('nothing found: the verdict and the reason, no list and no advice', () => {
		expect(answer('hello there')).toMatchObject({
			summary: `${en.invalid} ${en.unrecognized}`,
			lines: [],
		});
		expect(answer('   ')).toMatchObject({ summary: en.empty, lines: [] });
	});

	test('Chinese sentences follow each other without a space', () => {
		const { summary, lines } = answer('请拨打 +1 800 555 0124', zh);
		expect(summary).toBe(`${zh.lookalike}${zh.advice}`);
		expect(lines[0]?.note).toBe('号码与我们的Support hotline +1 800 555 0123 相近，但并不相同。');
	});

	test('a channel name is inserted as written, even with $ patterns', () => {
		const odd = describeCheck(checkMessage('+1 800 555 0123', index), en, index, {
			hotline: "$& $' $$ $1",
		});
		expect(odd.summary).toBe("This is an official channel: $& $' $$ $1.");
	});

	test.each(['en', 'zh-cn'] as const)(
		'every sentence the checker can say exists in %s',
		(locale) => {
			const messages = checkerMessages(useTranslations(locale));
			const keys = [
				...contactVerdicts,
				...contactReasons,
				...itemVerdicts.flatMap((v) => [`overall.${v}`, `label.${v}`]),
				'advice',
				'found',
				'site',
				'colon',
			];
			for (const key of keys) expect(messages[key as keyof CheckerMessages], key).toBeTruthy();
		},
	);
});
