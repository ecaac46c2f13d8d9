import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	formatIssue,
	formatIssues,
	fromSchemaIssues,
	ruleOwners,
	type Issue,
} from '../../src/lib/issues';

describe('formatIssues', () => {
	const issues: Issue[] = [
		{ file: 'content/articles/fr/stray.mdx', rule: 'slug', message: 'bad folder' },
		{ file: '/en/', line: 4, rule: 'links', message: '<a href="/x/"> points to no file' },
		{
			file: 'content/articles/en/refund.mdx',
			field: 'title',
			rule: 'unique-titles',
			message: 'duplicate',
		},
		{
			file: 'content/articles/en/refund.mdx',
			line: 3,
			field: 'category',
			rule: 'references',
			message: 'unknown category "billing"',
		},
	];

	test('prints file, line, rule, field and message of each issue, sorted by file and line', () => {
		expect(formatIssues('Content check failed', issues)).toBe(
			[
				'Content check failed (4 problems):',
				'  - /en/:4 [links] <a href="/x/"> points to no file',
				'  - content/articles/en/refund.mdx [unique-titles] title: duplicate',
				'  - content/articles/en/refund.mdx:3 [references] category: unknown category "billing"',
				'  - content/articles/fr/stray.mdx [slug] bad folder',
			].join('\n'),
		);
	});

	test('uses the singular for one problem', () => {
		expect(formatIssues('Integrity check failed', [issues[0]!])).toBe(
			'Integrity check failed (1 problem):\n  - content/articles/fr/stray.mdx [slug] bad folder',
		);
	});

	test('keeps the order issues of one place were found in', () => {
		const found: Issue[] = [
			{ file: 'a.mdx', line: 2, rule: 'markup', message: 'second' },
			{ file: 'a.mdx', line: 2, rule: 'contact-details', message: 'third' },
			{ file: 'a.mdx', line: 1, rule: 'markup', message: 'first' },
		];
		expect(formatIssues('x', found).split('\n').slice(1)).toEqual([
			'  - a.mdx:1 [markup] first',
			'  - a.mdx:2 [markup] second',
			'  - a.mdx:2 [contact-details] third',
		]);
	});

	test('formatIssue is one line of the list', () => {
		expect(
			formatIssue({
				file: 'x.yaml',
				line: 3,
				field: '0.to',
				rule: 'redirects',
				message: 'not a page',
			}),
		).toBe('x.yaml:3 [redirects] 0.to: not a page');
	});
});

test('fromSchemaIssues joins the path (after an optional entry) as the field', () => {
	const problems = [
		{ path: ['title', 'en'], message: 'Required' },
		{ path: [], message: 'Expected object' },
	];
	expect(fromSchemaIssues('c.yaml', 'schema', problems, 'general')).toEqual([
		{ file: 'c.yaml', field: 'general.title.en', rule: 'schema', message: 'Required' },
		{ file: 'c.yaml', field: 'general', rule: 'schema', message: 'Expected object' },
	]);
	expect(fromSchemaIssues('n.yaml', 'notices', problems.slice(1))).toEqual([
		{ file: 'n.yaml', rule: 'notices', message: 'Expected object' },
	]);
});

describe('each rule has exactly one module', () => {
	const root = new URL('../../', import.meta.url).pathname;
	const list = (dir: string): string[] =>
		readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
			.filter((name) => /\.(?:ts|astro|mjs)$/.test(name))
			.map((name) => `${dir}/${name}`);
	const sources = [...list('src'), ...list('scripts')].filter(
		(file) => file !== 'src/lib/issues.ts',
	);
	// A rule is named where an issue is made: `rule: 'x'`, or fromSchemaIssues(file, 'x', …).
	const named = /\brule: '([a-z-]+)'|fromSchemaIssues\([^,()]+,\s*'([a-z-]+)'/g;
	const users = new Map<string, Set<string>>();
	for (const file of sources) {
		for (const match of readFileSync(join(root, file), 'utf8').matchAll(named)) {
			const rule = match[1] ?? match[2]!;
			users.set(rule, (users.get(rule) ?? new Set()).add(file));
		}
	}

	test.each(Object.entries(ruleOwners))('%s is reported by %s only', (rule, owner) => {
		expect([...(users.get(rule) ?? [])]).toEqual([owner]);
	});

	test('no module names a rule the table does not list', () => {
		expect([...users.keys()].filter((rule) => !(rule in ruleOwners))).toEqual([]);
	});
});
