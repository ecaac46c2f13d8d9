import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { runIntegrityChecks } from './integrity';
import { buildSearchIndex } from './pagefind';
import { checkPublishedUrls, writeHostRedirects } from './published-urls';

/** Post-build steps in order: search index, then the integrity checks that read it. */
export function helpCenterBuild(): AstroIntegration {
	return {
		name: 'help-center-build',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				await buildSearchIndex(outDir, logger);
				await writeHostRedirects(outDir);
				await checkPublishedUrls(outDir, logger);
				await runIntegrityChecks(outDir, logger);
			},
		},
	};
}
