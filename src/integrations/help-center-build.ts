import type { AstroIntegration } from 'astro';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildManifest } from '../queries/manifest';
import { writeSocialImages } from './og-images';
import { runIntegrityChecks } from './integrity';
import { buildSearchIndex } from './pagefind';
import { checkPublishedUrls, writeHostRedirects } from './published-urls';
import { pruneSitemaps } from './sitemap-prune';

/** Post-build steps in order: search index and social images, redirects, then the checks that read them. */
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
				await writeHostRedirects(outDir);
				await pruneSitemaps(outDir);
				await checkPublishedUrls(outDir, logger);
				await runIntegrityChecks(outDir, logger);
			},
		},
	};
}
