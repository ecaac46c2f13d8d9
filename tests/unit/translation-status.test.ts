import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
	countTranslationStates,
	describeState,
	findStaleSource,
	formatStatusTable,
	getSourceHash,
	getTranslationStatus,
	isTranslationStale,
	setSourceHash,
	type TranslationInput,
} from '../../src/lib/translation-status';
import { copyContent, runScript } from '../support/run-script';

describe('getSourceHash', () => {
	test('is the first 12 hex characters of the SHA-256 of the trimmed body', () => {
		// sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
		expect(getSourceHash('abc')).toBe('ba7816bf8f01');
	});

	test.each([
		['CRLF line endings', '第一行\r\n第二行\r\n'],
		['CR line endings', '第一行\r第二行'],
		['surrounding blank lines', '\n\n  第一行\n第二行\n\n'],
	])('ignores %s', (_name, variant) => {
		expect(getSourceHash(variant)).toBe(getSourceHash('第一行\n第二行'));
	});

	test('changes when the text changes', () => {
		expect(getSourceHash('第一行\n第二行')).not.toBe(getSourceHash('第一行\n第二行。'));
	});
});

describe('setSourceHash', () => {
	const file = '---\ntitle: A title here\ncategory: payments\n---\n\nBody with --- inside.\n';

	test('adds the field before the closing fence and leaves the rest alone', () => {
		expect(setSourceHash(file, 'aaaaaaaaaaaa')).toBe(
			'---\ntitle: A title here\ncategory: payments\nsourceHash: "aaaaaaaaaaaa"\n---\n\nBody with --- inside.\n',
		);
	});

	// Digits and one "e" read as a YAML number (7.55807182e+37) unless quoted.
	test('writes the hash quoted, so YAML reads it as text', () => {
		const stamped = setSourceHash(file, '755807182e29');
		expect(stamped).toContain('sourceHash: "755807182e29"\n');
		expect(parseFrontmatter(stamped).frontmatter['sourceHash']).toBe('755807182e29');
	});

	test('quotes a hash a hand edit left unquoted', () => {
		const unquoted = file.replace(
			'category: payments',
			'category: payments\nsourceHash: 755807182e29',
		);
		expect(setSourceHash(unquoted, '755807182e29')).toContain('sourceHash: "755807182e29"\n');
	});

	test('replaces an existing value', () => {
		const once = setSourceHash(file, 'aaaaaaaaaaaa');
		expect(setSourceHash(once, 'bbbbbbbbbbbb')).toBe(once.replace('aaaaaaaaaaaa', 'bbbbbbbbbbbb'));
	});

	test('keeps CRLF files CRLF', () => {
		const crlf = file.replaceAll('\n', '\r\n');
		expect(setSourceHash(crlf, 'aaaaaaaaaaaa')).toBe(
			'---\r\ntitle: A title here\r\ncategory: payments\r\nsourceHash: "aaaaaaaaaaaa"\r\n---\r\n\r\nBody with --- inside.\r\n',
		);
	});

	test('refuses a file without frontmatter', () => {
		expect(() => setSourceHash('Just text', 'aaaaaaaaaaaa')).toThrow(/no frontmatter/);
	});
});

describe('getTranslationStatus', () => {
	const source = (
		slug: string,
		body = `${slug} 正文`,
		extra: Partial<TranslationInput> = {},
	): TranslationInput => ({
		locale: 'zh-cn',
		slug,
		body,
		...extra,
	});
	const translation = (
		slug: string,
		locale: string,
		sourceHash?: string,
		extra: Partial<TranslationInput> = {},
	) => ({
		locale,
		slug,
		body: 'Translated text',
		sourceHash,
		...extra,
	});
	const articles: TranslationInput[] = [
		source('b-current'),
		translation('b-current', 'en', getSourceHash('b-current 正文')),
		source('a-changed'),
		translation('a-changed', 'en', getSourceHash('an older version')),
		source('c-unstamped'),
		translation('c-unstamped', 'en'),
		source('d-missing'),
		source('e-draft-translation'),
		translation('e-draft-translation', 'en', getSourceHash('e-draft-translation 正文'), {
			draft: true,
		}),
		source('f-draft-source', 'x', { draft: true }),
		translation('f-draft-source', 'en'),
	];
	const rows = getTranslationStatus({
		articles,
		locales: ['zh-cn', 'en', 'zh-tw'],
		sourceLocale: 'zh-cn',
	});
	const stateOf = (slug: string, locale: string) =>
		rows.find((r) => r.slug === slug)?.states.find(([l]) => l === locale)?.[1];

	test('one row per published source article, sorted by slug', () => {
		expect(rows.map((r) => r.slug)).toEqual([
			'a-changed',
			'b-current',
			'c-unstamped',
			'd-missing',
			'e-draft-translation',
		]);
	});

	test.each([
		['b-current', 'en', { state: 'current' }],
		['a-changed', 'en', { state: 'stale', reason: 'changed' }],
		['c-unstamped', 'en', { state: 'stale', reason: 'unstamped' }],
		['d-missing', 'en', { state: 'missing' }],
		['e-draft-translation', 'en', { state: 'missing' }],
		['b-current', 'zh-tw', { state: 'missing' }],
		['b-current', 'zh-cn', { state: 'source' }],
	])('%s in %s', (slug, locale, expected) => {
		expect(stateOf(slug, locale)).toEqual(expected);
	});

	test('counts translations only', () => {
		expect(countTranslationStates(rows)).toEqual({ current: 1, stale: 2, missing: 7 });
	});

	test('isTranslationStale', () => {
		expect(isTranslationStale(getSourceHash('正文'), '正文\n')).toBe(false);
		expect(isTranslationStale(getSourceHash('正文'), '新正文')).toBe(true);
		expect(isTranslationStale(undefined, '正文')).toBe(true);
	});

	test('formats a table for the terminal', () => {
		const table = formatStatusTable(rows.slice(0, 2), ['zh-cn', 'en', 'zh-tw']);
		expect(table.split('\n')).toEqual([
			'article    zh-cn   en                      zh-tw',
			'---------  ------  ----------------------  -------',
			'a-changed  source  stale (source changed)  missing',
			'b-current  source  up to date              missing',
		]);
		expect(describeState({ state: 'stale', reason: 'unstamped' })).toBe('stale (never stamped)');
	});
});

describe('findStaleSource', () => {
	const record = (locale: string, body: string, sourceHash?: string) => ({
		locale,
		slug: 'refund',
		body,
		data: { sourceHash },
	});
	const source = record('zh-cn', '退款说明');

	test.each([
		['an up-to-date translation', record('en', 'Refunds', getSourceHash('退款说明')), undefined],
		[
			'a translation of an older source',
			record('en', 'Refunds', getSourceHash('旧的说明')),
			source,
		],
		['an unstamped translation', record('en', 'Refunds'), source],
		['the source itself', source, undefined],
	])('%s', (_name, article, expected) => {
		expect(findStaleSource([source, article], article, 'zh-cn')).toBe(expected);
	});

	test('a translation without a source has nothing to lag behind', () => {
		const orphan = record('en', 'Refunds');
		expect(findStaleSource([orphan], orphan, 'zh-cn')).toBeUndefined();
	});
});

describe('npm run i18n:stamp and i18n:status', () => {
	const content = copyContent();
	afterAll(() => rmSync(join(content, '..'), { recursive: true, force: true }));
	const env = { CONTENT_DIR: content };
	const source = join(content, 'articles/zh-cn/payment-failed.mdx');
	const translation = join(content, 'articles/en/payment-failed.mdx');

	test('the project content is up to date: --strict passes', () => {
		const result = runScript('i18n-status.ts', ['--strict'], env);
		expect(result.stdout).toMatch(/payment-failed\s+source\s+up to date/);
		expect(result.status).toBe(0);
	});

	test('editing the source makes the translation stale, and --strict fail', () => {
		writeFileSync(source, `${readFileSync(source, 'utf8')}\n新增的一段说明。\n`);
		const result = runScript('i18n-status.ts', ['--strict'], env);
		expect(result.stdout).toMatch(/payment-failed\s+source\s+stale \(source changed\)/);
		expect(result.status).toBe(1);
		expect(runScript('check-content.ts', [], env).stderr).toMatch(
			/en\/payment-failed\.mdx \[translations\] sourceHash: translation is stale/,
		);
	});

	test('stamping records the new source version', () => {
		const result = runScript('i18n-stamp.ts', ['payment-failed', '--locale', 'en'], env);
		expect(result.status).toBe(0);
		const body = readFileSync(source, 'utf8').replace(/^---[\s\S]*?\n---/, '');
		expect(readFileSync(translation, 'utf8')).toContain(`sourceHash: "${getSourceHash(body)}"`);
		expect(runScript('i18n-status.ts', ['--strict'], env).status).toBe(0);
	});

	test('a deleted translation is missing', () => {
		rmSync(translation);
		const result = runScript('i18n-status.ts', ['--strict'], env);
		expect(result.stdout).toMatch(/payment-failed\s+source\s+missing/);
		expect(result.status).toBe(1);
	});

	test.each([
		[['no-such-article'], /no zh-cn article "no-such-article"/],
		[['payment-failed', '--locale', 'zh-cn'], /source language/],
		[['payment-failed', '--locale', 'fr'], /unknown locale "fr"/],
		[[], /Usage/],
	])('stamp %j fails', (args, message) => {
		const result = runScript('i18n-stamp.ts', args, env);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(message);
	});
});
