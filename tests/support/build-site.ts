import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface BuiltSite {
	readonly status: number | null;
	readonly output: string;
	/** The build's output folder (a fresh temporary one). */
	readonly outDir: string;
	/** Deletes the output and its content cache. */
	readonly remove: () => void;
}

/**
 * Builds the site with extra environment (CONTENT_DIR, FEEDBACK_ENDPOINT, …) into a temporary
 * folder, never dist/; `cwd` builds another copy of the project. Synchronous: one build at a time.
 */
export function buildSite(env: Record<string, string> = {}, cwd = process.cwd()): BuiltSite {
	const outDir = join(mkdtempSync(join(tmpdir(), 'hc-build-')), 'dist');
	const result = spawnSync(resolve('node_modules/.bin/node'), ['node_modules/astro/bin/astro.mjs', 'build'], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env, OUT_DIR: outDir },
		maxBuffer: 64 * 1024 * 1024,
	});
	return {
		status: result.status,
		output: `${result.stdout}${result.stderr}`,
		outDir,
		remove: () => rmSync(join(outDir, '..'), { recursive: true, force: true }),
	};
}
