import type { StepLogger } from './step-logger';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { cacheDir } from '../config/site';
import type { CardJob } from '../lib/og/card';
import { createCardRenderer } from '../lib/og/renderer';

/** Bump when the card's look changes, so cached images are redrawn. */
const CARD_VERSION = '4';

/** What one run of the card step did. */
export interface SocialImageStats {
	readonly cards: number;
	readonly rendered: number;
	/** CPU time of the whole step (every thread of the process), in ms. */
	readonly cpuMs: number;
}

const cpuMsNow = () => {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
};

/**
 * Writes the social cards (PNG, 1200×630) into the output. Cards are cached by their text in the
 * cache folder, so unchanged cards cost a file copy on rebuild. Several cards are in flight at
 * once, so one card's rasterizing and compression (on libuv's threads) overlap the next one's layout.
 * Logs `Social images: N (R rendered) in M ms`, the line scripts/bench/build.ts reads.
 */
export async function writeSocialImages(
	outDir: string,
	jobs: readonly CardJob[],
	logger: StepLogger,
	// Beside Astro's own cache, so builds with their own CACHE_DIR (fixtures, benchmarks) never share cards.
	cardCacheDir = join(cacheDir, 'og-images'),
): Promise<SocialImageStats> {
	const started = performance.now();
	const cpuStarted = cpuMsNow();
	await mkdir(cardCacheDir, { recursive: true });
	const renderer = createCardRenderer();
	let rendered = 0;
	const writeOne = async (job: CardJob) => {
		const key = createHash('sha256').update(CARD_VERSION + JSON.stringify(job.card)).digest('hex').slice(0, 20);
		const cached = join(cardCacheDir, `${key}.png`);
		if (!existsSync(cached)) {
			const missing = await renderer.uncovered(job.card);
			if (missing.length > 0) logger.warn(`${job.path}: no glyph for ${missing.join(' ')}; the card shows a box there`);
			// Written beside and renamed, so a build stopped mid-write never leaves a broken card in the cache.
			const partial = `${cached}.${process.pid}.tmp`;
			await writeFile(partial, await renderer.render(job.card));
			await rename(partial, cached);
			rendered++;
		}
		const target = join(outDir, job.path);
		await mkdir(dirname(target), { recursive: true });
		await copyFile(cached, target);
	};
	const queue = [...jobs];
	const worker = async () => {
		for (let job = queue.shift(); job; job = queue.shift()) await writeOne(job);
	};
	await Promise.all(Array.from({ length: Math.max(2, availableParallelism()) }, worker));
	const cpuMs = cpuMsNow() - cpuStarted;
	const perCard = rendered > 0 ? `, ${Math.round(cpuMs / rendered)} ms CPU per rendered card` : '';
	logger.info(`Social images: ${jobs.length} (${rendered} rendered) in ${Math.round(performance.now() - started)} ms${perCard}`);
	return { cards: jobs.length, rendered, cpuMs };
}
