import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { getStagingDir, promoteStagedOutput } from '../../src/integrations/staged-output';

const roots: string[] = [];
afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A folder with `dist/` (when `old` is given) and a finished staging folder holding `index.html`. */
function setUp(old?: string) {
	const root = mkdtempSync(join(tmpdir(), 'hc-staged-'));
	roots.push(root);
	const outDir = join(root, 'dist');
	const staging = getStagingDir(outDir);
	if (old !== undefined) {
		mkdirSync(join(outDir, 'en'), { recursive: true });
		writeFileSync(join(outDir, 'index.html'), old);
		writeFileSync(join(outDir, 'en', 'stale.html'), old);
	}
	mkdirSync(staging);
	writeFileSync(join(staging, 'index.html'), 'new');
	return { root, outDir, staging };
}

describe('getStagingDir', () => {
	test('is a hidden sibling of the output folder', () => {
		expect(getStagingDir('/site/dist')).toBe('/site/.dist-staging');
	});
});

describe('promoteStagedOutput', () => {
	test('replaces the old output as a whole: no file of it is left', async () => {
		const { root, outDir, staging } = setUp('old');
		await promoteStagedOutput(staging, outDir);
		expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
		expect(existsSync(join(outDir, 'en'))).toBe(false);
		expect(readdirSync(root)).toEqual(['dist']);
	});

	test('puts the build in place when there was no output yet', async () => {
		const { root, outDir, staging } = setUp();
		await promoteStagedOutput(staging, outDir);
		expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
		expect(readdirSync(root)).toEqual(['dist']);
	});

	test('keeps a deploy checkout (.git) of the old output', async () => {
		const { outDir, staging } = setUp('old');
		mkdirSync(join(outDir, '.git'));
		writeFileSync(join(outDir, '.git', 'HEAD'), 'ref: refs/heads/gh-pages');
		await promoteStagedOutput(staging, outDir);
		expect(readFileSync(join(outDir, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/gh-pages');
	});

	test('leaves the old output in place when the staging folder is missing', async () => {
		const { outDir, staging } = setUp('old');
		rmSync(staging, { recursive: true });
		await expect(promoteStagedOutput(staging, outDir)).rejects.toThrow();
		expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old');
	});
});
