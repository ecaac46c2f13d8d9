import { describe, expect, test } from 'vitest';
import { scanPage } from '../../src/lib/html-scan';
import { checkLinks, toInternalTarget, type LinkedPage } from '../../src/lib/link-check';

const ORIGIN = 'https://help.example.com';

describe('toInternalTarget', () => {
	test.each([
		['/en/', '/en/contact/', { pathname: '/en/contact/', fragment: '' }],
		['/en/articles/a/', '../b/', { pathname: '/en/articles/b/', fragment: '' }],
		['/en/articles/a/', '#steps', { pathname: '/en/articles/a/', fragment: 'steps' }],
		['/en/', '/en/search/?q=refund#top', { pathname: '/en/search/', fragment: 'top' }],
		['/zh-cn/', '/zh-cn/%E6%90%9C/#%E4%B8%AD', { pathname: '/zh-cn/搜/', fragment: '中' }],
	])('on %s, %s is internal', (page, value, target) => {
		expect(toInternalTarget(page, value)).toEqual(target);
	});

	test.each([
		'https://example.org/',
		'//cdn.example.org/x.js',
		'mailto:a@example.com',
		'tel:+18005550123',
		'data:image/png;base64,AA',
		'javascript:void(0)',
		'',
		'#',
	])('%s is not checked', (value) => {
		expect(toInternalTarget('/en/', value, ORIGIN)).toBeUndefined();
	});

	test.each([
		[`${ORIGIN}/zh-cn/`, '/zh-cn/', ''],
		[`${ORIGIN}/chat`, '/chat', ''],
		['http://help.example.com/en/#hours', '/en/', 'hours'],
		['HTTPS://Help.Example.COM/en/', '/en/', ''],
		['https://help.example.com:443/en/', '/en/', ''],
		['https://help.example.com', '/', ''],
		['//help.example.com/en/', '/en/', ''],
	])('%s is on the site, so internal like a relative link', (value, pathname, fragment) => {
		expect(toInternalTarget('/en/', value, ORIGIN)).toEqual({ pathname, fragment });
		expect(toInternalTarget('/en/', value, `${ORIGIN}/`)).toEqual({ pathname, fragment });
	});

	test.each([
		'https://chat.help.example.com/chat',
		'https://help.example.com.evil.example/en/',
		'https://help.example.com:8443/en/',
		'ftp://help.example.com/en/',
	])('%s is another site', (value) => {
		expect(toInternalTarget('/en/', value, ORIGIN)).toBeUndefined();
	});

	test('an absolute URL counts as internal only when the site URL is given', () => {
		expect(toInternalTarget('/en/', `${ORIGIN}/chat`)).toBeUndefined();
	});
});

const page = (path: string, file: string, html: string): LinkedPage => ({
	path,
	file,
	scan: scanPage(html),
});

describe('checkLinks', () => {
	const pages = [
		page(
			'/en/',
			'/en/index.html',
			'<main id="main"><a href="/en/contact/#hours">x</a><a href="#main">skip</a><img src="/logo.svg" alt=""></main>',
		),
		page('/en/contact/', '/en/contact/index.html', '<section id="hours"></section>'),
	];
	const files = new Set(['/en/index.html', '/en/contact/index.html', '/logo.svg']);

	test('passes when every URL reaches a file and every fragment an id', () => {
		expect(checkLinks(pages, files, ORIGIN)).toEqual({ issues: [], checked: 3 });
	});

	test('names the page, the line and the link that points nowhere', () => {
		const broken = [
			page(
				'/en/',
				'/en/index.html',
				'<p>\n<a href="/en/nope/">x</a><a href="/en/contact">y</a></p>',
			),
			pages[1]!,
		];
		expect(checkLinks(broken, files, ORIGIN).issues).toEqual([
			{ file: '/en/', line: 2, rule: 'links', message: '<a href="/en/nope/"> points to no file' },
			{
				file: '/en/',
				line: 2,
				rule: 'links',
				message: '<a href="/en/contact"> points to no file (add the trailing slash)',
			},
		]);
	});

	test('reports a fragment with no element id, on another page or the same one', () => {
		const broken = [
			page('/en/', '/en/index.html', '<a href="/en/contact/#hour">x</a><a href="#mian">skip</a>'),
			pages[1]!,
		];
		expect(checkLinks(broken, files, ORIGIN).issues.map((i) => i.message)).toEqual([
			'<a href="/en/contact/#hour">: no element has id "hour" on /en/contact/',
			'<a href="#mian">: no element has id "mian" on /en/',
		]);
	});

	test('reports a path that a browser reads as another site (backslash for slash)', () => {
		const disguised = page(
			'/en/',
			'/en/index.html',
			'<a href="/\\evil.example/">a</a><a href="\\\\evil.example/x">b</a><a href="/%5Cok/">c</a>',
		);
		expect(checkLinks([disguised, pages[1]!], files, ORIGIN).issues.map((i) => i.message)).toEqual([
			'<a href="/\\evil.example/"> reads as a link to evil.example: browsers take a backslash for a slash; write a path on this site or the full https:// address',
			'<a href="\\\\evil.example/x"> reads as a link to evil.example: browsers take a backslash for a slash; write a path on this site or the full https:// address',
			'<a href="/%5Cok/"> points to no file',
		]);
		expect(toInternalTarget('/en/', '/\\evil.example/', ORIGIN)).toBeUndefined();
	});

	test('checks absolute links to the site like relative ones: page and anchor', () => {
		const absolute = page(
			'/en/',
			'/en/index.html',
			`<link rel="alternate" href="${ORIGIN}/fr/"><a href="${ORIGIN}/chat">chat</a>` +
				`<a href="http://HELP.example.com/en/contact/#hour">hours</a><a href="${ORIGIN}/en/contact/#hours">ok</a>`,
		);
		expect(checkLinks([absolute, pages[1]!], files, ORIGIN).issues.map((i) => i.message)).toEqual([
			`<link href="${ORIGIN}/fr/"> points to no file`,
			`<a href="${ORIGIN}/chat"> points to no file`,
			'<a href="http://HELP.example.com/en/contact/#hour">: no element has id "hour" on /en/contact/',
		]);
	});

	test('a broken link of an article body names the .mdx file and line, and the built page', () => {
		const articlePage = page(
			'/en/articles/a/',
			'/en/articles/a/index.html',
			'<nav><a href="/en/gone/">n</a></nav>\n<article data-pagefind-body>\n' +
				'<p><a href="/en/articles/nope/">x</a><a href="#mian">y</a><a href="/en/elsewhere/">z</a></p></article>',
		);
		const source = {
			file: 'content/articles/en/a.mdx',
			text: '---\ntitle: A\n---\n\nSee [x](/en/articles/nope/).\n\n[y](#mian)\n\n<Channel id="x" />\n',
		};
		const sourceOf = (path: string) => (path === '/en/articles/a/' ? source : undefined);
		const built = '(built page /en/articles/a/, line 3)';
		const withArticle = new Set([...files, articlePage.file]);
		expect(checkLinks([articlePage], withArticle, ORIGIN, sourceOf).issues).toEqual([
			{
				file: '/en/articles/a/',
				line: 1,
				rule: 'links',
				message: '<a href="/en/gone/"> points to no file',
			},
			{
				file: source.file,
				line: 5,
				rule: 'links',
				message: `<a href="/en/articles/nope/"> points to no file ${built}`,
			},
			{
				file: source.file,
				line: 7,
				rule: 'links',
				message: `<a href="#mian">: no element has id "mian" on /en/articles/a/ ${built}`,
			},
			{
				file: source.file,
				rule: 'links',
				message: `<a href="/en/elsewhere/"> points to no file ${built}`,
			},
		]);
	});

	test('reports a repeated broken link once per page', () => {
		const twice = [page('/en/', '/en/index.html', '<a href="/x/">1</a><a href="/x/">2</a>')];
		expect(checkLinks(twice, files, ORIGIN).issues).toHaveLength(1);
	});
});
