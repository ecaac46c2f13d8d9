import { describe, expect, test } from 'vitest';
import { hasHan, spaceHan, unspaceHan } from '../../src/lib/search/cjk';

const stripMarks = (text: string) => text.replace(/<\/?mark>/g, '');

describe('hasHan', () => {
	test.each([
		['钱包', true],
		['OKPay钱包', true],
		['OKPay wallet', false],
		['', false],
		['１２３！', false],
		['ひらがな', false],
	])('hasHan(%j) → %j', (text, expected) => {
		expect(hasHan(text)).toBe(expected);
	});
});

describe('spaceHan', () => {
	test.each([
		['OKPay钱包', 'OKPay 钱 包'],
		['支付失败', '支 付 失 败'],
		['在OKPay钱包里充值100元', '在 OKPay 钱 包 里 充 值 100 元'],
		['钱包。', '钱 包。'],
		['“钱包”', '“钱 包”'],
		['钱', '钱'],
		['OKPay wallet', 'OKPay wallet'],
		['', ''],
		['支付 失败', '支 付 失 败'],
	])('spaceHan(%j) → %j', (text, expected) => {
		expect(spaceHan(text)).toBe(expected);
	});
});

describe('unspaceHan', () => {
	test.each([
		['支 付 失 败', '支付失败'],
		['OKPay 钱 包', 'OKPay钱包'],
		['在 OKPay 钱 包 里 充 值 100 元', '在OKPay钱包里充值100元'],
		// Adjacent highlights merge into one.
		['<mark>钱</mark> <mark>包</mark>', '<mark>钱包</mark>'],
		['支 付 <mark>失</mark> <mark>败</mark> 了', '支付<mark>失败</mark>了'],
		['在 <mark>OKPay</mark> <mark>钱</mark> 包', '在<mark>OKPay</mark><mark>钱</mark>包'],
		// Spaces between Latin words stay.
		['reset my password', 'reset my password'],
		['<mark>reset</mark> <mark>password</mark>', '<mark>reset</mark> <mark>password</mark>'],
		['钱 包。 下 一 步', '钱包。 下一步'],
	])('unspaceHan(%j) → %j', (text, expected) => {
		expect(unspaceHan(text)).toBe(expected);
	});
});

describe('spaceHan / unspaceHan round trip', () => {
	const texts = [
		'支付失败怎么办',
		'在OKPay钱包里充值100元',
		'OKPay钱包2FA验证码',
		'打开App，点击“我的”，再选择“安全设置”。',
		'Reset your password in the OKPay app.',
		'第3步：输入6位验证码',
	];

	test.each(texts)('unspaceHan(spaceHan(%j)) gives the text back', (text) => {
		expect(unspaceHan(spaceHan(text))).toBe(text);
	});

	test.each<[string, string[], string]>([
		['在OKPay钱包里充值', ['OKPay', '钱', '包'], '在<mark>OKPay</mark><mark>钱包</mark>里充值'],
		['支付失败怎么办', ['失', '败'], '支付<mark>失败</mark>怎么办'],
		['第3步：输入6位验证码', ['3', '验'], '第<mark>3</mark>步：输入6位<mark>验</mark>证码'],
	])('%j survives highlighting of %j', (text, highlighted, expected) => {
		// Pagefind wraps whole indexed words (here: the spaced tokens) in <mark>.
		const spaced = spaceHan(text)
			.split(' ')
			.map((word) => (highlighted.includes(word) ? `<mark>${word}</mark>` : word))
			.join(' ');
		const back = unspaceHan(spaced);
		expect(back).toBe(expected);
		expect(stripMarks(back)).toBe(text);
	});
});

// spaceHan spaces any letter or number next to Han, so unspaceHan must rejoin them all, not just ASCII.
test.each([['Café钱包'], ['ＯＫ钱包'], ['钱包①']])('round trip with non-ASCII letters and numbers: %j', (text) => {
	expect(unspaceHan(spaceHan(text))).toBe(text);
});
