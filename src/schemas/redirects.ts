import { z } from 'astro/zod';

const sitePath = z
	.string()
	.regex(/^\/[^\s?#]*\/$/, { error: 'must be a site path that starts and ends with "/", e.g. /en/old-page/' });

/** content/redirects.yaml: pages removed on purpose and where their readers should go. */
export const redirectsSchema = z.array(
	z.strictObject({
		/** The old path, e.g. `/en/articles/old-name/`. */
		from: sitePath,
		/** Where readers land instead; a path on this site. */
		to: sitePath,
	}),
);
