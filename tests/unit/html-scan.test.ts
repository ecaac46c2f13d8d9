import { describe, expect, test } from 'vitest';
import { decodeEntities, listRefs, listTags, scanPage } from '../../src/lib/html-scan';

describe('listTags', () => {
	test('reads start tags with decoded attributes and their line', () => {
		const tags = listTags(
			'<p>\n<a href="/en/?a=1&amp;b=2" data-x=\'y\' hidden>x</a>\n<IMG SRC=/logo.svg alt="">',
		);
		expect(tags.map((t) => [t.name, t.line])).toEqual([
			['p', 1],
			['a', 2],
			['img', 3],
		]);
		expect(tags[1]!.attrs.get('href')).toBe('/en/?a=1&b=2');
		expect(tags[1]!.attrs.get('data-x')).toBe('y');
		expect(tags[1]!.attrs.has('hidden')).toBe(true);
		expect(tags[2]!.attrs.get('src')).toBe('/logo.svg');
	});

	test('skips comments and the content of scripts and styles, but keeps their tags', () => {
		const html =
			'<!-- <a href="/c/"> -->\n<script type="module" src="/s.js">const a = "<a href=\'/x/\'>";</script><style>a[href="/y/"]{}</style><a href="/z/">';
		expect(listTags(html).map((t) => [t.name, t.attrs.get('src') ?? t.attrs.get('href')])).toEqual([
			['script', '/s.js'],
			['style', undefined],
			['a', '/z/'],
		]);
	});

	test('keeps ">" inside quoted attribute values', () => {
		expect(
			listTags('<help-search data-m="{&quot;a&quot;:&quot;>&quot;}" id="s">')[0]!.attrs.get('id'),
		).toBe('s');
	});
});

describe('decodeEntities', () => {
	test.each([
		['a&amp;b', 'a&b'],
		['&#35;top', '#top'],
		['&#x4e2d;', '中'],
		['&unknown;', '&unknown;'],
	])('%s → %s', (input, output) => {
		expect(decodeEntities(input)).toBe(output);
	});
});

describe('listRefs', () => {
	test('lists href, src, each srcset candidate and form actions', () => {
		const refs = listRefs(
			listTags(
				'<a href="/a/"><img src="/i.png" srcset="/i-1.png 1x, /i-2.png 2x" alt=""><form action="/en/search/"></form>',
			),
		);
		expect(refs.map((r) => `${r.tag}.${r.attr}=${r.value}`)).toEqual([
			'a.href=/a/',
			'img.src=/i.png',
			'img.srcset=/i-1.png',
			'img.srcset=/i-2.png',
			'form.action=/en/search/',
		]);
	});
});

describe('scanPage', () => {
	test('collects ids, anchor names and page kind', () => {
		const scan = scanPage(
			'<html><head><meta name="robots" content="noindex, follow"><meta http-equiv="refresh" content="0; url=/en/articles/new/"></head>' +
				'<body><main id="main" data-pagefind-body><a name="legacy"></a><h2 id="steps">x</h2></main></body></html>',
		);
		expect([...scan.ids]).toEqual(['main', 'legacy', 'steps']);
		expect(scan.noindex).toBe(true);
		expect(scan.refreshTo).toBe('/en/articles/new/');
		expect(scan.indexed).toBe(true);
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
