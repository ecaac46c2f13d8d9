/**
 * Astro's incremental build copies a page from the last build when its cacheKey
 * (src/queries/paths.ts) and its code are unchanged. A key that misses some data the page
 * shows would publish stale pages, so each edit below is built twice, incrementally and
 * clean, and every output file must be identical.
 */
import { createHash } from 'node:crypto';
import {
	copyFileSync,
	cpSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { countSocialCards, isSocialCard, readRouteLines } from '../../scripts/bench/routes';
import { getSourceHash, setSourceHash } from '../../src/lib/translation-status';
import { buildIsolated, copyProject, type IsolatedBuild } from '../support/build-site';

const contentDir = join(mkdtempSync(join(tmpdir(), 'hc-incremental-')), 'content');
/** One project copy whose output and cache survive from build to build, as on a writer's machine. */
const project = copyProject();
const ZH = join(contentDir, 'articles/zh-cn/reset-password.mdx');
const EN = join(contentDir, 'articles/en/reset-password.mdx');
const enPage = () =>
	readFileSync(join(project, 'test-dist/en/articles/reset-password/index.html'), 'utf8');

/** Every output file except the search index (its chunk names are not part of any page), by content hash. */
async function snapshot(outDir: string): Promise<Map<string, string>> {
	const files = new Map<string, string>();
	for (const entry of await readdir(outDir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = relative(outDir, join(entry.parentPath, entry.name));
		if (path.startsWith('pagefind/')) continue;
		files.set(
			path,
			createHash('sha256')
				.update(await readFile(join(outDir, path)))
				.digest('hex'),
		);
	}
	return files;
}

function build(env: Record<string, string>, root?: string): IsolatedBuild {
	const result = buildIsolated({ CONTENT_DIR: contentDir, ...env }, root);
	expect(result.status, result.output.slice(-2000)).toBe(0);
	return result;
}

/** Builds the current content incrementally (keeping output and cache) and clean (a fresh copy). */
function buildBothWays(env: Record<string, string> = {}): {
	incremental: IsolatedBuild;
	clean: IsolatedBuild;
} {
	return { incremental: build(env, project), clean: build(env) };
}

async function expectSameOutput(builds: {
	incremental: IsolatedBuild;
	clean: IsolatedBuild;
}): Promise<void> {
	const [a, b] = [await snapshot(builds.incremental.outDir), await snapshot(builds.clean.outDir)];
	expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
	const differing = [...a].filter(([path, hash]) => b.get(path) !== hash).map(([path]) => path);
	expect(differing, 'files that differ between the incremental and the clean build').toEqual([]);
	builds.clean.remove();
}

const reused = (build: IsolatedBuild) =>
	(build.output.match(/\((cached|restored)\)/g) ?? []).length;
/** The social cards a build drew rather than reused (src/pages/og/[...card].png.ts). */
const drawnCards = (build: IsolatedBuild) =>
	readRouteLines(build.output)
		.filter((r) => isSocialCard(r.path) && r.ms !== undefined)
		.map((r) => r.path);
const edit = (file: string, change: (text: string) => string) =>
	writeFileSync(file, change(readFileSync(file, 'utf8')));

beforeAll(async () => {
	cpSync('tests/fixtures/valid-minimal/content', contentDir, { recursive: true });
	// Stamp the translation as current, so a changed source shows up as a new notice on it.
	const zhBody = readFileSync(ZH, 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
	edit(EN, (text) => setSourceHash(text, getSourceHash(zhBody)));
	const first = build({}, project);
	expect(reused(first), 'the first build has nothing to reuse').toBe(0);
}, 120_000);

afterAll(() => {
	rmSync(project, { recursive: true, force: true });
	rmSync(resolve(contentDir, '..'), { recursive: true, force: true });
});

describe('incremental build', () => {
	test('with no change, keyed pages are reused and the output equals a clean build', async () => {
		const builds = buildBothWays();
		expect(reused(builds.incremental)).toBeGreaterThan(5);
		expect(
			countSocialCards(readRouteLines(builds.incremental.output)).count,
			'the build has social cards',
		).toBeGreaterThan(0);
		expect(drawnCards(builds.incremental), 'an unchanged rebuild draws no social card').toEqual([]);
		expect(enPage().includes('stale-notice'), 'a stamped translation has no notice').toBe(false);
		await expectSameOutput(builds);
	}, 120_000);

	test('editing a source body re-renders it and its translation, whose "source changed" notice appears', async () => {
		edit(ZH, (text) => text.replace('然后按提示操作。', '然后按页面提示操作。'));
		const builds = buildBothWays();
		expect(enPage().includes('stale-notice'), 'the English page now says its source changed').toBe(
			true,
		);
		expect(reused(builds.incremental), 'other pages are still reused').toBeGreaterThan(0);
		await expectSameOutput(builds);
	}, 120_000);

	test('renaming a category changes every page that shows it', async () => {
		edit(join(contentDir, 'categories.yaml'), (text) =>
			text.replace('en: Common questions', 'en: Frequent questions'),
		);
		const builds = buildBothWays();
		// A card is keyed by its text: the category's own card and the English article's (its footer) are drawn again.
		expect(drawnCards(builds.incremental).sort()).toEqual([
			'/og/en/categories/general.png',
			'/og/en/reset-password.png',
		]);
		await expectSameOutput(builds);
	}, 120_000);

	test('editing a contact channel changes the pages that list it', async () => {
		edit(join(contentDir, 'channels.yaml'), (text) =>
			text.replace(
				'Usually replies within 1 business day',
				'Usually replies within 2 business days',
			),
		);
		await expectSameOutput(buildBothWays());
	}, 120_000);

	test('replacing a screenshot (same file name, same text) re-renders its article with the new image', async () => {
		const image = join(contentDir, 'articles/en/images/reset-password/screen.png');
		mkdirSync(join(image, '..'), { recursive: true });
		copyFileSync('content/articles/en/images/register-account/welcome.png', image);
		edit(
			EN,
			(text) => `${text.trimEnd()}\n\n![The sign-in screen](./images/reset-password/screen.png)\n`,
		);
		await expectSameOutput(buildBothWays());
		const before = /href="(\/_astro\/screen\.[^"]+)"/.exec(enPage())?.[1];
		copyFileSync('content/articles/en/images/register-account/register-form.png', image);
		const builds = buildBothWays();
		const after = /href="(\/_astro\/screen\.[^"]+)"/.exec(enPage())?.[1];
		expect(before).toBeDefined();
		expect(after, 'the page links to the new image').not.toBe(before);
		await expectSameOutput(builds);
	}, 240_000);

	test('editing a service notice changes every page that shows it', async () => {
		edit(join(contentDir, 'notices/email-delays.yaml'), (text) =>
			text.replace('may take two working days', 'may take three working days'),
		);
		const builds = buildBothWays();
		expect(enPage()).toContain('may take three working days');
		await expectSameOutput(builds);
	}, 120_000);

	test('another SITE_URL changes canonical links on every page', async () => {
		await expectSameOutput(buildBothWays({ SITE_URL: 'https://help.other.example.com' }));
	}, 120_000);
});
