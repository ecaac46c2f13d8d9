import { z } from 'astro/zod';

/**
 * content/redirects.yaml: pages removed on purpose and where their readers should go. The path
 * rules (a clean path of this site; `to` a page the site builds, `from` one it no longer builds)
 * are src/lib/redirects.ts, which names the entry, its line and its value.
 */
export const redirectsSchema = z.array(
	z.strictObject({
		/** The old path, e.g. `/en/articles/old-name/`: lower-case, starts and ends with "/", no page uses it. */
		from: z.string(),
		/** Where readers land instead: a page of this site, e.g. `/en/categories/payments/`. Never another site. */
		to: z.string(),
	}),
);

/** One entry of content/redirects.yaml. */
export type Redirect = z.infer<typeof redirectsSchema>[number];
