import { z } from 'astro/zod';
import { localeCodes } from '../config/site';
import { toE164 } from '../lib/phone';

/** The ways readers can reach support; each kind has its own value fields. */
export const channelKinds = ['phone', 'chat', 'email', 'social'] as const;
export type ChannelKind = (typeof channelKinds)[number];

/** Day keys for opening hours, Monday first. */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

/** Returns the issue path as `hours.opens`, for messages that name the field. */
const at = (path: readonly PropertyKey[] | undefined, fallback: string) =>
	path && path.length > 0 ? path.map(String).join('.') : fallback;

/** Text in every locale: a missing or empty language fails the build and names the field. */
const perLocale = (field: string) =>
	z.record(
		z.enum(localeCodes),
		z
			.string({
				error: (iss) =>
					iss.input === undefined
						? `${at(iss.path, field)}: missing; every locale (${localeCodes.join(', ')}) needs a text`
						: `${at(iss.path, field)}: must be text`,
			})
			.trim()
			.min(1, { error: (iss) => `${at(iss.path, field)}: must not be empty` }),
		{
			// Typed as invalid_type | invalid_key, but Zod reports extra keys as unrecognized_keys.
			error: (iss) =>
				'keys' in iss && Array.isArray(iss.keys)
					? `${field}: unknown locale ${iss.keys.map((k) => `"${String(k)}"`).join(', ')} ` +
						`(expected ${localeCodes.join(', ')})`
					: `${field}: must map each locale to a text, e.g. { ${localeCodes.join(': …, ')}: … }`,
		},
	);

const slug = (field: string) =>
	z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: (iss) =>
			`${at(iss.path, field)}: "${String(iss.input)}" must be a lowercase slug like "payment-failed"`,
	});

const httpsUrl = (field: string) =>
	z
		.string()
		.trim()
		.superRefine((value, ctx) => {
			let url: URL;
			try {
				url = new URL(value);
			} catch {
				ctx.addIssue({ code: 'custom', message: `${field}: "${value}" is not a URL` });
				return;
			}
			if (url.protocol !== 'https:') {
				ctx.addIssue({ code: 'custom', message: `${field}: must use https:// ("${value}")` });
			} else if (url.username || url.password || !url.hostname.includes('.')) {
				ctx.addIssue({
					code: 'custom',
					message: `${field}: "${value}" needs a plain host name like help.okpay.example.com`,
				});
			}
		});

const isTimeZone = (zone: string) => {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return /^(?:UTC|[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+)$/.test(zone);
	} catch {
		return false;
	}
};

const clock = (field: string) =>
	z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, {
		error: (iss) =>
			`hours.${field}: "${String(iss.input)}" must be a 24-hour time HH:MM, e.g. 09:00`,
	});

/** Opening hours as parsed: around the clock, or one daily window on some days. */
export type ChannelHours =
	| { readonly always: true }
	| {
			readonly always: false;
			readonly timeZone: string;
			readonly days: readonly Weekday[];
			readonly opens: string;
			readonly closes: string;
	  };

const hoursSchema = z
	.strictObject(
		{
			/** `true` for 24/7 service; then no other field is allowed. */
			always: z.boolean().optional(),
			/** IANA time zone the times are in, e.g. `Asia/Shanghai` (checked with Intl). */
			timeZone: z
				.string()
				.refine(isTimeZone, {
					error: (iss) =>
						`hours.timeZone: "${String(iss.input)}" is not an IANA time zone (e.g. Asia/Shanghai)`,
				})
				.optional(),
			/** Days the channel is open: a non-empty set of mon…sun, each at most once. */
			days: z
				.array(
					z.enum(weekdays, {
						error: (iss) =>
							`hours.days: "${String(iss.input)}" is not a day; use ${weekdays.join(', ')}`,
					}),
				)
				.min(1, { error: 'hours.days: list at least one day' })
				.refine((days) => new Set(days).size === days.length, {
					error: 'hours.days: a day is listed twice',
				})
				.optional(),
			/** Opening time, `HH:MM` on a 24-hour clock. */
			opens: clock('opens').optional(),
			/** Closing time, `HH:MM`, later than `opens` (`24:00` for midnight). */
			closes: clock('closes').optional(),
		},
		{
			error: (iss) =>
				iss.code === 'unrecognized_keys'
					? `hours: unknown field ${iss.keys.join(', ')}`
					: 'hours: must be { timeZone, days, opens, closes } or { always: true }',
		},
	)
	.superRefine((hours, ctx) => {
		const schedule = ['timeZone', 'days', 'opens', 'closes'] as const;
		if (hours.always) {
			const extra = schedule.filter((key) => hours[key] !== undefined);
			if (extra.length > 0)
				ctx.addIssue({
					code: 'custom',
					message: `hours: with always: true, leave out ${extra.join(', ')}`,
				});
			return;
		}
		const missing = schedule.filter((key) => hours[key] === undefined);
		if (missing.length > 0) {
			ctx.addIssue({
				code: 'custom',
				message: `hours: missing ${missing.join(', ')} (or set always: true for 24/7)`,
			});
		} else if (hours.opens && hours.closes && hours.closes <= hours.opens) {
			ctx.addIssue({
				code: 'custom',
				message:
					`hours: closes (${hours.closes}) must be later than opens (${hours.opens}); ` +
					'overnight windows are not supported',
			});
		}
	})
	.transform((hours): ChannelHours =>
		hours.always
			? { always: true }
			: {
					always: false,
					timeZone: hours.timeZone ?? '',
					// Week order, whatever order the file lists them in.
					days: weekdays.filter((day) => hours.days?.includes(day)),
					opens: hours.opens ?? '',
					closes: hours.closes ?? '',
				},
	);

const baseFields = {
	/** Stable id used by `<Channel id="…" />` and the contact page anchors; a lowercase slug. */
	id: slug('id'),
	/** `true` while the values are fictional samples; publish mode refuses to build with any left. */
	sample: z.boolean({
		error: 'sample: must be true (fictional sample values) or false (real channel)',
	}),
	/** Channel name in every locale, e.g. { zh-cn: 客服热线, en: Support hotline }. */
	name: perLocale('name'),
	/** One or two sentences in every locale about what the channel is. */
	description: perLocale('description'),
	/** When the channel is staffed: { timeZone, days, opens, closes } or { always: true }. */
	hours: hoursSchema,
	/** Typical time to a first answer, in every locale (sample values are fictional too). */
	responseTime: perLocale('responseTime'),
	/** What this channel is the best choice for, in every locale. */
	bestFor: perLocale('bestFor'),
	/** Slugs of the articles this channel is best for; each must exist (checked across files). */
	articles: z
		.array(slug('articles'))
		.refine((list) => new Set(list).size === list.length, {
			error: 'articles: an article is listed twice',
		})
		.default([]),
	/** BCP 47 tags of the languages served, e.g. [zh-CN, en]; written in canonical case. */
	languages: z
		.array(
			z.string().refine(
				(tag) => {
					try {
						return Intl.getCanonicalLocales(tag)[0] === tag;
					} catch {
						return false;
					}
				},
				{
					error: (iss) =>
						`languages: "${String(iss.input)}" is not a canonical BCP 47 tag (e.g. zh-CN, en)`,
				},
			),
		)
		.min(1, { error: 'languages: list at least one language, e.g. [zh-CN, en]' })
		.refine((list) => new Set(list).size === list.length, {
			error: 'languages: a language is listed twice',
		}),
};

const phoneChannel = z.strictObject({
	...baseFields,
	/** `phone`: a phone line; its value field is `phone`. */
	kind: z.literal('phone'),
	/** Number in international format as written, e.g. `+1 202-555-0142`; parsed to E.164. */
	phone: z
		.string({ error: 'phone: required for a phone channel' })
		.trim()
		.transform((raw, ctx) => {
			const e164 = toE164(raw);
			if (e164) return e164;
			ctx.issues.push({
				code: 'custom',
				input: raw,
				message:
					`phone: "${raw}" is not a valid phone number ` +
					'(write it in international format, e.g. +1 202-555-0142)',
			});
			return z.NEVER;
		}),
});

const chatChannel = z.strictObject({
	...baseFields,
	/** `chat`: a web chat; its value field is `url`. */
	kind: z.literal('chat'),
	/** Web chat address; must be https:// on a plain host name. */
	url: httpsUrl('url'),
});

const emailChannel = z.strictObject({
	...baseFields,
	/** `email`: a mailbox; its value field is `email`. */
	kind: z.literal('email'),
	/** Support mailbox, e.g. `support@okpay.example.com`. */
	email: z.email({ error: (iss) => `email: "${String(iss.input)}" is not an email address` }),
});

const socialChannel = z
	.strictObject({
		...baseFields,
		/** `social`: a social media account; its value fields are `platform`, `handle` and `url`. */
		kind: z.literal('social'),
		/** Platform name as readers know it. */
		platform: z
			.string({ error: 'platform: required for a social channel' })
			.trim()
			.min(1, { error: 'platform: must not be empty' }),
		/** Account handle with its `@`, e.g. `@OKPaySupport`; the last segment of `url` must match it. */
		handle: z.string().regex(/^@[A-Za-z0-9_.]{1,30}$/, {
			error: (iss) =>
				`handle: "${String(iss.input)}" must be @ followed by letters, digits, _ or . ` +
				'(e.g. @OKPaySupport)',
		}),
		/** Profile address on the platform; https:// only. */
		url: httpsUrl('url'),
	})
	.superRefine((channel, ctx) => {
		let path: string;
		let last: string;
		try {
			path = new URL(channel.url).pathname.replace(/\/+$/, '');
			last = decodeURIComponent(path.split('/').at(-1) ?? '').replace(/^@/, '');
		} catch {
			return; // the url field reports its own problem
		}
		if (last.toLowerCase() !== channel.handle.slice(1).toLowerCase()) {
			ctx.addIssue({
				code: 'custom',
				path: ['handle'],
				message: `handle "${channel.handle}" does not match url path "${path || '/'}"`,
			});
		}
	});

/** One entry of content/channels.yaml: the only place contact details may be published. */
export const channelSchema = z.discriminatedUnion(
	'kind',
	[phoneChannel, chatChannel, emailChannel, socialChannel],
	{
		error: (iss) =>
			iss.code === 'invalid_union' ? `kind: must be one of ${channelKinds.join(', ')}` : undefined,
	},
);

export type ChannelData = z.output<typeof channelSchema>;
export type ChannelInput = z.input<typeof channelSchema>;
