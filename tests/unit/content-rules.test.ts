import { describe, expect, test } from 'vitest';
import type { ArticleRecord, CategoryRecord } from '../../src/lib/articles';
import { checkContentRules, hasReaderText } from '../../src/lib/content-rules';
import { formatIssues } from '../../src/lib/issues';
import type { ArticleData } from '../../src/schemas/article';
import { articleData } from '../support/article-data';

const data = articleData;

const file = (locale: string, slug: string) => `content/articles/${locale}/${slug}.mdx`;

const article = (
	locale: string,
	slug: string,
	overrides: Partial<ArticleData> = {},
): ArticleRecord => ({
	id: `${locale}/${slug}`,
	locale,
	slug,
	filePath: file(locale, slug),
	data: data({ title: `${slug} (${locale}) title`, ...overrides }),
	body: 'The answer, in a sentence or two.',
});

const category = (id: string): CategoryRecord => ({
	id,
	order: 1,
	icon: 'wallet',
	title: { 'zh-cn': id, en: id },
	description: { 'zh-cn': id, en: id },
});

const categories = [category('payments'), category('account')];

/** A consistent two-language set: every reference resolves. */
const clean = (): ArticleRecord[] => [
	article('zh-cn', 'payment-failed', { related: ['refund'], formerSlugs: ['pay-error'] }),
	article('zh-cn', 'refund', { category: 'account', related: ['payment-failed'] }),
	article('en', 'payment-failed', { related: ['refund'], formerSlugs: ['pay-error'] }),
	article('en', 'refund', { category: 'account' }),
];

const check = (
	articles: readonly ArticleRecord[],
	categoryList: readonly CategoryRecord[] = categories,
) =>
	checkContentRules({
		articles,
		categories: categoryList,
		locales: ['zh-cn', 'en'],
		sourceLocale: 'zh-cn',
		categoriesFile: 'content/categories.yaml',
	});

/** Returns the clean set with one article replaced (or added). */
const withArticle = (replacement: ArticleRecord) => [
	...clean().filter((a) => a.id !== replacement.id),
	replacement,
];

describe('checkContentRules', () => {
	test('a clean set gives no issues', () => {
		expect(check(clean())).toEqual([]);
	});

	test('an empty set gives no issues', () => {
		expect(check([], [])).toEqual([]);
	});

	test('unknown category', () => {
		expect(check(withArticle(article('en', 'refund', { category: 'billing' })))).toEqual([
			{
				file: file('en', 'refund'),
				field: 'category',
				rule: 'references',
				message:
					'unknown category "billing"; known categories in content/categories.yaml: payments, account',
			},
		]);
	});

	test('related to a missing article', () => {
		expect(
			check(withArticle(article('en', 'refund', { category: 'account', related: ['no-such'] }))),
		).toEqual([
			{
				file: file('en', 'refund'),
				field: 'related',
				rule: 'references',
				message:
					'"no-such" is not a published en article (expected content/articles/en/no-such.mdx)',
			},
		]);
	});

	test('related to an article that exists only in another language', () => {
		const articles = [
			...withArticle(article('en', 'refund', { category: 'account', related: ['zh-only'] })),
			article('zh-cn', 'zh-only'),
		];
		expect(check(articles)).toEqual([
			{
				file: file('en', 'refund'),
				field: 'related',
				rule: 'references',
				message:
					'"zh-only" is not a published en article (expected content/articles/en/zh-only.mdx)',
			},
		]);
	});

	test('related to a draft article', () => {
		const articles = [
			...clean().filter((a) => a.id !== 'en/refund'),
			article('en', 'refund', { category: 'account', draft: true }),
		];
		expect(check(articles)).toEqual([
			{
				file: file('en', 'payment-failed'),
				field: 'related',
				rule: 'references',
				message: '"refund" is not a published en article (expected content/articles/en/refund.mdx)',
			},
		]);
	});

	test('a draft may point at articles that do not exist yet', () => {
		const articles = [
			...clean(),
			article('zh-cn', 'drafted'),
			article('en', 'drafted', { draft: true, related: ['later'] }),
		];
		expect(check(articles)).toEqual([]);
	});

	test('related to itself', () => {
		expect(
			check(withArticle(article('en', 'refund', { category: 'account', related: ['refund'] }))),
		).toEqual([
			{
				file: file('en', 'refund'),
				field: 'related',
				rule: 'references',
				message: '"refund" is the article itself',
			},
		]);
	});

	test('orphan translation: an en slug with no zh-cn source', () => {
		expect(check([...clean(), article('en', 'orphan')])).toEqual([
			{
				file: file('en', 'orphan'),
				field: 'slug',
				rule: 'slug',
				message:
					'no zh-cn article has the slug "orphan"; a translation must use its source article\'s file name (content/articles/zh-cn/orphan.mdx)',
			},
		]);
	});

	test('a source-language article without translation is fine', () => {
		expect(check([...clean(), article('zh-cn', 'new-article')])).toEqual([]);
	});

	test('unknown locale folder is reported once, without further checks', () => {
		const stray = article('fr', 'stray', { category: 'nope', related: ['stray'] });
		expect(check([...clean(), stray])).toEqual([
			{
				file: file('fr', 'stray'),
				rule: 'slug',
				message: 'folder "fr" is not a configured locale (expected one of: zh-cn, en)',
			},
		]);
	});

	test('formerSlugs clashing with a current slug', () => {
		expect(
			check(
				withArticle(
					article('en', 'refund', { category: 'account', formerSlugs: ['payment-failed'] }),
				),
			),
		).toEqual([
			{
				file: file('en', 'refund'),
				field: 'formerSlugs',
				rule: 'slug',
				message: '"payment-failed" is the slug of an existing article',
			},
		]);
	});

	test('formerSlugs clashing with a slug that exists only in another locale', () => {
		const articles = [
			...withArticle(article('en', 'refund', { category: 'account', formerSlugs: ['zh-only'] })),
			article('zh-cn', 'zh-only'),
		];
		expect(check(articles)).toEqual([
			{
				file: file('en', 'refund'),
				field: 'formerSlugs',
				rule: 'slug',
				message: '"zh-only" is the slug of an existing article',
			},
		]);
	});

	test('the same former slug on two articles of one locale', () => {
		expect(
			check(
				withArticle(article('en', 'refund', { category: 'account', formerSlugs: ['pay-error'] })),
			),
		).toEqual([
			{
				file: file('en', 'refund'),
				field: 'formerSlugs',
				rule: 'slug',
				message: '"pay-error" is also a former slug of "payment-failed"',
			},
		]);
	});

	// The short link /a/<former>/ is language-neutral, so a former slug belongs to one article only.
	test('the same former slug on two different articles in different locales', () => {
		const articles = [
			...clean(),
			article('zh-cn', 'wallet', { category: 'account', formerSlugs: ['old-page'] }),
			article('zh-cn', 'limits', { category: 'account' }),
			article('en', 'limits', { category: 'account', formerSlugs: ['old-page'] }),
		];
		expect(check(articles)).not.toEqual([]);
	});

	test('duplicate title in one locale', () => {
		const articles = withArticle(
			article('en', 'refund', { category: 'account', title: 'payment-failed (en) title' }),
		);
		expect(check(articles)).toEqual([
			{
				file: file('en', 'refund'),
				field: 'title',
				rule: 'unique-titles',
				message: `same title as ${file('en', 'payment-failed')}; every page title must be unique`,
			},
		]);
	});

	test('the same title in two locales is fine', () => {
		const articles = clean().map((a) =>
			a.slug === 'refund' ? { ...a, data: { ...a.data, title: 'Refund (shared title)' } } : a,
		);
		expect(check(articles)).toEqual([]);
	});

	test('a draft may share a published title', () => {
		const articles = [
			...clean(),
			article('zh-cn', 'drafted'),
			article('en', 'drafted', { title: 'payment-failed (en) title', draft: true }),
		];
		expect(check(articles)).toEqual([]);
	});

	test.each([
		['empty', ''],
		['blank lines', '\n\n   \n\t\n'],
		['an MDX comment', '\n{/* The answer goes here. */}\n'],
		['comments over several lines', '{/*\n  later\n*/}\n\n<!-- and an HTML one -->\n'],
	])('a published article whose body is %s is refused', (_label, body) => {
		const empty = { ...article('en', 'refund', { category: 'account' }), body };
		expect(check(withArticle(empty))).toEqual([
			{
				file: file('en', 'refund'),
				field: 'body',
				rule: 'empty-page',
				message:
					'the article has no text after the frontmatter; write the answer, or set draft: true until it is written',
			},
		]);
	});

	test('a draft may have no body yet', () => {
		const draft = { ...article('zh-cn', 'later', { draft: true }), body: '' };
		expect(check([...clean(), draft])).toEqual([]);
	});

	test.each([
		'Payment-Help',
		'payment..help',
		'payment help',
		'-x',
		'x-',
		'paiement-échoué',
		'payment_help',
	])('the file name %s.mdx breaks the slug rule, and is reported once', (slug) => {
		expect(check([...clean(), article('zh-cn', slug, { related: ['no-such'] })])).toEqual([
			{
				file: file('zh-cn', slug),
				rule: 'slug',
				message: `file name "${slug}.mdx" breaks the slug rule: lowercase words of a-z and 0-9 joined by single hyphens, like "payment-failed.mdx"`,
			},
		]);
	});

	test('a category no published article uses is refused, naming the categories file and the id', () => {
		const articles = [...clean(), article('zh-cn', 'cards', { category: 'cards', draft: true })];
		expect(check(articles, [...categories, category('cards')])).toEqual([
			{
				file: 'content/categories.yaml',
				field: 'id',
				rule: 'empty-page',
				message:
					'category "cards" has no published article, so its page would be empty; remove it, or add it together with its first published article',
			},
		]);
	});

	test('a category used in the source language only is in use (its translations may follow)', () => {
		const articles = [...clean(), article('zh-cn', 'cards', { category: 'cards' })];
		expect(check(articles, [...categories, category('cards')])).toEqual([]);
	});

	test('reports every problem of one article', () => {
		const bad = article('en', 'orphan', { category: 'billing', related: ['orphan'] });
		expect(check([...clean(), bad]).map((issue) => issue.field)).toEqual([
			'category',
			'slug',
			'related',
		]);
	});
});

describe('hasReaderText', () => {
	test.each([
		['Text.', true],
		['{/* note */} Text after a comment.', true],
		['<Callout>Only a callout.</Callout>', true],
		['', false],
		[' \n\t', false],
		['{/* a */}{/* b */}', false],
	])('%j → %s', (body, expected) => {
		expect(hasReaderText(body)).toBe(expected);
	});
});

describe('issues of checkContentRules', () => {
	test('print with file, rule and field', () => {
		const text = formatIssues(
			'Content check failed',
			check(withArticle(article('en', 'refund', { category: 'account', related: ['refund'] }))),
		);
		expect(text).toBe(
			'Content check failed (1 problem):\n  - content/articles/en/refund.mdx [references] related: "refund" is the article itself',
		);
	});
});
