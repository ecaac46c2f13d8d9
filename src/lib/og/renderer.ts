import { renderAsync } from '@resvg/resvg-js';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { buildCard, CARD_BACKGROUND, CARD_SIZE, type CardText } from './card';
import { findUncovered, parseFontSubsets, pickSubsets, type FontSubset } from './font-subsets';

const require = createRequire(import.meta.url);
const FONT_DIR = dirname(require.resolve('@fontsource/noto-sans-sc/700.css'));

export interface CardRenderer {
	/** Returns the card as SVG: its background, and its text as paths. */
	svg(card: CardText): Promise<string>;
	/** Returns the card as a 1200×630 PNG. */
	render(card: CardText): Promise<Buffer>;
	/** Returns the characters of a card that no font subset can draw (they would show as boxes). */
	uncovered(card: CardText): Promise<string[]>;
}

/**
 * Returns a card renderer with a self-hosted CJK font (Noto Sans SC, bold), so Chinese titles
 * never show as boxes. Each card gets the font subsets its own text needs, in the font's
 * declaration order, so a card's pixels never depend on the other cards of a build (the cache
 * keys cards by their text alone). Subset files are read once and kept: satori keeps each parsed
 * font by its buffer, so a subset is parsed once per build, not once per card.
 */
export function createCardRenderer(): CardRenderer {
	let subsets: Promise<FontSubset[]> | undefined;
	const files = new Map<string, Promise<Buffer>>();
	const loadSubsets = () =>
		(subsets ??= readFile(join(FONT_DIR, '700.css'), 'utf8').then(parseFontSubsets));
	const fileOf = (file: string) => {
		let data = files.get(file);
		if (!data) files.set(file, (data = readFile(join(FONT_DIR, 'files', file))));
		return data;
	};
	// With the ellipsis satori adds where it cuts a long title or footer (line clamp).
	const textOf = (card: CardText) => `${Object.values(card).join('')}…`;

	const renderer: CardRenderer = {
		async svg(card) {
			const names = pickSubsets(await loadSubsets(), textOf(card));
			// Distinct names: satori only falls back across fonts that differ by name.
			const fonts = await Promise.all(
				names.map(async (file) => ({
					name: `Noto Sans SC ${file}`,
					data: await fileOf(file),
					weight: 700 as const,
					style: 'normal' as const,
				})),
			);
			const text = await satori(buildCard(card) as never, { ...CARD_SIZE, fonts });
			return text.replace(/^<svg[^>]*>/, (open) => open + CARD_BACKGROUND);
		},
		async render(card) {
			const svg = await renderer.svg(card);
			// satori draws text as paths, so resvg needs no fonts: scanning the system's cost ~10 ms a card.
			// renderAsync rasterizes on libuv's thread pool, beside the next card's layout.
			const image = await renderAsync(svg, { font: { loadSystemFonts: false } });
			return image.asPng();
		},
		async uncovered(card) {
			return findUncovered(await loadSubsets(), textOf(card));
		},
	};
	return renderer;
}
