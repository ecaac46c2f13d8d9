import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { createCardRenderer } from '../../lib/og/renderer';
import { getCardPaths } from '../../queries/cards';

export const getStaticPaths = getCardPaths;

// One renderer for the build: it keeps the font subsets it has read, so each is read once.
const renderer = createCardRenderer();

/** A social card (PNG, 1200×630); Astro's incremental build reuses it while its text is unchanged. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({
	props: { path, card },
	logger,
}) => {
	const missing = await renderer.uncovered(card);
	if (missing.length > 0)
		logger.warn(`${path}: no glyph for ${missing.join(' ')}; the card shows a box there`);
	return new Response(new Uint8Array(await renderer.render(card)), {
		headers: { 'Content-Type': 'image/png' },
	});
};
