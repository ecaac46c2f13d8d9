/**
 * The build validates each page's outline, each article body in its ancestors, and one whole
 * page per shell (src/lib/page-documents.ts) instead of every whole page. For each kind of
 * invalid HTML a source can produce, these tests check that this finds exactly what validating
 * the whole page finds, on the same lines.
 */
import { HtmlValidate, type Message } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { findBodies } from '../../src/lib/html-scan';
import { parsePage } from '../../src/lib/html-tree';
import { getScopeConfig, htmlValidateConfig } from '../../src/lib/html-validation';
import { getBodyRanges, getPageCheck, getShellCheck } from '../../src/lib/page-documents';
import { getShellKey } from '../../src/lib/page-shell';

const whole = new HtmlValidate(htmlValidateConfig);
const scoped = {
	all: whole,
	elements: new HtmlValidate(getScopeConfig('elements')),
	document: new HtmlValidate(getScopeConfig('document')),
};

/** A page shaped like the article template: header with search, main with the body, an aside, a footer. */
const page = (body: string, { shell = '', title = 'Reset your password', indexed = true } = {}) =>
	[
		'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Help</title></head><body>',
		'<header><nav aria-label="Main"><a href="/en/">Home</a></nav>',
		'<form role="search" action="/en/search/"><label for="q">Search</label><input id="q" type="search" name="q"><button type="submit">Go</button></form>',
		`${shell}</header>`,
		'<main id="main"><nav aria-label="Breadcrumb"><a href="/en/">Home</a></nav>',
		`<article${indexed ? ' data-pagefind-body' : ''}><h1>${title}</h1>`,
		body,
		'</article><aside aria-labelledby="help"><h2 id="help">Still need help?</h2><a href="/en/contact/">Contact</a></aside></main>',
		'<footer><p>OKPay</p></footer></body></html>',
	].join('\n');

const found = (messages: readonly Message[]) => messages.map((m) => `${m.line} ${m.ruleId}`).sort();

async function validateWhole(html: string): Promise<string[]> {
	return found((await whole.validateString(html, 'page.html')).results.flatMap((r) => r.messages));
}

/** Validates a page the way the build does when the page is the first of its shell. */
async function validateByDocuments(html: string): Promise<string[]> {
	const page = parsePage(html);
	const bodies = findBodies(page.document);
	const messages: Message[] = [];
	for (const check of [getPageCheck(page, bodies), getShellCheck(html, getBodyRanges(bodies))]) {
		const report = await scoped[check.scope].validateString(check.text, 'page.html');
		messages.push(
			...report.results.flatMap((r) => r.messages).filter((m) => check.counts(m.ruleId, m.offset)),
		);
	}
	return found(messages);
}

describe('validating outline, bodies and one page per shell', () => {
	test.each([
		['a valid page', ''],
		// The body: anything an author writes in MDX, checked with its own elements.
		['an image without alt in the body', '<p><img src="/a.png"></p>'],
		['a button without type in the body', '<p><button>Copy</button></p>'],
		['a block element in a paragraph', '<p>Text <div>block</div></p>'],
		['a phone link that can break', '<p><a href="tel:+18005550123">+1 800 555 0123</a></p>'],
		[
			'two callouts with one name',
			'<aside aria-label="Note"><p>a</p></aside><aside aria-label="Note"><p>b</p></aside>',
		],
		// The body in its ancestors: a rule that depends on where the template puts the body.
		['a main element inside the article', '<main><p>x</p></main>'],
		// The body next to the template: rules that relate elements anywhere in the page.
		['a body id the template also uses', '<h2 id="main">Main</h2>'],
		[
			'a body landmark named like a template landmark',
			'<aside aria-label="Still need help?"><p>x</p></aside>',
		],
		[
			'a body label for a template element that is no control',
			'<p><label for="help">Help</label></p>',
		],
		[
			'two body controls with one name',
			'<p><input type="text" name="a" aria-label="A"><input type="text" name="a" aria-label="B"></p>',
		],
		[
			'a body form without a submit button',
			'<form><input type="text" name="a" aria-label="A"></form>',
		],
	])('%s: finds what validating the whole page finds', async (_name, body) => {
		const html = page(body);
		expect(await validateByDocuments(html)).toEqual(await validateWhole(html));
	});

	test.each([
		['a duplicate id', '<h2 id="main">Main</h2>'],
		['an image without alt', '<p><img src="/a.png"></p>'],
	])(
		'a page without an article body (short link, category): %s is found',
		async (_name, content) => {
			const html = page(content, { indexed: false });
			expect(await validateWhole(html)).not.toEqual([]);
			expect(await validateByDocuments(html)).toEqual(await validateWhole(html));
		},
	);

	test('a problem in the template shell is found on the page checked whole', async () => {
		const html = page('<p>x</p>', { shell: '<img src="/logo.png">' });
		expect(await validateWhole(html)).toContain('4 wcag/h37');
		expect(await validateByDocuments(html)).toEqual(await validateWhole(html));
	});
});

describe('getShellKey', () => {
	const key = (html: string) => {
		const { document } = parsePage(html);
		return getShellKey(document, new Set(findBodies(document)));
	};

	test('pages that differ in their body, text and URLs share a shell', () => {
		expect(key(page('<p>one</p>'))).toBe(key(page('<p>two <img src="/x.png"></p>')));
		expect(key(page('<p>x</p>', { title: 'Other title' }))).toBe(key(page('<p>x</p>')));
		expect(key(page('', { shell: '<a href="/en/a/">A</a>' }))).toBe(
			key(page('', { shell: '<a href="/zh-cn/b/">B</a>' })),
		);
	});

	test.each([
		['another element', '<img src="/logo.png" alt="">'],
		['an empty text where the other has text', '<a href="/en/a/"></a>'],
		['a URL of another kind', '<a href="tel:+18005550123">A</a>'],
		['another attribute value', '<a href="/en/a/" class="other">A</a>'],
		['whitespace at a line end', '<a href="/en/a/">A</a> \n'],
	])('%s makes another shell', (_name, shell) => {
		expect(key(page('', { shell }))).not.toBe(key(page('', { shell: '<a href="/en/a/">A</a>' })));
	});

	test('redirect pages share a shell whatever their target, not whatever their delay', () => {
		const redirect = (content: string) =>
			`<!DOCTYPE html><html lang="en"><head><meta http-equiv="refresh" content="${content}"></head><body></body></html>`;
		expect(key(redirect('0; url=/en/articles/a/'))).toBe(
			key(redirect('0; url=/zh-cn/articles/b/')),
		);
		expect(key(redirect('0; url=/en/articles/a/'))).not.toBe(
			key(redirect('5; url=/en/articles/a/')),
		);
		expect(key(redirect('0; url=/en/articles/a/'))).not.toBe(key(redirect('0')));
	});

	test('the text of a phone link is part of the shell', () => {
		const tel = (text: string) => page('', { shell: `<a href="tel:+18005550123">${text}</a>` });
		expect(key(tel('+1 800 555 0123'))).not.toBe(key(tel('+1\u00a0800\u00a0555\u00a00123')));
	});
});
