/**
 * Proves that a third language needs only the steps in docs/writing.md ("Adding a language"):
 * a copy of the project gets the `locales` entry and a dictionary, and builds the content tree
 * in tests/fixtures/third-locale. The type-level half (no dictionary → type error) is in
 * tests/types/third-locale.test-d.ts.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildIsolated, copyProject, type IsolatedBuild } from '../support/build-site';

const FIXTURE = resolve('tests/fixtures/third-locale/content');
const LOCALE_ENTRY = "{ code: 'zh-tw', lang: 'zh-TW', label: '繁體中文' },";
const DICTIONARY = `import type { Dictionary } from '../types';
import en from './en';

// A stand-in translation: a real one translates every key.
export default { ...en, 'site.name': 'OKPay 說明中心', 'article.missingTitle': '這篇文章還沒有繁體中文版本' } satisfies Dictionary;
`;

/** Replaces `from` with `to` in a file of the copy, failing loudly when the code changed shape. */
function patch(file: string, from: RegExp, to: string): void {
	const text = readFileSync(file, 'utf8');
	if (!from.test(text))
		throw new Error(`${file} no longer matches ${from}; update this test and docs/writing.md`);
	writeFileSync(file, text.replace(from, to));
}

let project: string;
let site: IsolatedBuild;
const html = (path: string) => readFileSync(join(site.outDir, path, 'index.html'), 'utf8');

beforeAll(() => {
	project = copyProject();
	// Step 1: the locale entry.
	patch(
		join(project, 'src/config/site.ts'),
		/(\{ code: 'en', lang: 'en', label: 'English' \},)/,
		`$1\n\t${LOCALE_ENTRY}`,
	);
	// Step 2: its dictionary, registered beside the others.
	writeFileSync(join(project, 'src/i18n/ui/zh-tw.ts'), DICTIONARY);
	patch(
		join(project, 'src/i18n/index.ts'),
		/(import en from '\.\/ui\/en';)/,
		`$1\nimport zhTW from './ui/zh-tw';`,
	);
	patch(
		join(project, 'src/i18n/index.ts'),
		/\{ 'zh-cn': zhCN, en \}/,
		`{ 'zh-cn': zhCN, en, 'zh-tw': zhTW }`,
	);
	// Step 3 is the content: CONTENT_DIR points at the fixture.
	site = buildIsolated({ CONTENT_DIR: FIXTURE }, project);
	if (site.status !== 0) throw new Error(`third-locale build failed:\n${site.output.slice(-4000)}`);
}, 300_000);

afterAll(() => {
	site?.remove();
	if (project) rmSync(project, { recursive: true, force: true });
});

describe('a third language added by configuration, dictionary and content', () => {
	test('its pages exist with its language tag', () => {
		for (const path of [
			'zh-tw',
			'zh-tw/articles/payment-failed',
			'zh-tw/categories/payments',
			'zh-tw/contact',
			'zh-tw/search',
		]) {
			expect(html(path), path).toMatch(/<html lang="zh-TW"/);
		}
		expect(html('zh-tw/articles/payment-failed')).toContain('如何解決OKPay錢包付款失敗的問題？');
	});

	test('the other languages link to it', () => {
		expect(html('en/articles/payment-failed')).toMatch(
			/hreflang="zh-TW" href="[^"]*\/zh-tw\/articles\/payment-failed\/"/,
		);
		expect(readFileSync(join(site.outDir, 'sitemap-0.xml'), 'utf8')).toContain(
			'/zh-tw/articles/payment-failed/',
		);
	});

	test('an article not yet translated gets the "not available" page in that language', () => {
		const page = html('zh-tw/articles/cancel-or-refund');
		expect(page).toContain('這篇文章還沒有繁體中文版本');
		expect(page).toMatch(/<meta name="robots" content="noindex/);
	});

	test('it has its own search index and translation status column', () => {
		expect(existsSync(join(site.outDir, 'pagefind'))).toBe(true);
		expect(html('en/status/translations')).toContain('繁體中文');
		expect(html('zh-cn/status/translations')).toMatch(/data-state="missing"/);
	});
});
