import { describe, expect, test } from 'vitest';
import { useTranslations, type UiKey } from '../../src/i18n';
import en from '../../src/i18n/ui/en';
import zhCN from '../../src/i18n/ui/zh-cn';

const sourceKeys = Object.keys(zhCN) as UiKey[];
const kind = (value: unknown) => (typeof value === 'function' ? `function/${(value as () => string).length}` : typeof value);

describe('dictionaries', () => {
	test('en has exactly the keys of zh-cn', () => {
		expect(sourceKeys).toContain('site.name');
		expect(Object.keys(en).sort()).toEqual([...sourceKeys].sort());
	});

	test('every key has the same kind of value in en as in zh-cn (string, or function of the same arity)', () => {
		const kinds = (dictionary: Record<UiKey, unknown>) => Object.fromEntries(sourceKeys.map((key) => [key, kind(dictionary[key])]));
		expect(kinds(en)).toEqual(kinds(zhCN));
	});

	test('no value is empty', () => {
		const text = (value: unknown) => (typeof value === 'function' ? (value as (arg: unknown) => string)(1) : value);
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
		expect(tEn('contact.timeZone', 'Asia/Shanghai')).toBe('(Asia/Shanghai time)');
		expect(tZh('contact.timeZone', 'Asia/Shanghai')).toBe('（Asia/Shanghai 时间）');
		expect(tEn('lang.switchTo', '简体中文')).toBe('Switch to 简体中文');
	});

	test('returns the same value as the dictionary for every plain key', () => {
		const plain = sourceKeys.filter((key) => typeof en[key] === 'string');
		expect(plain.map((key) => (tEn as (k: UiKey) => string)(key))).toEqual(plain.map((key) => en[key]));
	});
});
