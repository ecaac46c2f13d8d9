import { expect, test } from 'vitest';
import { readText } from '../../src/lib/text-view';

test.each([
	['full-width forms', '４００－８２０－８８２０ ＠ ．', '400-820-8820 @ .'],
	['wide spaces and dashes', '400\u3000820\u2013882', '400 820-882'],
	['HTML entities', 'help&#64;okpay&#x2E;com &commat; &period; &amp;', 'help@okpay.com @ . &'],
	['unknown entities stay', '&nbsp;&copy;&#0;', ' &copy;&#0;'],
	['invisible characters are dropped', 'he\u200Blp\u00AD@\u2066ok\uFEFFpay', 'help@okpay'],
	['styled and enclosed letters', '\u{1D421}\u{1D41E}\u24DB\u24DF', 'help'],
	['other scripts\u2019 digits', '\u0661\u0663\u0668 \u0967\u0969', '138 13'],
	['circled digits', '\u2460\u2462\u2467\u24EA', '1380'],
	[
		'Chinese numerals in a run of five or more',
		'一三八零零 幺三八 洞洞幺三 拐勾',
		'13800 138 0013 79',
	],
	[
		'Chinese numerals in prose',
		'三个工作日、一两分钟、三三两两、第一二三四条',
		'三个工作日、一两分钟、三三两两、第一二三四条',
	],
	['O and l between digits', '4OO-82O-882O 138OO138OOO', '400-820-8820 13800138000'],
	['O and l in words', 'Hello 2026, iOS 17.5, Google 1000', 'Hello 2026, iOS 17.5, Google 1000'],
	['the Chinese colon and ellipsis stay', 'TG：@x…', 'TG：@x…'],
])('%s', (_label, input, read) => {
	expect(readText(input).text).toBe(read);
});

test('every character of the reading knows where it was written', () => {
	const source = 'a&#64;\u200Bb𝐜';
	const view = readText(source);
	expect(view.text).toBe('a@bc');
	expect([...view.text].map((_c, i) => source.slice(view.start[i], view.end[i]))).toEqual([
		'a',
		'&#64;',
		'b',
		'𝐜',
	]);
});
