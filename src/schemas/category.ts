import { z } from 'astro/zod';
import { localeCodes } from '../config/site';

/** Icon names the category cards can draw (inline SVG, no icon font). */
export const categoryIcons = ['headset', 'user', 'shield', 'wallet', 'book'] as const;

const perLocale = z.record(z.enum(localeCodes), z.string().trim().min(1));

/** One entry of content/categories.yaml. */
export const categorySchema = z.strictObject({
	/** Stable id used by articles' `category` field and in URLs; a lowercase slug. */
	id: z
		.string()
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'id must be a lowercase slug like "payments"' }),
	/** Position on the home page, 1 first. */
	order: z.number().int().min(0),
	/** One of the built-in icon names. */
	icon: z.enum(categoryIcons),
	/** Title in every locale: a missing language fails the build. */
	title: perLocale,
	/** One sentence in every locale. */
	description: perLocale,
});

export type CategoryData = z.infer<typeof categorySchema>;
