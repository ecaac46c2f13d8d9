/**
 * A build that fails late must not leave a half-built site where the last good one was: Astro
 * writes into a staging folder, and only a build that passed every check replaces the output.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../support/build';

const root = mkdtempSync(join(tmpdir(), 'hc-failed-build-'));
/** Output and cache folders every build in this file shares, as on a writer's machine or a CI cache. */
const env = { OUT_DIR: join(root, 'dist'), CACHE_DIR: join(root, 'cache') };
const content = (name: string) => `tests/fixtures/${name}/content`;

/** Every file of the output by content hash. */
async function snapshot(dir: string): Promise<Record<string, string>> {
	const files: Record<string, string> = {};
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		files[relative(dir, path)] = createHash('sha256')
			.update(await readFile(path))
			.digest('hex');
	}
	return files;
}

async function build(name: string) {
	const result = await buildSite(content(name), env);
	result.cleanUp();
	return result;
}

let good: Record<string, string>;

beforeAll(async () => {
	const first = await build('valid-minimal');
	expect(first.code, first.output).toBe(0);
	good = await snapshot(env.OUT_DIR);
}, 180_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a failed build', () => {
	test.each([
		['mdx-expression', 'where MDX compiles an article (articles are content, not code)'],
		['channel-unknown-id', 'while Astro renders the pages'],
		['link-missing-page', 'in a post-build check'],
	])(
		'%s, failing %s, leaves the last good output as it was',
		async (name) => {
			const failed = await build(name);
			expect(failed.code, failed.output).not.toBe(0);
			expect(await snapshot(env.OUT_DIR)).toEqual(good);
		},
		180_000,
	);

	test('the next good build replaces the output, reusing pages from the cache', async () => {
		const next = await build('valid-minimal');
		expect(next.code, next.output).toBe(0);
		expect((next.output.match(/\((cached|restored)\)/g) ?? []).length).toBeGreaterThan(5);
		expect(Object.keys(await snapshot(env.OUT_DIR)).sort()).toEqual(Object.keys(good).sort());
	}, 180_000);
});
