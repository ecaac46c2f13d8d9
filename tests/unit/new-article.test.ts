import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { afterAll, describe, expect, test } from 'vitest';
import {
	getArticleFile,
	renderNewArticle,
	toLocalIsoDate,
	validateNewArticle,
	yamlQuote,
} from '../../src/lib/new-article';
import { articleSchema, PLACEHOLDER_MARK } from '../../src/schemas/article';
import { copyContent, runScript } from '../support/run-script';

const categoryIds = ['contact', 'payments'];

describe('validateNewArticle', () => {
	test.each([
		['payment-failed', 'payments', undefined],
		['a1-b2', 'contact', undefined],
		['Payment-Failed', 'payments', /lowercase/],
		['payment_failed', 'payments', /lowercase/],
		['-payment', 'payments', /lowercase/],
		['payment--failed', 'payments', /lowercase/],
		['', 'payments', /lowercase/],
		['refund', 'billing', /unknown category "billing"; known categories: contact, payments/],
	])('slug %j in %j', (slug, category, expected) => {
		const problem = validateNewArticle({ slug, category, categoryIds });
		if (expected === undefined) expect(problem).toBeUndefined();
		else expect(problem).toMatch(expected);
	});
});

describe('renderNewArticle', () => {
	test.each(['zh-cn', 'en', 'zh-tw'])(
		'%s: the schema refuses only the TODO placeholders',
		(locale) => {
			const text = renderNewArticle({ locale, category: 'payments', updated: '2026-03-04' });
			const { frontmatter } = parseFrontmatter(text);
			const result = articleSchema.safeParse(frontmatter);
			expect(result.success).toBe(false);
			const problems = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
			expect(problems).toEqual([
				'title: title is still a TODO placeholder; write the real title',
				'description: description is still a TODO placeholder',
			]);
			const written = {
				...frontmatter,
				title: 'A real question title',
				description: 'A real one-sentence answer to it.',
			};
			expect(articleSchema.parse(written).updated).toEqual(new Date('2026-03-04T00:00:00Z'));
		},
	);

	test('both placeholders carry the mark', () => {
		const { frontmatter } = parseFrontmatter(
			renderNewArticle({ locale: 'en', category: 'payments', updated: '2026-03-04' }),
		);
		expect(frontmatter['title']).toContain(PLACEHOLDER_MARK);
		expect(frontmatter['description']).toContain(PLACEHOLDER_MARK);
	});
});

test.each([
	[new Date(2026, 0, 5, 23, 59), '2026-01-05'],
	[new Date(2026, 11, 31, 0, 0), '2026-12-31'],
])('toLocalIsoDate(%s)', (date, expected) => {
	expect(toLocalIsoDate(date)).toBe(expected);
});

test.each([
	['plain', "'plain'"],
	["it's", "'it''s'"],
	['TODO: x', "'TODO: x'"],
])('yamlQuote(%j)', (text, expected) => {
	expect(yamlQuote(text)).toBe(expected);
});

test('getArticleFile', () => {
	expect(getArticleFile('content/', 'en', 'refund')).toBe('content/articles/en/refund.mdx');
});

describe('npm run new', () => {
	const content = copyContent();
	afterAll(() => rmSync(join(content, '..'), { recursive: true, force: true }));
	const run = (...args: string[]) => runScript('new-article.ts', args, { CONTENT_DIR: content });

	test('creates the article in every locale and prints the paths', () => {
		const result = run('lost-phone', '--category', 'security');
		expect(result.status).toBe(0);
		for (const locale of ['zh-cn', 'en']) {
			const file = getArticleFile(content, locale, 'lost-phone');
			expect(result.stdout).toContain(file);
			expect(readFileSync(file, 'utf8')).toMatch(/^---\ntitle: 'TODO: /);
		}
	});

	test('refuses to overwrite, and changes nothing', () => {
		const before = readFileSync(getArticleFile(content, 'en', 'lost-phone'), 'utf8');
		const result = run('lost-phone', '--category', 'payments');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Not overwriting');
		expect(readFileSync(getArticleFile(content, 'en', 'lost-phone'), 'utf8')).toBe(before);
	});

	test('lists the known categories for an unknown one', () => {
		const result = run('new-card', '--category', 'cards');
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/unknown category "cards"; known categories: .*payments/);
		expect(existsSync(getArticleFile(content, 'zh-cn', 'new-card'))).toBe(false);
	});

	test.each([[['Bad_Slug', '--category', 'payments']], [['only-slug']], [[]]])(
		'rejects %j',
		(args) => {
			expect(run(...args).status).toBe(1);
		},
	);
});
