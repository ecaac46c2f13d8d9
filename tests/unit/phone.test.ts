import { describe, expect, test } from 'vitest';
import {
	findPhoneNumbers,
	formatPhoneInternational,
	getNationalNumber,
	normalizeDigits,
	toE164,
} from '../../src/lib/phone';

describe('normalizeDigits', () => {
	test.each([
		['＋８６ １３８ ００１３ ８０００', '+86 138 0013 8000'],
		['（０１０）１２３４－５６７８', '(010)1234-5678'],
		['400—820–8820', '400-820-8820'],
		['138\u30000013\u00A08000', '138 0013 8000'],
		['ｓｕｐｐｏｒｔ＠ｏｋｐａｙ', 'support@okpay'],
		['help。okpay', 'help.okpay'],
		['plain 123', 'plain 123'],
	])('%s → %s', (input, expected) => {
		expect(normalizeDigits(input)).toBe(expected);
		expect(normalizeDigits(input)).toHaveLength(input.length);
	});
});

describe('toE164', () => {
	test.each([
		['+1 202-555-0142', undefined, '+12025550142'],
		['+1 (202) 555-0100', undefined, '+12025550100'],
		['tel:+1-800-555-0199', undefined, '+18005550199'],
		['+86 138 0013 8000', undefined, '+8613800138000'],
		['0086 138 0013 8000', undefined, '+8613800138000'],
		['＋８６ ４００ ８２０ ８８２０', undefined, '+864008208820'],
		['138 0013 8000', 'CN', '+8613800138000'],
		['010-12345678', 'CN', '+861012345678'],
		['400-820-8820', 'CN', '+864008208820'],
		['202-555-0142', 'US', '+12025550142'],
		['+86 10 1234', undefined, undefined],
		['138 0013 8000', undefined, undefined],
		['202-555-0142', undefined, undefined],
		['not a number', undefined, undefined],
		['', undefined, undefined],
	] as const)('%s (%s) → %s', (raw, country, expected) => {
		expect(toE164(raw, country)).toBe(expected);
	});
});

describe('formatPhoneInternational and getNationalNumber', () => {
	test.each([
		['+12025550142', '+1 202 555 0142', '2025550142'],
		['+8613800138000', '+86 138 0013 8000', '13800138000'],
		['+861012345678', '+86 10 1234 5678', '1012345678'],
		['+123', '+123', undefined],
	])('%s', (e164, international, national) => {
		expect(formatPhoneInternational(e164)).toBe(international);
		expect(getNationalNumber(e164)).toBe(national);
	});
});

describe('findPhoneNumbers finds', () => {
	test.each([
		['请拨打 138 0013 8000 联系', '138 0013 8000', '+8613800138000'],
		['电话：13800138000。', '13800138000', '+8613800138000'],
		['热线 400-820-8820 全天', '400-820-8820', '+864008208820'],
		['热线 400 820 8820', '400 820 8820', '+864008208820'],
		['免费电话 800-820-8820', '800-820-8820', '+868008208820'],
		['Call +86 138 0013 8000 today', '+86 138 0013 8000', '+8613800138000'],
		['Call 0086 138 0013 8000', '0086 138 0013 8000', '+8613800138000'],
		['座机 010-12345678', '010-12345678', '+861012345678'],
		['座机 (010) 1234 5678', '(010) 1234 5678', '+861012345678'],
		['Call +1 202-555-0142.', '+1 202-555-0142', '+12025550142'],
		['Call 1-202-555-0142 now', '1-202-555-0142', '+12025550142'],
		['Call 1 (800) 555-0100', '1 (800) 555-0100', '+18005550100'],
		[
			'全角 ＋８６ １３８ ００１３ ８０００ 号码',
			'＋８６ １３８ ００１３ ８０００',
			'+8613800138000',
		],
		['全角 ８００－８２０－８８２０', '８００－８２０－８８２０', '+868008208820'],
	])('%s', (text, written, e164) => {
		const found = findPhoneNumbers(text);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({ text: written, e164 });
		expect(text.slice(found[0]?.start, found[0]?.end)).toBe(written);
	});
});

describe('findPhoneNumbers ignores', () => {
	test.each([
		['ISO date', 'Updated on 2026-11-20.'],
		['date and time', '2026-11-20 10:30'],
		['compact date', '20261120'],
		['Chinese date', '2026年11月20日'],
		['US date', '11/20/2026'],
		['year range', '2020–2026'],
		['years', 'Between 2026 and 2027'],
		['version', 'version 1.13.16 and v2.10.3'],
		['percentage', '99.9% of payments'],
		['price', '¥1,299.00 or $19.99'],
		['big number', '1,000,000 users'],
		['user count', '超过 10000000 名用户'],
		['order number', '订单号 2026112012345678'],
		['short order number', 'order #20261120123'],
		['bare 11-digit id', 'id 12345678901'],
		['opening hours', '09:00-18:00'],
		['hash', 'sourceHash: 138001380001'],
		['small amounts', '报价 3800 元，月费 138 元'],
	])('%s', (_label, text) => {
		expect(findPhoneNumbers(text)).toEqual([]);
	});
});

test('findPhoneNumbers returns several numbers in order', () => {
	const found = findPhoneNumbers('A: +1 202-555-0142, B: 400-820-8820');
	expect(found.map((f) => f.e164)).toEqual(['+12025550142', '+864008208820']);
});
