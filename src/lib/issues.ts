/**
 * One shape for every problem a check finds, before the build (content, registry) and after it
 * (the built site), and one way to print a list of them.
 */

/**
 * Every rule family, and the one module that reports it. A new check either joins a family here
 * or adds one, in the module named beside it (tests/unit/issues.test.ts holds both to that).
 */
export const ruleOwners = {
	// Before the build: the content as written.
	schema: 'scripts/support/content-files.ts',
	'article-files': 'src/lib/article-files.ts',
	slug: 'src/lib/content-rules.ts',
	references: 'src/lib/content-rules.ts',
	'empty-page': 'src/lib/content-rules.ts',
	'unique-titles': 'src/lib/content-rules.ts',
	dates: 'src/lib/written-frontmatter.ts',
	markup: 'src/lib/article-markup.ts',
	'duplicate-ids': 'src/lib/registry-rules.ts',
	'contact-details': 'src/lib/registry-rules.ts',
	channels: 'src/lib/channel-rules.ts',
	publish: 'src/lib/channel-rules.ts',
	redirects: 'src/lib/redirects.ts',
	notices: 'src/lib/notices.ts',
	'notice-files': 'src/lib/notice-files.ts',
	translations: 'scripts/check-content.ts',
	synonyms: 'src/integrations/pagefind.ts',
	// After the build: the output against the content the build loaded.
	pages: 'src/lib/integrity.ts',
	'category-links': 'src/lib/integrity.ts',
	search: 'src/lib/index-coverage.ts',
	sitemap: 'src/lib/index-coverage.ts',
	links: 'src/lib/link-check.ts',
	html: 'src/lib/html-validation.ts',
	'published-urls': 'src/lib/published-urls.ts',
} as const;

/** The short, stable name of a rule family, printed in brackets. */
export type Rule = keyof typeof ruleOwners;

/** One problem: where it is, which rule found it, and what to do about it. */
export interface Issue {
	/** Content file (`content/articles/en/x.mdx`), output file or site path (`/en/contact/`). */
	readonly file: string;
	/** 1-based line in `file`, when the rule knows it. */
	readonly line?: number;
	/** What in the file: a field (`related`, `0.to`, `hotline.phone`) or what was found (`<script>`). */
	readonly field?: string;
	readonly rule: Rule;
	/** What is wrong and how to fix it, without repeating file, line or field. */
	readonly message: string;
}

/**
 * Returns one issue as a line: `file:line [rule] field: message`.
 * @example formatIssue({ file: 'a.mdx', line: 3, field: 'related', rule: 'references', message: '"x" is …' })
 * // 'a.mdx:3 [references] related: "x" is …'
 */
export function formatIssue({ file, line, field, rule, message }: Issue): string {
	return `${file}${line ? `:${line}` : ''} [${rule}] ${field ? `${field}: ` : ''}${message}`;
}

/**
 * Returns the heading with the number of problems, then every issue on its own line, sorted by
 * file and line (issues of one place keep the order they were found in).
 * @example formatIssues('Content check failed', issues) // 'Content check failed (2 problems):\n  - a.mdx:3 [references] …'
 */
export function formatIssues(heading: string, issues: readonly Issue[]): string {
	const sorted = [...issues].sort(
		(a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0),
	);
	const count = `${issues.length} problem${issues.length === 1 ? '' : 's'}`;
	return `${heading} (${count}):\n${sorted.map((issue) => `  - ${formatIssue(issue)}`).join('\n')}`;
}

/**
 * Returns schema (zod) problems of one value as issues of a file, the path joined as the field.
 * @example fromSchemaIssues('x.yaml', 'notices', error.issues, 'hotline') // [{ file: 'x.yaml', field: 'hotline.phone', rule: 'notices', … }]
 */
export function fromSchemaIssues(
	file: string,
	rule: Rule,
	issues: ReadonlyArray<{ readonly path: readonly PropertyKey[]; readonly message: string }>,
	prefix?: string,
): Issue[] {
	return issues.map((issue) => {
		const field = [prefix, ...issue.path.map(String)]
			.filter((p) => p !== undefined && p !== '')
			.join('.');
		return field
			? { file, field, rule, message: issue.message }
			: { file, rule, message: issue.message };
	});
}
