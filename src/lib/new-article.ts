import { PLACEHOLDER_MARK, articleSchema } from '../schemas/article';

/** The lowercase-hyphen rule of every slug in the schema (`category` uses the same one). */
const slugRule = articleSchema.shape.category;

/** Placeholder texts per locale; each must fit the schema's length limits so only the mark fails. */
const PLACEHOLDERS: Readonly<Record<string, { title: string; description: string; body: string }>> =
	{
		'zh-cn': {
			title: `${PLACEHOLDER_MARK} 用读者的话写出问题`,
			description: `${PLACEHOLDER_MARK} 用一句话回答这个问题，它也是搜索摘要和页面描述。`,
			body: '先用一两句话直接回答问题，再分步骤说明。',
		},
		en: {
			title: `${PLACEHOLDER_MARK} the question as readers ask it`,
			description: `${PLACEHOLDER_MARK} a one-sentence answer; it is also the search summary and meta description.`,
			body: 'Answer the question in one or two sentences first, then explain the steps.',
		},
	};

/** Returns the first problem with a new article's slug and category, or undefined when both are usable. */
export function validateNewArticle(input: {
	slug: string;
	category: string;
	categoryIds: readonly string[];
}): string | undefined {
	if (!slugRule.safeParse(input.slug).success) {
		return `slug "${input.slug}" must be lowercase words joined by hyphens, like "payment-failed"`;
	}
	if (!input.categoryIds.includes(input.category)) {
		const known = input.categoryIds.join(', ') || '(none)';
		return `unknown category "${input.category}"; known categories: ${known}`;
	}
	return undefined;
}

/** Returns a date as YYYY-MM-DD in the writer's own time zone. @example toLocalIsoDate(new Date(2026, 0, 5)) // '2026-01-05' */
export function toLocalIsoDate(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Returns a YAML single-quoted scalar, safe for any text. @example yamlQuote("it's") // "'it''s'" */
export function yamlQuote(text: string): string {
	return `'${text.replaceAll("'", "''")}'`;
}

/** Returns the MDX source of a new article in one locale: valid frontmatter except the TODO placeholders. */
export function renderNewArticle(input: {
	locale: string;
	category: string;
	updated: string;
}): string {
	const text = PLACEHOLDERS[input.locale] ?? PLACEHOLDERS['en']!;
	return [
		'---',
		`title: ${yamlQuote(text.title)}`,
		`description: ${yamlQuote(text.description)}`,
		`category: ${input.category}`,
		'keywords: []',
		'synonyms: []',
		`updated: ${input.updated}`,
		'related: []',
		'---',
		'',
		text.body,
		'',
	].join('\n');
}

/** Returns the file of an article in one locale. @example getArticleFile('content', 'en', 'refund') // 'content/articles/en/refund.mdx' */
export function getArticleFile(contentDir: string, locale: string, slug: string): string {
	return `${contentDir.replace(/\/+$/, '')}/articles/${locale}/${slug}.mdx`;
}
