/**
 * Runs the real `astro build` on another content tree, into throwaway output and cache folders,
 * so fixture tests never touch `dist/` or the main build's cache.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The project's pinned Node 24 and the Astro CLI, as the npm scripts run them. */
const NODE = 'node_modules/.bin/node';
const ASTRO = 'node_modules/astro/bin/astro.mjs';

export interface BuildResult {
	/** Exit code; null when the build was killed. */
	readonly code: number | null;
	/** stdout and stderr interleaved, without colour codes. */
	readonly output: string;
	readonly ms: number;
	/** Where the site was written; removed by `cleanUp` unless KEEP_BUILD_OUTPUT is set. */
	readonly outDir: string;
	readonly cleanUp: () => void;
}

/** Returns text without ANSI colour and cursor codes. */
export function stripAnsi(text: string): string {
	return text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
}

/** Builds the site from `contentDir` into a temporary folder and resolves when the CLI exits. */
export function buildSite(
	contentDir: string,
	env: Record<string, string> = {},
	timeoutMs = 180_000,
): Promise<BuildResult> {
	const root = mkdtempSync(join(tmpdir(), 'hc-build-'));
	const outDir = join(root, 'dist');
	const cleanUp = () => {
		if (!process.env['KEEP_BUILD_OUTPUT']) rmSync(root, { recursive: true, force: true });
	};
	// PUBLISH, SITE_URL and ARTICLE_CARD_LIMIT from the caller's shell would change what the build checks and writes.
	const {
		PUBLISH: _publish,
		SITE_URL: _site,
		ARTICLE_CARD_LIMIT: _cards,
		...inherited
	} = process.env;
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn(NODE, [ASTRO, 'build'], {
			env: {
				...inherited,
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
				CONTENT_DIR: contentDir,
				OUT_DIR: outDir,
				CACHE_DIR: join(root, 'cache'),
				...env,
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('error', (error) => {
			clearTimeout(timer);
			cleanUp();
			reject(error);
		});
		child.on('close', (code) => {
			clearTimeout(timer);
			const ms = Math.round(performance.now() - started);
			resolve({ code, output: stripAnsi(output), ms, outDir, cleanUp });
		});
	});
}
