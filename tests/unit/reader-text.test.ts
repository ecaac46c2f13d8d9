import { expect, test } from 'vitest';
import { dictionaryKeyAt, keepStringLiterals, readYamlTexts } from '../../src/lib/reader-text';

test('readYamlTexts returns every string value with its entry, field and position', () => {
	const source = [
		'# a comment: 400-820-8820',
		'- id: contact',
		'  order: 1',
		'  title:',
		'    zh-cn: 联系客服',
		"    en: 'Contact'",
		'',
	].join('\n');
	expect(readYamlTexts(source)).toEqual([
		{ path: ['contact', 'id'], value: 'contact', raw: 'contact', line: 2, column: 7 },
		{
			path: ['contact', 'title', 'zh-cn'],
			value: '联系客服',
			raw: '联系客服',
			line: 5,
			column: 12,
		},
		{ path: ['contact', 'title', 'en'], value: 'Contact', raw: "'Contact'", line: 6, column: 9 },
	]);
});

test('readYamlTexts reads block scalars and escapes as YAML does', () => {
	const [folded, quoted] = readYamlTexts('a: >\n  one\n  two\nb: "x\\u0040y"\n');
	expect(folded).toMatchObject({
		path: ['a'],
		value: 'one two\n',
		raw: '>\n  one\n  two\n',
		line: 1,
	});
	expect(quoted).toMatchObject({ path: ['b'], value: 'x@y', line: 4 });
});

test('readYamlTexts returns nothing for a file that is not YAML', () => {
	expect(readYamlTexts('a: [\n')).toEqual([]);
});

test('keepStringLiterals keeps the texts in place and blanks code, keys, comments and placeholders', () => {
	const source = [
		"import type { Dictionary } from '../types';",
		'export default {',
		"\t'site.name': 'OKPay', // help@okpay.com",
		"\t'a.count': (n: number) => (n === 0 ? 'none' : `${n} item${n === 1 ? '' : 's'}`),",
		'\t/* 400-820-8820 */ "b": "say \\"hi\\"",',
		'} as const;',
	].join('\n');
	const kept = keepStringLiterals(source);
	expect(kept).toHaveLength(source.length);
	expect(kept.split('\n').map((line) => line.trim().split(/\s+/).filter(Boolean))).toEqual([
		['../types'],
		[],
		['OKPay'],
		['none', 'item', 's'],
		['say', '\\"hi\\"'],
		[],
	]);
	// Same line and column as in the source.
	expect(kept.split('\n')[2]?.indexOf('OKPay')).toBe(source.split('\n')[2]?.indexOf('OKPay'));
});

test('dictionaryKeyAt names the entry a line belongs to, also on its continuation lines', () => {
	const source = "export default {\n\t'a.b': 'x',\n\t'c.d': (n: number) =>\n\t\t`y ${n}`,\n};";
	expect([2, 3, 4].map((line) => dictionaryKeyAt(source, line))).toEqual(['a.b', 'c.d', 'c.d']);
	expect(dictionaryKeyAt(source, 1)).toBeUndefined();
});
