import { describe, expect, test } from 'vitest';
import { readPage } from '../../src/lib/html-scan';
import { parsePage } from '../../src/lib/html-tree';
import { toIndexHtml, toPreview, TOKEN_CAP } from '../../src/lib/search/index-record';
import { encodeHan } from '../../src/lib/search/tokens';

const page = `<!doctype html><html lang="zh-CN"><head><title>x</title></head><body>
<nav>导航 不算</nav>
<article data-pagefind-body><header><h1 data-pagefind-meta="title">如何注册账户？</h1>
<p data-pagefind-ignore>最后更新：2026年</p>
<span data-pagefind-meta="category[data-value]" data-value="账户与安全"></span>
<span data-pagefind-meta="description[data-value]" data-value="下载APP并注册。"></span></header>
<div class="prose"><p>注册很简单。</p>
<h2 id="步骤">步骤<a href="#步骤" data-pagefind-ignore>#</a></h2>
<div class="steps"><ol><li>下载APP。</li><li><p>输入手机号码。</p><p>设置密码。</p></li></ol></div>
<aside class="callout"><p class="callout__title">提示</p><div><p>请勿泄露<strong>验证码</strong>。</p></div></aside>
<h2 id="empty">没有内容</h2>
<h3 id="更多">更多</h3><table><tr><td>单元格</td></tr></table>
<script>ignored()</script></div></article></body></html>`;

/** The outline the build reads from a page (readPage, on the page's one parse). */
const readPageOutline = (html: string) => readPage(parsePage(html)).outline;

describe('readPage outline', () => {
	const outline = readPageOutline(page)!;

	test('reads language, title, category and description', () => {
		expect(outline).toMatchObject({
			lang: 'zh-cn',
			title: '如何注册账户？',
			category: '账户与安全',
			description: '下载APP并注册。',
		});
	});

	test('splits the body into sections at headings with ids, one block per paragraph, item or cell', () => {
		expect(outline.sections).toEqual([
			{ id: '', heading: '', blocks: ['注册很简单。'] },
			{
				id: '步骤',
				heading: '步骤',
				blocks: ['下载APP。', '输入手机号码。', '设置密码。', '提示', '请勿泄露验证码。'],
			},
			{ id: 'empty', heading: '没有内容', blocks: [] },
			{ id: '更多', heading: '更多', blocks: ['单元格'] },
		]);
	});

	test('ignores what the page marks data-pagefind-ignore, scripts, and everything outside the body', () => {
		const all = JSON.stringify(outline);
		for (const hidden of ['最后更新', '#', 'ignored', '导航']) expect(all).not.toContain(hidden);
	});

	test('a page without data-pagefind-body has no outline', () => {
		expect(readPageOutline('<html lang="en"><body><p>x</p></body></html>')).toBeUndefined();
	});
});

describe('toIndexHtml', () => {
	const outline = readPageOutline(page)!;
	const html = toIndexHtml(outline, {
		keywords: ['开户'],
		synonyms: ['怎么注册', 'sign "up" <now>'],
	});

	test('indexes tokens, not the text, and keeps keywords and synonyms out of the body', () => {
		expect(html).not.toMatch(/[\u4e00-\u9fff]/u);
		const body = html.slice(html.indexOf('<main'));
		expect(body).not.toContain(encodeHan('开') + encodeHan('户'));
		expect(html).toContain(
			`data-pagefind-meta="keywords[data-value]" data-value="${encodeHan('开') + encodeHan('户')} ${encodeHan('户')}"`,
		);
	});

	test('escapes attribute values', () => {
		expect(html).toContain('data-value="');
		expect(html).not.toContain('"up"');
		expect(html).not.toContain('<now>');
	});

	test(`repeats a token at most ${TOKEN_CAP} times on a page`, () => {
		const repeated = readPageOutline(page.replace('注册很简单。', '退款。'.repeat(10)))!;
		const refund = encodeHan('退') + encodeHan('款');
		expect(toIndexHtml(repeated, undefined).split(refund).length - 1).toBe(TOKEN_CAP);
	});
});

describe('toPreview', () => {
	test('holds the page text by section for excerpts, and the writer terms for ranking only', () => {
		const preview = toPreview(readPageOutline(page)!, '/zh-cn/articles/a/', {
			keywords: ['开户'],
			synonyms: ['怎么注册'],
		});
		expect(preview.sections[1]).toEqual([
			'步骤',
			'步骤',
			'下载APP。\n输入手机号码。\n设置密码。\n提示\n请勿泄露验证码。',
		]);
		expect(preview.terms).toEqual(['开户', '怎么注册']);
		expect(preview.url).toBe('/zh-cn/articles/a/');
	});
});
