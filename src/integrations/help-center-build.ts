import type { AstroIntegration } from 'astro';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cacheDir } from '../config/site';
import type { BuildManifest } from '../lib/build-manifest';
import { readBuiltPages } from './built-pages';
import { runIntegrityChecks } from './integrity';
import { buildSearchIndex } from './pagefind';
import { checkPublishedUrls, writeHostRedirects } from './published-urls';
import { pruneSitemaps } from './sitemap-prune';
import { getStagingDir, promoteStagedOutput } from './staged-output';
import type { StepLogger } from './step-logger';

/**
 * Set by scripts/build.ts: Astro only renders, and the post-build steps run in a fresh process
 * once Astro has exited (scripts/post-build.ts), so they never add to the memory Astro holds.
 */
export const POST_BUILD_LATER = 'HELP_CENTER_POST_BUILD_LATER';
/** Where a render that left the post-build steps for later says what they should work on. */
export const PENDING_POST_BUILD = join(cacheDir, 'pending-post-build.json');

/** What the post-build steps work on: the staged build, and the output it replaces when every check passed. */
export interface PostBuildJob {
	readonly outDir: string;
	readonly finalOutDir: string | undefined;
}

/**
 * Post-build steps in order: every built page read and parsed once (readBuiltPages), and what
 * was read from it handed to the search index, the redirects, the sitemap and the checks; then the
 * staged build replaces the output (staged-output.ts), so a failed build leaves the last good site
 * as it was. Social cards are not a step: they are pages of the site (src/pages/og/[...card].png.ts).
 */
export async function runPostBuild(
	{ outDir, finalOutDir }: PostBuildJob,
	logger: StepLogger,
): Promise<void> {
	const manifestPath = join(outDir, 'build-manifest.json');
	const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as BuildManifest;
	await rm(manifestPath);
	const built = await readBuiltPages(outDir, logger);
	await buildSearchIndex(outDir, built.pages, manifest.searchTerms, logger);
	const started = performance.now();
	const redirects = await writeHostRedirects(outDir, built.pages);
	const pruned = await pruneSitemaps(outDir, built.pages);
	logger.info(
		`Redirects and sitemap: ${redirects} redirects written, ${pruned} noindex or redirect pages left out of the sitemap ` +
			`in ${Math.round(performance.now() - started)} ms`,
	);
	await checkPublishedUrls(built.pages, logger);
	await runIntegrityChecks(outDir, built, manifest.inventory, logger);
	if (finalOutDir === undefined) return;
	const promoting = performance.now();
	await promoteStagedOutput(outDir, finalOutDir);
	logger.info(
		`Output: every check passed, ${finalOutDir} replaced in ${Math.round(performance.now() - promoting)} ms`,
	);
}

/**
 * Astro writes the build into a staging folder beside the output folder; the post-build steps
 * check it and only then put it in place. Astro's incremental build reuses pages from its cache
 * folder, not from the output, so staging costs it nothing. Must be the last integration:
 * nothing may write into the staging folder after it.
 */
export function helpCenterBuild(): AstroIntegration {
	let finalOutDir: string | undefined;
	return {
		name: 'help-center-build',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				finalOutDir = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
				updateConfig({ outDir: pathToFileURL(`${getStagingDir(finalOutDir)}/`) });
			},
			'astro:build:done': async ({ dir, logger }) => {
				const job: PostBuildJob = { outDir: fileURLToPath(dir), finalOutDir };
				if (process.env[POST_BUILD_LATER] !== '1') return runPostBuild(job, logger);
				await mkdir(dirname(PENDING_POST_BUILD), { recursive: true });
				await writeFile(PENDING_POST_BUILD, JSON.stringify(job));
				logger.info(
					'Rendered; the post-build steps run next, in a fresh process (scripts/post-build.ts)',
				);
			},
		},
	};
}
