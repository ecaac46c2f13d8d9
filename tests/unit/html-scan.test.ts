import { describe, expect, test } from 'vitest';
import {
	findBodies,
	getRefreshTarget,
	maskRefreshTarget,
	readPage,
	scanPage,
} from '../../src/lib/html-scan';
import { parsePage } from '../../src/lib/html-tree';

const refs = (html: string) =>
	scanPage(html).refs.map((r) => `${r.line} ${r.tag}.${r.attr}=${r.value}`);

describe('scanPage refs', () => {
	test('lists href, src, each srcset candidate and form actions, with their line', () => {
		expect(
			refs(
				'<a href="/a/">\n<img src="/i.png" srcset="/i-1.png 1x, /i-2.png 2x" alt=""></a>\n<form action="/en/search/"></form>',
			),
		).toEqual([
			'1 a.href=/a/',
			'2 img.src=/i.png',
			'2 img.srcset=/i-1.png',
			'2 img.srcset=/i-2.png',
			'3 form.action=/en/search/',
		]);
	});

	test('decodes character references in attribute values, as a browser does', () => {
		expect(refs('<a href="/en/?a=1&amp;b=2#&#x4e2d;">x</a>')).toEqual(['1 a.href=/en/?a=1&b=2#中']);
	});

	test('reads no URL inside comments, scripts or styles, but the script tag itself', () => {
		expect(
			refs(
				'<!-- <a href="/c/"> -->\n<script type="module" src="/s.js">const a = "<a href=\'/x/\'>";</script><style>a[href="/y/"]{}</style><a href="/z/">z</a>',
			),
		).toEqual(['2 script.src=/s.js', '2 a.href=/z/']);
	});

	test('keeps ">" inside quoted attribute values', () => {
		expect(
			scanPage('<help-search data-m="{&quot;a&quot;:&quot;>&quot;}" id="s"></help-search>').ids,
		).toEqual(new Set(['s']));
	});

	test('marks the URLs inside the article body (data-pagefind-body), which a writer wrote', () => {
		const scan = scanPage(
			'<nav><a href="/n/">n</a></nav><article data-pagefind-body><div><a href="/b/">b</a></div></article><a href="/f/">f</a>',
		);
		expect(scan.refs.map((r) => `${r.value} ${r.inBody}`)).toEqual([
			'/n/ false',
			'/b/ true',
			'/f/ false',
		]);
	});

	test('reads links inside a template too', () => {
		expect(refs('<template><a href="/t/">t</a></template>')).toEqual(['1 a.href=/t/']);
	});
});

describe('scanPage', () => {
	test('collects ids, anchor names, language and page kind', () => {
		const scan = scanPage(
			'<html lang="en"><head><meta name="robots" content="noindex, follow"><meta http-equiv="refresh" content="0; url=/en/articles/new/"></head>' +
				'<body><main id="main" data-pagefind-body><a name="legacy"></a><h2 id="steps">x</h2></main></body></html>',
		);
		expect([...scan.ids]).toEqual(['main', 'legacy', 'steps']);
		expect(scan.noindex).toBe(true);
		expect(scan.refreshTo).toBe('/en/articles/new/');
		expect(scan.indexed).toBe(true);
		expect(scan.lang).toBe('en');
	});

	test('a plain page is indexable, not a redirect, not in the search index', () => {
		const scan = scanPage(
			'<html><head><meta name="description" content="noindex is just a word here"></head><body></body></html>',
		);
		expect(scan.noindex).toBe(false);
		expect(scan.refreshTo).toBeUndefined();
		expect(scan.indexed).toBe(false);
	});
});

describe('findBodies', () => {
	test('returns the outermost article bodies, in document order', () => {
		const { document } = parsePage(
			'<main data-pagefind-body id="a"><div data-pagefind-body id="inner"></div></main><p></p><article data-pagefind-body id="b"></article>',
		);
		expect(findBodies(document).map((body) => body.attribs['id'])).toEqual(['a', 'b']);
	});

	test('a page without data-pagefind-body has none', () => {
		expect(findBodies(parsePage('<p data-pagefind-bodyx>data-pagefind-body</p>').document)).toEqual(
			[],
		);
	});
});

describe('readPage', () => {
	const html =
		'<html lang="zh-CN"><body><nav><a href="/n/">导航</a></nav><article data-pagefind-body><h1>标题</h1><p><a href="/b/">正文</a></p></article></body></html>';

	test('reads the scan, the bodies and the search outline from one parse', () => {
		const page = parsePage(html);
		const { scan, bodies, outline } = readPage(page);
		expect(scan).toEqual(scanPage(html));
		expect(bodies).toEqual(findBodies(page.document));
		expect(outline).toMatchObject({
			lang: 'zh-cn',
			title: '标题',
			sections: [{ id: '', heading: '', blocks: ['正文'] }],
		});
	});

	test('a page without an article body has no outline', () => {
		expect(
			readPage(parsePage('<html lang="en"><body><p>x</p></body></html>')).outline,
		).toBeUndefined();
	});

	test('leaves the tree as it was: every other step reads the same parse', () => {
		const page = parsePage(html.replace('<p>', '<p><span data-pagefind-ignore>忽略</span>'));
		const links = new Set(['parent', 'prev', 'next']);
		const tree = () =>
			JSON.stringify(page.document, (key, value: unknown) => (links.has(key) ? undefined : value));
		const before = tree();
		readPage(page);
		expect(tree()).toBe(before);
	});
});

describe('getRefreshTarget', () => {
	test.each([
		['0; url=/en/', '/en/'],
		["0;URL='/en/a/'", '/en/a/'],
		['5', undefined],
	])('%s → %s', (content, target) => {
		expect(getRefreshTarget(content)).toBe(target);
	});
});

describe('maskRefreshTarget', () => {
	test.each([
		['0; url=/en/', '0; url=U'],
		["0;URL='/en/a/'", '0;URL=U'],
		['5', '5'],
	])('%s → %s', (content, masked) => {
		expect(maskRefreshTarget(content)).toBe(masked);
	});
});
