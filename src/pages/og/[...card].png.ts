import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { createCardRenderer, type CardRenderer } from '../../lib/og/renderer';
import { getCardPaths } from '../../queries/cards';

export const getStaticPaths = getCardPaths;

// One renderer while the cards are drawn: it keeps the font subsets it has read, so each is read
// and parsed once. The cards are drawn in one run among thousands of pages, so the renderer (its
// fonts, tens of MB) is let go once no card was drawn for a moment: the rest of the build does not
// carry it, which keeps the build's peak memory where it was before cards were a route.
let renderer: CardRenderer | undefined;
let release: ReturnType<typeof setTimeout> | undefined;
const IDLE_MS = 1000;

function getRenderer(): CardRenderer {
	clearTimeout(release);
	renderer ??= createCardRenderer();
	release = setTimeout(() => (renderer = undefined), IDLE_MS);
	release.unref();
	return renderer;
}

/** A social card (PNG, 1200×630); Astro's incremental build reuses it while its text is unchanged. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({
	props: { path, card },
	logger,
}) => {
	const cards = getRenderer();
	const missing = await cards.uncovered(card);
	if (missing.length > 0)
		logger.warn(`${path}: no glyph for ${missing.join(' ')}; the card shows a box there`);
	return new Response(new Uint8Array(await cards.render(card)), {
		headers: { 'Content-Type': 'image/png' },
	});
};
