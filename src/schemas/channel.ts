/**
 * content/channels.yaml: the support channel registry, the only place contact details may live.
 * Plain zod: Astro and `npm run check:content` print each issue's path (`hours.opens`), so the
 * messages below say only what is wrong and how to write it.
 */
import { z } from 'astro/zod';
import { localeCodes } from '../config/site';
import { toE164 } from './phone-number';

/** The ways readers can reach support; each kind has its own value fields. */
export const channelKinds = ['phone', 'chat', 'email', 'social'] as const;
export type ChannelKind = (typeof channelKinds)[number];

/** Day keys for opening hours, Monday first. */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CLOCK = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const quoted = (input: unknown) => `"${String(input)}"`;

const isTimeZone = (zone: string) => {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return /^(?:UTC|[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+)$/.test(zone);
	} catch {
		return false;
	}
};

const isCanonicalLanguageTag = (tag: string) => {
	try {
		return Intl.getCanonicalLocales(tag)[0] === tag;
	} catch {
		return false;
	}
};

const hasNoRepeats = (list: readonly unknown[]) => new Set(list).size === list.length;

/** Text in every locale; a missing or empty language is an error on that locale's key. */
const localizedText = z.record(
	z.enum(localeCodes),
	z
		.string({
			error: (iss) =>
				iss.input === undefined
					? `missing; every locale (${localeCodes.join(', ')}) needs a text`
					: 'must be text',
		})
		.trim()
		.min(1, { error: 'must not be empty' }),
	{
		// Typed as invalid_type | invalid_key, but zod reports extra keys as unrecognized_keys.
		error: (iss) =>
			'keys' in iss && Array.isArray(iss.keys)
				? `unknown locale ${iss.keys.map(quoted).join(', ')} (expected ${localeCodes.join(', ')})`
				: `must map each locale to a text, e.g. { ${localeCodes.join(': …, ')}: … }`,
	},
);

const slug = z.string().regex(SLUG, {
	error: (iss) => `${quoted(iss.input)} must be a lowercase slug like "payment-failed"`,
});

/** An https:// address on a plain host name (no user name, password or bare host). */
const httpsUrl = z
	.string()
	.trim()
	.superRefine((value, ctx) => {
		const url = URL.parse(value);
		if (!url) ctx.addIssue({ code: 'custom', message: `${quoted(value)} is not a URL` });
		else if (url.protocol !== 'https:')
			ctx.addIssue({ code: 'custom', message: `must use https:// (${quoted(value)})` });
		else if (url.username || url.password || !url.hostname.includes('.'))
			ctx.addIssue({
				code: 'custom',
				message: `${quoted(value)} needs a plain host name like help.okpay.example.com`,
			});
	});

const clock = z.string({ error: 'required (or set always: true for 24/7 service)' }).regex(CLOCK, {
	error: (iss) => `${quoted(iss.input)} must be a 24-hour time HH:MM, e.g. 09:00`,
});

/** Around the clock; no other field is allowed. */
const alwaysOpen = z.strictObject(
	{
		/** `true` for 24/7 service. */
		always: z.literal(true),
	},
	{
		error: (iss) =>
			iss.code === 'unrecognized_keys'
				? `with always: true, leave out ${iss.keys.join(', ')}`
				: undefined,
	},
);

/** One daily window on some days of the week. */
const dailyWindow = z
	.strictObject(
		{
			/** Optional `false`, for files that spell out that the channel is not 24/7. */
			always: z.literal(false).optional(),
			/** IANA time zone the times are in, e.g. `Asia/Shanghai` (checked with Intl). */
			timeZone: z
				.string({ error: 'required, an IANA time zone such as Asia/Shanghai' })
				.refine(isTimeZone, {
					error: (iss) => `${quoted(iss.input)} is not an IANA time zone (e.g. Asia/Shanghai)`,
				}),
			/** Days the channel is open: a non-empty set of mon…sun, each at most once; kept in week order. */
			days: z
				.array(
					z.enum(weekdays, {
						error: (iss) => `${quoted(iss.input)} is not a day; use ${weekdays.join(', ')}`,
					}),
					{ error: `required, a list of days such as [${weekdays.slice(0, 5).join(', ')}]` },
				)
				.min(1, { error: 'list at least one day' })
				.refine(hasNoRepeats, { error: 'a day is listed twice' })
				.transform((days) => weekdays.filter((day) => days.includes(day))),
			/** Opening time, `HH:MM` on a 24-hour clock. */
			opens: clock,
			/** Closing time, `HH:MM`, later than `opens` (`24:00` for midnight). */
			closes: clock,
		},
		{
			error: (iss) =>
				iss.code === 'unrecognized_keys' ? `unknown field ${iss.keys.join(', ')}` : undefined,
		},
	)
	// Only once both times are valid: a malformed `opens` is reported by itself, not as an order.
	.refine((hours) => hours.closes > hours.opens, {
		path: ['closes'],
		when: (payload) => payload.issues.length === 0,
		error: (iss) => {
			const hours = iss.input as { opens: string; closes: string };
			return `${hours.closes} must be later than opens (${hours.opens}); overnight windows are not supported`;
		},
	});

/** When the channel is staffed: `{ always: true }` or `{ timeZone, days, opens, closes }`. */
const hoursSchema = z.discriminatedUnion('always', [alwaysOpen, dailyWindow], {
	error: 'must be { timeZone, days, opens, closes } or { always: true }',
});

/** Opening hours as parsed. */
export type ChannelHours = z.output<typeof hoursSchema>;

const baseFields = {
	/** Stable id used by `<Channel id="…" />` and the contact page anchors; a lowercase slug. */
	id: slug,
	/** `true` while the values are fictional samples; publish mode refuses to build with any left. */
	sample: z.boolean({ error: 'must be true (fictional sample values) or false (real channel)' }),
	/** Channel name in every locale, e.g. { zh-cn: 客服热线, en: Support hotline }. */
	name: localizedText,
	/** One or two sentences in every locale about what the channel is. */
	description: localizedText,
	/** When the channel is staffed. */
	hours: hoursSchema,
	/** Typical time to a first answer, in every locale (sample values are fictional too). */
	responseTime: localizedText,
	/** What this channel is the best choice for, in every locale. */
	bestFor: localizedText,
	/** Slugs of the articles this channel is best for; each must exist (checked across files). */
	articles: z.array(slug).refine(hasNoRepeats, { error: 'an article is listed twice' }).default([]),
	/** BCP 47 tags of the languages served, e.g. [zh-CN, en]; written in canonical case. */
	languages: z
		.array(
			z.string().refine(isCanonicalLanguageTag, {
				error: (iss) => `${quoted(iss.input)} is not a canonical BCP 47 tag (e.g. zh-CN, en)`,
			}),
		)
		.min(1, { error: 'list at least one language, e.g. [zh-CN, en]' })
		.refine(hasNoRepeats, { error: 'a language is listed twice' }),
};

/** A phone line. */
const phoneChannel = z.strictObject({
	...baseFields,
	kind: z.literal('phone'),
	/** Number in international format as written, e.g. `+1 202-555-0142`; parsed to E.164. */
	phone: z
		.string({ error: 'required for a phone channel' })
		.trim()
		.transform((raw, ctx) => {
			const e164 = toE164(raw);
			if (e164) return e164;
			ctx.issues.push({
				code: 'custom',
				input: raw,
				message: `${quoted(raw)} is not a valid phone number (write it in international format, e.g. +1 202-555-0142)`,
			});
			return z.NEVER;
		}),
});

/** A web chat. */
const chatChannel = z.strictObject({
	...baseFields,
	kind: z.literal('chat'),
	/** Web chat address; https:// on a plain host name. */
	url: httpsUrl,
});

/** A mailbox. */
const emailChannel = z.strictObject({
	...baseFields,
	kind: z.literal('email'),
	/** Support mailbox, e.g. `support@okpay.example.com`. */
	email: z.email({ error: (iss) => `${quoted(iss.input)} is not an email address` }),
});

const decoded = (segment: string) => {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
};

const profileHandle = (url: string) => {
	const path = URL.parse(url)?.pathname.replace(/\/+$/, '') ?? '';
	return { path, last: decoded(path.split('/').at(-1) ?? '').replace(/^@/, '') };
};

/** A social media account. */
const socialChannel = z
	.strictObject({
		...baseFields,
		kind: z.literal('social'),
		/** Platform name as readers know it, e.g. `Example Social`. */
		platform: z
			.string({ error: 'required for a social channel' })
			.trim()
			.min(1, { error: 'must not be empty' }),
		/** Account handle with its `@`, e.g. `@OKPaySupport`; the last segment of `url` must match it. */
		handle: z.string().regex(/^@[A-Za-z0-9_.]{1,30}$/, {
			error: (iss) =>
				`${quoted(iss.input)} must be @ followed by letters, digits, _ or . (e.g. @OKPaySupport)`,
		}),
		/** Profile address on the platform; https:// only. */
		url: httpsUrl,
	})
	.refine(
		(channel) =>
			profileHandle(channel.url).last.toLowerCase() === channel.handle.slice(1).toLowerCase(),
		{
			path: ['handle'],
			when: (payload) => payload.issues.length === 0,
			error: (iss) => {
				const channel = iss.input as { handle: string; url: string };
				return `"${channel.handle}" does not match url path "${profileHandle(channel.url).path || '/'}"`;
			},
		},
	);

/** One entry of content/channels.yaml. */
export const channelSchema = z.discriminatedUnion(
	'kind',
	[phoneChannel, chatChannel, emailChannel, socialChannel],
	{
		error: (iss) =>
			iss.code === 'invalid_union' ? `must be one of ${channelKinds.join(', ')}` : undefined,
	},
);

export type ChannelData = z.output<typeof channelSchema>;
export type ChannelInput = z.input<typeof channelSchema>;
