import { describe, expect, test } from 'vitest';
import { useTranslations, type UiKey } from '../../src/i18n';
import en from '../../src/i18n/ui/en';
import zhCN from '../../src/i18n/ui/zh-cn';

const sourceKeys = Object.keys(zhCN) as UiKey[];
const kind = (value: unknown) =>
	typeof value === 'function' ? `function/${(value as () => string).length}` : typeof value;

describe('dictionaries', () => {
	test('en has exactly the keys of zh-cn', () => {
		expect(sourceKeys).toContain('site.name');
		expect(Object.keys(en).sort()).toEqual([...sourceKeys].sort());
	});

	test('every key has the same kind of value in en as in zh-cn (string, or function of the same arity)', () => {
		const kinds = (dictionary: Record<UiKey, unknown>) =>
			Object.fromEntries(sourceKeys.map((key) => [key, kind(dictionary[key])]));
		expect(kinds(en)).toEqual(kinds(zhCN));
	});

	test('no value is empty', () => {
		const text = (value: unknown) =>
			typeof value === 'function' ? (value as (arg: unknown) => string)(1) : value;
		const empty = [zhCN, en].flatMap((dictionary) =>
			sourceKeys.filter((key) => {
				const value = text(dictionary[key]);
				return typeof value !== 'string' || value.trim() === '';
			}),
		);
		expect(empty).toEqual([]);
	});
});

describe('useTranslations', () => {
	const tEn = useTranslations('en');
	const tZh = useTranslations('zh-cn');

	test.each([
		[0, 'No results', '没有找到结果'],
		[1, '1 result', '找到 1 条结果'],
		[2, '2 results', '找到 2 条结果'],
	])('search.count(%i)', (count, english, chinese) => {
		expect(tEn('search.count', count)).toBe(english);
		expect(tZh('search.count', count)).toBe(chinese);
	});

	test.each([
		[1, '1 article', '1 篇文章'],
		[3, '3 articles', '3 篇文章'],
	])('category.count(%i)', (count, english, chinese) => {
		expect(tEn('category.count', count)).toBe(english);
		expect(tZh('category.count', count)).toBe(chinese);
	});

	test('plain strings', () => {
		expect(tEn('site.name')).toBe('OKPay Help Center');
		expect(tZh('site.name')).toBe('OKPay 帮助中心');
	});

	test('string arguments', () => {
		expect(tEn('search.heading', 'refund')).toBe('Results for “refund”');
		expect(tZh('search.heading', '退款')).toBe('“退款”的搜索结果');
		expect(tEn('contact.timeZone', 'Beijing time')).toBe('(Beijing time)');
		expect(tZh('contact.timeZone', '北京时间')).toBe('（北京时间）');
		expect(tEn('lang.switchTo', '简体中文')).toBe('Switch to 简体中文');
	});

	test('returns the same value as the dictionary for every plain key', () => {
		const plain = sourceKeys.filter((key) => typeof en[key] === 'string');
		expect(plain.map((key) => (tEn as (k: UiKey) => string)(key))).toEqual(
			plain.map((key) => en[key]),
		);
	});
});

describe('zh-CN punctuation', () => {
	const tZh = useTranslations('zh-cn');
	const tEn = useTranslations('en');
	/** A key's text, with a Chinese word for each argument a function takes. */
	const textOf = (value: unknown) =>
		typeof value === 'function'
			? (value as (...args: string[]) => string)(...Array<string>(value.length).fill('示例'))
			: String(value);
	/** Where ASCII punctuation is right inside Chinese text, with why. */
	const latinSpans: readonly RegExp[] = [
		/\b[a-z][a-z0-9+.-]*:\/\/[\w./#%~-]*/gi, // a URL or scheme: https://
		/\bnpm run [\w:-]+/g, // a command the reader types: npm run i18n:stamp
		/\d[:.,]\d/g, // times and numbers: 09:00, 1,000
	];
	const asciiPunctuation = /[:,?!;()]/g;

	test('every zh-cn UI string uses full-width colon, comma, question mark, parentheses…', () => {
		const wrong = sourceKeys.flatMap((key) => {
			const text = latinSpans.reduce((rest, span) => rest.replace(span, ' '), textOf(zhCN[key]));
			const found = text.match(asciiPunctuation);
			return found ? [`${key}: ${[...new Set(found)].join(' ')} in "${textOf(zhCN[key])}"`] : [];
		});
		expect(wrong).toEqual([]);
	});

	test.each([
		['，', 'a, b'],
		['：', '最后更新: 2026年'],
		['？', '有帮助吗?'],
		['（）', '客服热线 (+1 800 555 0123)'],
		['，', '只使用 https://,这个网址'],
	])('the check finds ASCII where %s belongs: %s', (_fullWidth, text) => {
		const rest = latinSpans.reduce((value, span) => value.replace(span, ' '), text);
		expect(rest).toMatch(asciiPunctuation);
	});

	test.each(['https://help.okpay.example.com', 'npm run i18n:stamp -- <文章标识>', '09:00–21:00'])(
		'the check leaves Latin spans alone: %s',
		(text) => {
			const rest = latinSpans.reduce((value, span) => value.replace(span, ' '), text);
			expect(rest).not.toMatch(asciiPunctuation);
		},
	);

	test('labels take their language’s colon, unspaced in Chinese', () => {
		expect(tZh('article.updated') + tZh('punctuation.colon')).toBe('最后更新：');
		expect(tEn('article.updated') + tEn('punctuation.colon')).toBe('Last updated: ');
		expect(
			`${tZh('contact.kind.phone')}${tZh('punctuation.openParen')}+1 800${tZh('punctuation.closeParen')}`,
		).toBe('客服热线（+1 800）');
		expect(
			`${tEn('contact.kind.phone')}${tEn('punctuation.openParen')}+1 800${tEn('punctuation.closeParen')}`,
		).toBe('Hotline (+1 800)');
	});
});
