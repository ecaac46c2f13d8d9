/**
 * `npm run build`: `astro build`, unless nothing it reads has changed since the last successful
 * build and that build's output is still as it left it; then the output is kept as it is.
 * An unchanged rebuild (a CI run for a README edit, a second `npm start`) costs a second of
 * hashing instead of a full build. Any change — one article, a component, a setting, the lock
 * file — builds, and Astro's incremental build still reuses the pages it can.
 *
 * `astro build` runs with a V8 heap sized for the content (src/lib/build-inputs.ts), which keeps
 * peak memory down; a build that runs out of it is built again with Node's default. Astro only
 * renders (pages, and social cards as routes); the post-build steps (search index, checks, putting
 * the build in place) run next in a fresh process (scripts/post-build.ts), never on top of the
 * memory Astro held.
 *
 * Usage: npm run build [-- --force]
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import {
	canKeepOutput,
	digestInputs,
	digestOutput,
	getBuildHeapMb,
	type BuildRecord,
	type InputFile,
	type OutputFile,
} from '../src/lib/build-inputs.ts';
import { cacheDir, contentDir, outDir } from '../src/config/site.ts';
import { readNoticeFiles, toNoticeRecords } from '../src/lib/notice-files.ts';
import { describeNoticeStates, windowOf } from '../src/lib/notices.ts';
import { POST_BUILD_LATER } from '../src/integrations/help-center-build.ts';

/** Everything the build reads besides node_modules (whose versions the lock file pins). */
const INPUTS = [
	'src',
	'public',
	contentDir,
	'astro.config.mjs',
	'package.json',
	'package-lock.json',
	'tsconfig.json',
];
const RECORD = join(cacheDir, 'last-build.json');

async function listFiles(path: string): Promise<string[]> {
	if (!existsSync(path)) return [];
	if (!(await stat(path)).isDirectory()) return [path];
	const entries = await readdir(path, { withFileTypes: true, recursive: true });
	return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

async function hashInputs(): Promise<InputFile[]> {
	const files = (await Promise.all(INPUTS.map(listFiles))).flat();
	return Promise.all(
		files.map(async (path) => ({
			path: relative('.', path),
			hash: createHash('sha256')
				.update(await readFile(path))
				.digest('hex'),
		})),
	);
}

async function listOutput(): Promise<OutputFile[] | undefined> {
	if (!existsSync(outDir)) return undefined;
	const files = await listFiles(outDir);
	return Promise.all(
		files.map(async (path) => ({ path: relative(outDir, path), size: (await stat(path)).size })),
	);
}

const started = performance.now();
// Which notices are active now: a notice that started or ended since the last build is a change.
const notices = toNoticeRecords(readNoticeFiles(contentDir).files).notices;
const noticeStates = describeNoticeStates(
	notices.map((n) => ({ id: n.id, window: windowOf(n) })),
	Date.now(),
);
const inputs = digestInputs(await hashInputs(), process.env, process.version, noticeStates);
const output = await listOutput();
const last = existsSync(RECORD)
	? (JSON.parse(await readFile(RECORD, 'utf8')) as BuildRecord)
	: undefined;
if (
	!process.argv.includes('--force') &&
	canKeepOutput(last, inputs, output && digestOutput(output))
) {
	console.log(
		`Build: nothing the build reads has changed since the last build, and ${resolve(outDir)} is as it left it: kept ` +
			`(checked in ${Math.round(performance.now() - started)} ms; npm run build -- --force builds anyway).`,
	);
	process.exit(0);
}
const articleFiles = (await listFiles(join(contentDir, 'articles'))).length;
const build = (heapMb?: number) =>
	spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		stdio: 'inherit',
		env: {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
			[POST_BUILD_LATER]: '1',
			...(heapMb
				? {
						NODE_OPTIONS:
							`${process.env['NODE_OPTIONS'] ?? ''} --max-old-space-size=${heapMb}`.trim(),
					}
				: {}),
		},
	});
// BUILD_HEAP_MB overrides the size (tests use a tiny one to exercise the retry).
let astro = build(Number(process.env['BUILD_HEAP_MB']) || getBuildHeapMb(articleFiles));
if (astro.signal === 'SIGABRT' || astro.status === 134) {
	// V8 ran out of the heap we sized for this content: build again with Node's own limit.
	console.log(
		'Build: the heap sized for this site was too small; building again with the default heap.',
	);
	astro = build();
}
if (astro.status !== 0) process.exit(astro.status ?? 1);
// Astro has exited and given its memory back; the post-build steps start with a small heap.
const post = spawnSync(
	process.execPath,
	['--import', './scripts/support/resolve-ts.ts', 'scripts/post-build.ts'],
	{
		stdio: 'inherit',
		env: process.env,
	},
);
if (post.status !== 0) process.exit(post.status ?? 1);
const built = await listOutput();
if (built) {
	await mkdir(cacheDir, { recursive: true });
	await writeFile(
		RECORD,
		JSON.stringify({ inputs, output: digestOutput(built) } satisfies BuildRecord),
	);
}
