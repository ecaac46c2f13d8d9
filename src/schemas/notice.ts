import { z } from 'astro/zod';
import { localeCodes } from '../config/site';
import { parseNoticeTime, type NoticeTime } from './notice-time';
import { PLACEHOLDER_MARK } from './article';
import { SLUG_PATTERN } from './slug';

/** How bad it is, mildest first: `info` (planned work, a heads-up), `degraded` (slow or partly failing), `outage` (not working). */
export const noticeSeverities = ['info', 'degraded', 'outage'] as const;
export type NoticeSeverity = (typeof noticeSeverities)[number];

/**
 * Text in every locale, at most `max` characters. Messages leave the field out: Astro's report and
 * `npm run check:content` both put the issue's path (`title.en`) in front of them.
 */
const perLocale = (max: number) =>
	z.record(
		z.enum(localeCodes),
		z
			.string({
				error: (iss) =>
					iss.input === undefined
						? `missing; every language (${localeCodes.join(', ')}) needs a text`
						: 'must be text',
			})
			.trim()
			.min(1, { error: 'must not be empty' })
			.max(max, { error: `at most ${max} characters; say the rest in an article` })
			.refine((text) => !text.includes(PLACEHOLDER_MARK), {
				error: `still a ${PLACEHOLDER_MARK} placeholder (npm run notice writes one for each text not given); write the real text`,
			}),
		{
			error: (iss) =>
				'keys' in iss && Array.isArray(iss.keys)
					? `unknown language ${iss.keys.map((k) => `"${String(k)}"`).join(', ')} (expected ${localeCodes.join(', ')})`
					: `must map each language to a text, e.g. { ${localeCodes.join(': …, ')}: … }`,
		},
	);

/** A moment written with its UTC offset; kept as written (for display) and as an instant. */
const noticeTime = z
	.string({
		error: (iss) =>
			iss.input === undefined
				? 'required, e.g. 2026-11-20T09:00+08:00'
				: 'must be a time written as text, e.g. 2026-11-20T09:00+08:00',
	})
	.transform((text, ctx): NoticeTime => {
		const parsed = parseNoticeTime(text);
		if ('problem' in parsed) {
			ctx.issues.push({ code: 'custom', input: text, message: parsed.problem });
			return z.NEVER;
		}
		return parsed;
	});

const ids = () =>
	z
		.array(
			z.string().regex(SLUG_PATTERN, {
				error: (iss) =>
					`"${String(iss.input)}" is not an id; ids are lowercase slugs like "payments"`,
			}),
		)
		.refine((list) => new Set(list).size === list.length, { error: 'an id is listed twice' })
		.default([]);

/** What a notice is about: ids of categories, articles and channels, checked against the content. */
const affectsSchema = z.union(
	[
		/** `all`: the whole service; the notice shows on every page that shows notices. */
		z.literal('all'),
		z
			.strictObject(
				{
					/** Ids from content/categories.yaml: the notice shows on those topics and their articles. */
					categories: ids(),
					/** Article slugs: the notice shows on those articles in every language. */
					articles: ids(),
					/** Ids from content/channels.yaml: the notice shows on the contact page, at those channels. */
					channels: ids(),
				},
				{
					error: (iss) =>
						iss.code === 'unrecognized_keys'
							? `unknown field ${iss.keys.join(', ')} (use categories, articles, channels)`
							: undefined,
				},
			)
			.refine((a) => a.categories.length + a.articles.length + a.channels.length > 0, {
				error: 'name at least one category, article or channel, or write affects: all',
			}),
	],
	{ error: 'must be all, or { categories: […], articles: […], channels: […] }' },
);

/**
 * One service notice: one YAML file in content/notices/, named by its id (`<id>.yaml`). It has no
 * page of its own; it shows at the top of the pages it affects while it is active.
 */
export const noticeSchema = z
	.strictObject({
		/** Headline in every language, up to 80 characters: what is wrong, e.g. "部分银行卡支付失败". */
		title: perLocale(80),
		/** One or two sentences in every language, up to 300 characters: who is affected and what to do meanwhile. */
		text: perLocale(300),
		/** `info`, `degraded` or `outage`; sets the colour and the label readers see. */
		severity: z.enum(noticeSeverities, {
			error: (iss) => `"${String(iss.input)}" is not one of ${noticeSeverities.join(', ')}`,
		}),
		/** When the notice starts to show: ISO 8601 with its UTC offset, e.g. `2026-11-20T09:00+08:00`. */
		start: noticeTime,
		/** When it stops showing (also in an open page, without a rebuild); later than `start`, with its offset. */
		end: noticeTime,
		/** `all`, or the `categories`, `articles` and `channels` it concerns (ids; at least one). */
		affects: affectsSchema,
	})
	.superRefine((notice, ctx) => {
		const { start, end } = notice;
		// A refused time has already been reported on its own field.
		if (typeof start?.epochMs !== 'number' || typeof end?.epochMs !== 'number') return;
		if (end.epochMs <= start.epochMs) {
			ctx.addIssue({
				code: 'custom',
				path: ['end'],
				message: `${end.written} is not after start ${start.written}; a notice ends after it starts`,
			});
		}
	});

export type NoticeData = z.output<typeof noticeSchema>;
export type NoticeInput = z.input<typeof noticeSchema>;
/** What a notice affects, with `all` spelled out as such. */
export type NoticeAffects = NoticeData['affects'];
