import type { AstroIntegration } from 'astro';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildManifest } from '../queries/manifest';
import { readBuiltPages } from './built-pages';
import { writeSocialImages } from './og-images';
import { runIntegrityChecks } from './integrity';
import { buildSearchIndex } from './pagefind';
import { checkPublishedUrls, writeHostRedirects } from './published-urls';
import { pruneSitemaps } from './sitemap-prune';

/**
 * Post-build steps in order: search index and social images, then every built page read once
 * (readBuiltPages) for the redirects, the sitemap and the checks.
 */
export function helpCenterBuild(): AstroIntegration {
	return {
		name: 'help-center-build',
		hooks: {
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
			},
		},
	};
}
