import type { AstroIntegration } from 'astro';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BuildManifest } from '../queries/manifest';
import { readBuiltPages } from './built-pages';
import { writeSocialImages } from './og-images';
import { runIntegrityChecks } from './integrity';
import { buildSearchIndex } from './pagefind';
import { checkPublishedUrls, writeHostRedirects } from './published-urls';
import { pruneSitemaps } from './sitemap-prune';
import { getStagingDir, promoteStagedOutput } from './staged-output';

/**
 * Post-build steps in order: search index and social images, then every built page read once
 * (readBuiltPages) for the redirects, the sitemap and the checks. Astro writes the build into a
 * staging folder beside the output folder; only a build that passed every check replaces the
 * output (staged-output.ts), so a failed build leaves the last good site as it was. Astro's
 * incremental build reuses pages from its cache folder, not from the output, so staging costs it
 * nothing. Must be the last integration: nothing may write into the staging folder after it.
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
				const outDir = fileURLToPath(dir);
				const manifestPath = join(outDir, 'build-manifest.json');
				const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as BuildManifest;
				await rm(manifestPath);
				await buildSearchIndex(outDir, manifest.searchTerms, logger);
				await writeSocialImages(outDir, manifest.cards, logger);
				const built = await readBuiltPages(outDir, logger);
				const started = performance.now();
				const redirects = await writeHostRedirects(outDir, built.pages);
				const pruned = await pruneSitemaps(outDir, built.pages);
				logger.info(
					`Redirects and sitemap: ${redirects} redirects written, ${pruned} noindex or redirect pages left out of the sitemap ` +
						`in ${Math.round(performance.now() - started)} ms`,
				);
				await checkPublishedUrls(built.pages, logger);
				await runIntegrityChecks(outDir, built, logger);
				if (finalOutDir === undefined) return;
				const promoting = performance.now();
				await promoteStagedOutput(outDir, finalOutDir);
				logger.info(`Output: every check passed, ${finalOutDir} replaced in ${Math.round(performance.now() - promoting)} ms`);
			},
		},
	};
}
