import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What a build needs besides the content; the rest of the repository stays behind. */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Returns a temporary copy of the project (node_modules linked, content left out). Builds run in
 * a copy because Astro keeps generated modules in `<root>/.astro/`, which two builds of one
 * root would overwrite under each other (parallel test files, a developer's own build).
 */
export function copyProject(): string {
	const root = mkdtempSync(join(tmpdir(), 'hc-project-'));
	for (const entry of PROJECT_FILES) cpSync(entry, join(root, entry), { recursive: true });
	symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
	return root;
}

export interface IsolatedBuild {
	readonly status: number | null;
	readonly output: string;
	/** The build's output folder. */
	readonly outDir: string;
	/** Deletes the output, its cache and the project copy made for it. */
	readonly remove: () => void;
}

/**
 * Builds the site with extra environment (CONTENT_DIR, FEEDBACK_ENDPOINT, …) from a copy of the
 * project (or `root`, an existing copy) into a temporary folder, never dist/. CONTENT_DIR
 * defaults to this repository's content. Synchronous: one build at a time per test file.
 */
export function buildIsolated(env: Record<string, string> = {}, root?: string): IsolatedBuild {
	const cwd = root ?? copyProject();
	const outDir = join(cwd, 'test-dist');
	// Settings from the caller's shell would change what the build checks and writes.
	const {
		PUBLISH: _publish,
		SITE_URL: _site,
		FEEDBACK_ENDPOINT: _endpoint,
		ARTICLE_CARD_LIMIT: _cards,
		...inherited
	} = process.env;
	const result = spawnSync(
		resolve('node_modules/.bin/node'),
		['node_modules/astro/bin/astro.mjs', 'build'],
		{
			cwd,
			encoding: 'utf8',
			env: {
				...inherited,
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
				CONTENT_DIR: resolve('content'),
				...env,
				OUT_DIR: outDir,
			},
			maxBuffer: 64 * 1024 * 1024,
		},
	);
	return {
		status: result.status,
		output: `${result.stdout}${result.stderr}`,
		outDir,
		remove: () => {
			rmSync(outDir, { recursive: true, force: true });
			rmSync(`${outDir}-cache`, { recursive: true, force: true });
			if (!root) rmSync(cwd, { recursive: true, force: true });
		},
	};
}
