import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NODE = 'node_modules/.bin/node';

/** Runs one of `scripts/*.ts` the way npm does, with extra environment; returns its exit code and output. */
export function runScript(
	script: string,
	args: readonly string[],
	env: Record<string, string> = {},
) {
	const result = spawnSync(
		NODE,
		['--import', './scripts/support/resolve-ts.ts', `scripts/${script}`, ...args],
		{
			encoding: 'utf8',
			env: { ...process.env, ...env },
		},
	);
	return {
		status: result.status,
		stdout: result.stdout,
		stderr: result.stderr,
		output: result.stdout + result.stderr,
	};
}

/** Returns a throwaway copy of a content tree (the project's own by default) for scripts that write. */
export function copyContent(from = 'content'): string {
	const dir = join(mkdtempSync(join(tmpdir(), 'hc-content-')), 'content');
	cpSync(from, dir, { recursive: true });
	return dir;
}
