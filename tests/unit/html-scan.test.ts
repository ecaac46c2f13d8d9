import { describe, expect, test } from 'vitest';
import { getRefreshTarget, scanPage } from '../../src/lib/html-scan';

const refs = (html: string) => scanPage(html).refs.map((r) => `${r.line} ${r.tag}.${r.attr}=${r.value}`);

describe('scanPage refs', () => {
	test('lists href, src, each srcset candidate and form actions, with their line', () => {
		expect(
			refs('<a href="/a/">\n<img src="/i.png" srcset="/i-1.png 1x, /i-2.png 2x" alt=""></a>\n<form action="/en/search/"></form>'),
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
		expect(scanPage('<help-search data-m="{&quot;a&quot;:&quot;>&quot;}" id="s"></help-search>').ids).toEqual(new Set(['s']));
	});

	test('marks the URLs inside the article body (data-pagefind-body), which a writer wrote', () => {
		const scan = scanPage(
			'<nav><a href="/n/">n</a></nav><article data-pagefind-body><div><a href="/b/">b</a></div></article><a href="/f/">f</a>',
		);
		expect(scan.refs.map((r) => `${r.value} ${r.inBody}`)).toEqual(['/n/ false', '/b/ true', '/f/ false']);
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

describe('getRefreshTarget', () => {
	test.each([
		['0; url=/en/', '/en/'],
		["0;URL='/en/a/'", '/en/a/'],
		['5', undefined],
	])('%s → %s', (content, target) => {
		expect(getRefreshTarget(content)).toBe(target);
	});
});
