import { describe, expect, test } from 'vitest';
import {
	findUncovered,
	parseFontSubsets,
	pickSubsets,
	type FontSubset,
} from '../../src/lib/og/font-subsets';

// Like @fontsource/noto-sans-sc: CJK subsets first, Latin last, overlapping on punctuation (… is U+2026).
const subsets: FontSubset[] = [
	{
		file: 'cjk-1.woff',
		ranges: [
			[0x4e00, 0x4fff],
			[0x2026, 0x2026],
		],
	},
	{ file: 'cjk-2.woff', ranges: [[0x5000, 0x5fff]] },
	{
		file: 'latin.woff',
		ranges: [
			[0x20, 0x7e],
			[0x2000, 0x206f],
		],
	},
];

describe('pickSubsets', () => {
	test.each([
		['English text with an ellipsis needs only Latin', 'Reset your password…', ['latin.woff']],
		['Chinese text with an ellipsis takes it from its own subset', '丢丟…', ['cjk-1.woff']],
		[
			'mixed text gets every subset it needs, in declaration order',
			'OKPay 帮助 丢',
			['cjk-1.woff', 'cjk-2.woff', 'latin.woff'],
		],
		['an ellipsis alone takes the first subset that has it', '…', ['cjk-1.woff']],
	])('%s', (_, text, files) => {
		expect(pickSubsets(subsets, text)).toEqual(files);
	});
});

test('findUncovered lists each character no subset has, once, and never whitespace', () => {
	expect(findUncovered(subsets, 'OK 丢 \u{2A6A5} \u{2A6A5} 🔒\n')).toEqual(['\u{2A6A5}', '🔒']);
});

test('parseFontSubsets reads file names and unicode ranges from @fontsource CSS', () => {
	const css = `@font-face { font-family: 'Noto Sans SC'; src: url(./files/noto-sans-sc-4-700-normal.woff2) format('woff2'), url(./files/noto-sans-sc-4-700-normal.woff) format('woff'); unicode-range: U+4E00-4E0F, U+2026; }`;
	expect(parseFontSubsets(css)).toEqual([
		{
			file: 'noto-sans-sc-4-700-normal.woff',
			ranges: [
				[0x4e00, 0x4e0f],
				[0x2026, 0x2026],
			],
		},
	]);
});
