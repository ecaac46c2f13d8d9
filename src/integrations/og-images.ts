import type { AstroIntegrationLogger } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { cacheDir } from '../config/site';
import { buildCard, type CardText } from '../lib/og/card';
import { parseFontSubsets, pickSubsets, type FontSubset } from '../lib/og/font-subsets';

const require = createRequire(import.meta.url);
const FONT_DIR = dirname(require.resolve('@fontsource/noto-sans-sc/700.css'));
// Beside Astro's own cache, so builds with their own CACHE_DIR (fixtures, benchmarks) never share cards.
const CACHE_DIR = join(cacheDir, 'og-images');
/** Bump when the card's look changes, so cached images are redrawn. */
const CARD_VERSION = '3';

/** One image to write: its site path and its text. */
export interface CardJob {
	readonly path: string;
	readonly card: CardText;
}

let subsets: FontSubset[] | undefined;
const fontFiles = new Map<string, Buffer>();

async function fontsFor(text: string) {
	subsets ??= parseFontSubsets(await readFile(join(FONT_DIR, '700.css'), 'utf8'));
	const files = pickSubsets(subsets, text);
	return Promise.all(
		files.map(async (file) => {
			let data = fontFiles.get(file);
			if (!data) {
				data = await readFile(join(FONT_DIR, 'files', file));
				fontFiles.set(file, data);
			}
			// Distinct names: satori only falls back across fonts that differ by name.
			return { name: `Noto Sans SC ${file}`, data, weight: 700 as const, style: 'normal' as const };
		}),
	);
}

/**
 * Renders social cards (PNG, 1200×630) with a self-hosted CJK font, so Chinese titles never
 * show as boxes. Cards are cached by their text, so unchanged articles cost nothing on rebuild.
 */
export async function writeSocialImages(outDir: string, jobs: readonly CardJob[], logger: AstroIntegrationLogger): Promise<void> {
	const started = performance.now();
	await mkdir(CACHE_DIR, { recursive: true });
	let rendered = 0;
	for (const job of jobs) {
		const key = createHash('sha256').update(CARD_VERSION + JSON.stringify(job.card)).digest('hex').slice(0, 20);
		const cached = join(CACHE_DIR, `${key}.png`);
		if (!existsSync(cached)) {
			const text = Object.values(job.card).join('');
			const svg = await satori(buildCard(job.card) as never, { width: 1200, height: 630, fonts: await fontsFor(text) });
			await writeFile(cached, new Resvg(svg).render().asPng());
			rendered++;
		}
		const target = join(outDir, job.path);
		await mkdir(dirname(target), { recursive: true });
		await copyFile(cached, target);
	}
	logger.info(`Social images: ${jobs.length} (${rendered} rendered) in ${Math.round(performance.now() - started)} ms`);
}
