import { z } from 'astro/zod';
import { isCalendarDate } from './calendar-date';
import { SLUG_PATTERN } from './slug';

/**
 * A day that exists, written as YYYY-MM-DD. Unquoted, YAML has already parsed it into a Date and
 * rolled 2026-02-30 over to March 2; `checkUpdatedAsWritten` compares that Date with the file's text.
 */
const isoDate = z.union(
	[
		z.date(),
		z.string().refine(isCalendarDate, {
			error: ({ input }) =>
				/^\d{4}-\d{2}-\d{2}$/.test(String(input))
					? `${String(input)} is not a day of the calendar; write a real date as YYYY-MM-DD`
					: 'must be a date written as YYYY-MM-DD',
		}),
	],
	{ error: 'must be a date written as YYYY-MM-DD' },
);

/** Example in messages about `sourceHash`: digits and one "e", the kind YAML reads as a number. */
const HASH_EXAMPLE = '755807182e29';

/** Returns what is wrong with a `sourceHash` value, naming what YAML made of it when it is not text. */
function describeBadSourceHash(input: unknown): string {
	const rule = `sourceHash must be a quoted 12-character hex string like "${HASH_EXAMPLE}"`;
	if (typeof input === 'number')
		return `${rule}; YAML read this one as the number ${input} — put it in quotes`;
	if (typeof input !== 'string')
		return `${rule}; YAML read this one as ${input === null ? 'empty' : `a ${typeof input}`} — put it in quotes`;
	return `${rule}, not "${input}"; npm run i18n:stamp writes it`;
}

const slug = z
	.string()
	.regex(SLUG_PATTERN, { error: 'must be a lowercase slug like "payment-failed"' });

/** Marks a placeholder that `npm run new` writes and the build refuses to publish. */
export const PLACEHOLDER_MARK = 'TODO:';

const noPlaceholder = (text: string) => !text.includes(PLACEHOLDER_MARK);

/** Frontmatter of one article in one language. Field rules are enforced at build time. */
export const articleSchema = z.strictObject({
	/** The question as readers ask it; 5–80 characters. */
	title: z
		.string()
		.trim()
		.min(5, { error: 'title must be at least 5 characters' })
		.max(80, { error: 'title must be at most 80 characters' })
		.refine(noPlaceholder, { error: 'title is still a TODO placeholder; write the real title' }),
	/** One-sentence answer used as meta description and search summary; 20–160 characters. */
	description: z
		.string()
		.trim()
		.min(20, { error: 'description must be at least 20 characters (it is the search summary)' })
		.max(160, { error: 'description must be at most 160 characters (search engines cut it)' })
		.refine(noPlaceholder, { error: 'description is still a TODO placeholder' }),
	/** Id of an entry in content/categories.yaml. */
	category: slug,
	/** Short keywords readers search for; indexed with extra weight. */
	keywords: z.array(z.string().trim().min(1)).max(20).default([]),
	/** How readers phrase the problem when the text doesn't say it; indexed, never shown. */
	synonyms: z.array(z.string().trim().min(1)).max(40).default([]),
	/** Date of the last meaningful change, YYYY-MM-DD; a day that exists. */
	updated: isoDate.transform((value) =>
		value instanceof Date ? value : new Date(`${value}T00:00:00Z`),
	),
	/** Position within its category, 1 first. */
	order: z.number().int().min(0).default(100),
	/** Slugs of related articles; each must exist in the same language. */
	related: z.array(slug).max(6).default([]),
	/** Pinned articles are shown as popular on the home page. */
	pinned: z.boolean().default(false),
	/** Drafts build nowhere: no page, no sitemap entry, no search entry. */
	draft: z.boolean().default(false),
	/** Former slugs of this article; each keeps working as a redirect. */
	formerSlugs: z.array(slug).default([]),
	/**
	 * In a translation: hash of the source-language body it was translated from, 12 hex characters
	 * in quotes (written by `npm run i18n:stamp`).
	 */
	sourceHash: z
		.string({ error: ({ input }) => describeBadSourceHash(input) })
		.regex(/^[0-9a-f]{12}$/, { error: ({ input }) => describeBadSourceHash(input) })
		.optional(),
});

export type ArticleData = z.infer<typeof articleSchema>;
