import { describe, expect, test } from 'vitest';
import { prepareHtmlForIndex } from '../../src/lib/search/index-html';

const page = (lang: string, head: string, body: string) =>
	`<!DOCTYPE html><html lang="${lang}"><head>${head}</head><body><header><a href="/">Home</a></header>${body}<footer>Footer</footer></body></html>`;

const block = (keywords: string, synonyms: string) =>
	`<p data-pagefind-weight="6">${keywords}</p><p data-pagefind-weight="4">${synonyms}</p>`;

describe('prepareHtmlForIndex: search terms', () => {
	const html = page('en', '<title>Payment failed</title>', '<article class="article" data-pagefind-body><h1>Payment failed</h1><p>Text.</p></article>');

	test('puts keywords and synonyms at the top of the data-pagefind-body element', () => {
		expect(prepareHtmlForIndex(html, { keywords: ['payment', 'failed'], synonyms: ['card declined', 'pay error'] })).toBe(
			page(
				'en',
				'<title>Payment failed</title>',
				`<article class="article" data-pagefind-body>${block('payment · failed', 'card declined · pay error')}<h1>Payment failed</h1><p>Text.</p></article>`,
			),
		);
	});

	test('the block is inside the body element, not after it', () => {
		const out = prepareHtmlForIndex(html, { keywords: [], synonyms: ['card declined'] });
		const body = /<article[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/article>/.exec(out)?.[1];
		expect(body).toBe(`${block('', 'card declined')}<h1>Payment failed</h1><p>Text.</p>`);
	});

	test('escapes the terms', () => {
		const out = prepareHtmlForIndex(html, { keywords: ['A&B', '<x>'], synonyms: ['"quoted"'] });
		expect(out).toContain(block('A&amp;B · &lt;x&gt;', '&quot;quoted&quot;'));
	});

	test.each([
		['no terms', undefined],
		['empty terms', { keywords: [], synonyms: [] }],
	])('%s leave an English page unchanged', (_name, terms) => {
		expect(prepareHtmlForIndex(html, terms)).toBe(html);
	});

	test('a page without data-pagefind-body is left unchanged', () => {
		const other = page('en', '<title>Home</title>', '<main><h1>Home</h1></main>');
		expect(prepareHtmlForIndex(other, { keywords: ['x'], synonyms: ['y'] })).toBe(other);
	});

	test('finds the body attribute among other attributes', () => {
		const out = prepareHtmlForIndex('<html lang="en"><body><div id="x" data-pagefind-body class="y"><p>Hi</p></div></body></html>', {
			keywords: ['k'],
			synonyms: ['s'],
		});
		expect(out).toBe(`<html lang="en"><body><div id="x" data-pagefind-body class="y">${block('k', 's')}<p>Hi</p></div></body></html>`);
	});
});

describe('prepareHtmlForIndex: Chinese spacing', () => {
	const head = '<title>支付失败</title><script type="module">const q = "支付失败";</script><style>.a::after { content: "钱包"; }</style>';
	const article =
		'<article data-pagefind-body data-title="支付失败"><h1>支付失败怎么办</h1><p>在OKPay钱包里<a href="/zh-cn/search/?q=退款" title="退款说明">申请退款</a>。</p></article>';

	test('spaces text but not tags, attributes, scripts or styles', () => {
		expect(prepareHtmlForIndex(page('zh-CN', head, article), undefined)).toBe(
			page(
				'zh-CN',
				'<title>支 付 失 败</title><script type="module">const q = "支付失败";</script><style>.a::after { content: "钱包"; }</style>',
				'<article data-pagefind-body data-title="支付失败"><h1>支 付 失 败 怎 么 办</h1><p>在 OKPay 钱 包 里<a href="/zh-cn/search/?q=退款" title="退款说明">申 请 退 款</a>。</p></article>',
			),
		);
	});

	test('spaces the added search terms too', () => {
		const out = prepareHtmlForIndex(page('zh-CN', '', '<article data-pagefind-body><h1>冻结</h1></article>'), {
			keywords: ['账号', '冻结'],
			synonyms: ['被锁'],
		});
		expect(out).toBe(page('zh-CN', '', `<article data-pagefind-body>${block('账 号 · 冻 结', '被 锁')}<h1>冻 结</h1></article>`));
	});

	test.each([['zh'], ['zh-cn'], ['zh-Hant-TW'], ['ja']])('lang=%j is spaced', (lang) => {
		expect(prepareHtmlForIndex(page(lang, '', '<p>钱包</p>'), undefined)).toBe(page(lang, '', '<p>钱 包</p>'));
	});

	test.each([['en'], ['en-US'], ['zha'], ['']])('lang=%j is not spaced', (lang) => {
		const html = page(lang, '', '<p>钱包</p>');
		expect(prepareHtmlForIndex(html, undefined)).toBe(html);
	});

	test('an English page quoting Chinese is not spaced', () => {
		const html = page('en', '<title>Language</title>', '<article data-pagefind-body><p>Switch to 简体中文</p></article>');
		expect(prepareHtmlForIndex(html, { keywords: ['中文'], synonyms: [] })).toBe(
			page('en', '<title>Language</title>', `<article data-pagefind-body>${block('中文', '')}<p>Switch to 简体中文</p></article>`),
		);
	});
});
