/**
 * `npm run build` (scripts/build.ts) keeps the last output when nothing the build reads has
 * changed, and builds whenever something has: content, a setting, or the output itself.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copyProject } from '../support/build-site';

const project = copyProject();
cpSync('scripts', join(project, 'scripts'), { recursive: true });
const contentDir = join(mkdtempSync(join(tmpdir(), 'hc-build-script-')), 'content');
cpSync('content', contentDir, { recursive: true });
const outDir = join(project, 'out');

/** Runs `npm run build`'s script in the project copy; returns whether Astro ran, and the log. */
function runBuild(
	env: Record<string, string> = {},
	args: string[] = [],
	expectStatus = 0,
): { built: boolean; output: string } {
	const {
		PUBLISH: _p,
		SITE_URL: _s,
		FEEDBACK_ENDPOINT: _f,
		ARTICLE_CARD_LIMIT: _c,
		...inherited
	} = process.env;
	const result = spawnSync(
		resolve('node_modules/.bin/node'),
		['--import', './scripts/support/resolve-ts.ts', 'scripts/build.ts', ...args],
		{
			cwd: project,
			encoding: 'utf8',
			env: {
				...inherited,
				NO_COLOR: '1',
				CONTENT_DIR: contentDir,
				OUT_DIR: outDir,
				CACHE_DIR: `${outDir}-cache`,
				...env,
			},
			maxBuffer: 64 * 1024 * 1024,
		},
	);
	const output = `${result.stdout}${result.stderr}`;
	expect(result.status, output.slice(-2000)).toBe(expectStatus);
	return { built: /page\(s\) built in/.test(output), output };
}

afterAll(() => {
	rmSync(project, { recursive: true, force: true });
	rmSync(contentDir, { recursive: true, force: true });
});

describe('npm run build', () => {
	test('builds, then keeps the output while nothing changed, and builds again for any change', () => {
		expect(runBuild().built).toBe(true);
		const again = runBuild();
		expect(again.built).toBe(false);
		expect(again.output).toContain('kept');

		// A content edit.
		writeFileSync(join(contentDir, 'articles/en/payment-failed.mdx'), '\nOne more sentence.\n', {
			flag: 'a',
		});
		expect(runBuild().built).toBe(true);
		expect(runBuild().built).toBe(false);

		// A setting the build reads.
		expect(runBuild({ SITE_URL: 'https://help.example.org' }).built).toBe(true);

		// The output was touched after the build: it is no longer what the build wrote.
		rmSync(join(outDir, 'robots.txt'));
		expect(runBuild({ SITE_URL: 'https://help.example.org' }).built).toBe(true);

		// --force always builds.
		expect(runBuild({ SITE_URL: 'https://help.example.org' }, ['--force']).built).toBe(true);
	});

	test('a check that fails in the post-build process stops the build and leaves the last output as it was', () => {
		const before = readFileSync(join(outDir, 'en/articles/payment-failed/index.html'), 'utf8');
		const article = join(contentDir, 'articles/en/payment-failed.mdx');
		writeFileSync(article, '\nSee [this page](/en/no-such-page/).\n', { flag: 'a' });
		const failed = runBuild({ SITE_URL: 'https://help.example.org' }, [], 1);
		expect(failed.output).toContain('/en/no-such-page/');
		expect(failed.output).toContain('the output was left as it was');
		expect(readFileSync(join(outDir, 'en/articles/payment-failed/index.html'), 'utf8')).toBe(
			before,
		);
		writeFileSync(
			article,
			readFileSync(article, 'utf8').replace('\nSee [this page](/en/no-such-page/).\n', ''),
		);
	});

	test('a build that runs out of the heap sized for it is built again with the default heap', () => {
		const starved = runBuild({ BUILD_HEAP_MB: '24' }, ['--force']);
		expect(starved.output).toContain('building again with the default heap');
		expect(starved.built).toBe(true);
	});
});
