import { describe, expect, test } from 'vitest';
import { readRedirects } from '../../src/lib/redirects';
import { listSitePages } from '../../src/lib/site-pages';

const FILE = 'content/redirects.yaml';
const pages = listSitePages({
	locales: ['zh-cn', 'en'],
	articles: [
		{
			locale: 'zh-cn',
			slug: 'reset-password',
			data: { draft: false, formerSlugs: ['forgot-password'] },
		},
		{
			locale: 'en',
			slug: 'reset-password',
			data: { draft: false, formerSlugs: ['forgot-password'] },
		},
		{ locale: 'zh-cn', slug: 'change-language', data: { draft: false, formerSlugs: [] } },
	],
	categoryIds: ['general'],
});
const read = (source: string | undefined) => readRedirects(source, FILE, pages);
/** One entry, written as YAML with each value JSON-quoted (so tabs and newlines stay inside the value). */
const entry = (from: string, to: string) =>
	`- from: ${JSON.stringify(from)}\n  to: ${JSON.stringify(to)}\n`;

describe('readRedirects', () => {
	test('no file, an empty file and an empty list have no redirects and no problems', () => {
		for (const source of [undefined, '', '# nothing yet\n', '[]\n']) {
			expect(read(source)).toEqual({ redirects: [], issues: [] });
		}
	});

	test('returns entries that lead from a page that is gone to a page of this site', () => {
		const source =
			entry('/en/articles/old-help/', '/en/categories/general/') +
			entry('/zh-cn/articles/old-help/', '/zh-cn/articles/reset-password/') +
			entry('/en/old-contact/', '/en/contact/') +
			entry('/help/faq/', '/') +
			entry('/a/old-help/', '/a/reset-password/') +
			entry('/en/faq/', '/en/search/');
		const { redirects, issues } = read(source);
		expect(issues).toEqual([]);
		expect(redirects).toHaveLength(6);
		expect(redirects[0]).toEqual({ from: '/en/articles/old-help/', to: '/en/categories/general/' });
	});

	test.each([
		'//evil.example/',
		'//evil.example',
		'/\\evil.example/',
		'\\\\evil.example\\',
		'/%2f%2fevil.example/',
		'/%5c%5cevil.example/',
		'/%2e%2e/',
		'/./',
		'/../',
		'/en/../../evil.example/',
		'/\t/evil.example/',
		'/\n/evil.example/',
		' //evil.example/',
		'https://evil.example/',
		'http://help.okpay.example.com/en/',
		'javascript:alert(1)',
		'data:text/html,hi',
		'/／evil.example/',
		'/⁄evil.example/',
		'/EN/CONTACT/',
		'/en/contact',
		'/en/?next=//evil.example/',
		'',
	])('refuses the target %j, naming the entry, its line and the value', (to) => {
		const source = `# Removed pages\n${entry('/en/articles/old-help/', '/en/contact/')}${entry('/en/old-page/', to)}`;
		const { redirects, issues } = read(source);
		expect(redirects).toEqual([]);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ file: FILE, line: 5, field: '1.to' });
		expect(
			issues[0]!.message.startsWith(
				`"${to.replace('\t', '<U+0009>').replace('\n', '<U+000A>').replace(' ', ' ')}" `,
			),
		).toBe(true);
	});

	test.each([
		'//evil.example/',
		'/\\evil.example/',
		'/%2f/',
		'/%5c/',
		'/%2E/',
		'/./',
		'/../',
		'/en/./old/',
		'/en/articles/../old/',
		'/en//old/',
		'/en/old\tpage/',
		'/en/old page/',
		'/en/old\u200bpage/',
		'/En/Old-Page/',
		'/en/old／page/',
		'https://help.okpay.example.com/en/old/',
		'en/old/',
		'/en/old',
		'/en/old/?x=1',
	])('refuses the old path %j, naming the entry, its line and the value', (from) => {
		const { issues } = read(entry(from, '/en/contact/'));
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ file: FILE, line: 1, field: '0.from' });
	});

	test.each([
		[
			'/en/articles/reset-password/',
			'the en article "reset-password", which the site still builds',
		],
		['/en/', 'the en home page'],
		['/', 'the language chooser'],
		['/zh-cn/contact/', 'the zh-cn contact page'],
		['/en/categories/general/', 'the en page of the category "general"'],
		['/a/reset-password/', 'the short link of "reset-password"'],
		['/en/articles/change-language/', 'the notice that "change-language" has no en translation'],
		['/en/articles/forgot-password/', 'the redirect of the former slug "forgot-password"'],
		['/en/404/', 'the en not-found page'],
		['/en/status/translations/', 'the en translation status page'],
	])('refuses an old path the site still builds: %s', (from, what) => {
		const { issues } = read(entry(from, '/en/contact/'));
		expect(issues).toEqual([
			{
				file: FILE,
				line: 1,
				field: '0.from',
				rule: 'redirects',
				message: expect.stringContaining(`"${from}" is ${what}`),
			},
		]);
	});

	test.each(['/_astro/', '/pagefind/old/', '/og/en/', '/favicon.svg/', '/robots.txt/'])(
		'refuses %s, a folder or file of the build',
		(from) => {
			const { issues } = read(entry(from, '/en/contact/'));
			expect(issues).toHaveLength(1);
			expect(issues[0]!.message).toContain('where the build writes its own files');
		},
	);

	test.each([
		['/en/articles/no-such-page/', 'is not a page of this site'],
		['/fr/', 'is not a page of this site'],
		['/en/categories/cards/', 'is not a page of this site'],
		[
			'/en/articles/change-language/',
			'is the notice that "change-language" has no en translation, not a page to land on',
		],
		[
			'/en/articles/forgot-password/',
			'is the redirect of the former slug "forgot-password" of "reset-password", not a page to land on',
		],
		['/en/404/', 'not a page to land on'],
	])('refuses the target %s, which is no page to land on', (to, message) => {
		const { issues } = read(entry('/en/old-page/', to));
		expect(issues).toEqual([
			{
				file: FILE,
				line: 2,
				field: '0.to',
				rule: 'redirects',
				message: expect.stringContaining(message),
			},
		]);
	});

	test('a redirect to another redirect, or to itself, is refused (its target is no page)', () => {
		const chain = read(entry('/en/a/', '/en/b/') + entry('/en/b/', '/en/contact/'));
		expect(chain.issues).toMatchObject([
			{ field: '0.to', message: expect.stringContaining('"/en/b/" is not a page') },
		]);
		const loop = read(entry('/en/a/', '/en/a/'));
		expect(loop.issues).toMatchObject([
			{ field: '0.to', message: expect.stringContaining('"/en/a/" is not a page') },
		]);
	});

	test('the same old path twice names the first entry', () => {
		const { issues } = read(`${entry('/en/old/', '/en/contact/')}\n${entry('/en/old/', '/en/')}`);
		expect(issues).toEqual([
			{
				file: FILE,
				line: 4,
				field: '1.from',
				rule: 'redirects',
				message: '"/en/old/" is also the "from" of the entry at line 1; keep one of them',
			},
		]);
	});

	test('every bad value of every entry is listed at once', () => {
		const { issues } = read(entry('//a/', '//b/') + entry('/en/', '/nope/'));
		expect(issues.map((i) => [i.line, i.field])).toEqual([
			[1, '0.from'],
			[2, '0.to'],
			[3, '1.from'],
			[4, '1.to'],
		]);
	});

	test('a file that is not a list of { from, to } is refused with the field', () => {
		expect(read('from: /en/old/\nto: /en/\n').issues).toMatchObject([{ file: FILE }]);
		expect(read('- from: /en/old/\n').issues).toMatchObject([
			{ file: FILE, line: 1, field: '0.to' },
		]);
		expect(read('- from: /en/old/\n  to: /en/\n  status: 302\n').issues).toMatchObject([
			{ file: FILE, line: 1 },
		]);
		expect(read('- from: /en/old/\n  to: 42\n').issues).toMatchObject([
			{ file: FILE, line: 2, field: '0.to' },
		]);
	});

	test('invalid YAML is refused with its line', () => {
		const { issues } = read('- from: /en/old/\n  to: [\n');
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({
			file: FILE,
			message: expect.stringContaining('not valid YAML'),
		});
		expect(issues[0]!.line).toBeGreaterThan(0);
	});
});
