/**
 * What a build's output depends on, as one digest: every source, content and config file, the
 * settings read from the environment, and the Node version. Two builds with the same digest write
 * the same site, so the second one can keep the first one's output (scripts/build.ts).
 */
import { createHash } from 'node:crypto';

/** Environment variables the build reads (src/config/site.ts, src/config/feedback.ts). */
export const BUILD_SETTINGS = [
	'SITE_URL',
	'CONTENT_DIR',
	'OUT_DIR',
	'CACHE_DIR',
	'ARTICLE_CARD_LIMIT',
	'PUBLISH',
	'FEEDBACK_ENDPOINT',
] as const;

/** One input file: its path as given and the SHA-256 of its bytes. */
export interface InputFile {
	readonly path: string;
	readonly hash: string;
}

/** One output file: its path inside the output folder and its size. */
export interface OutputFile {
	readonly path: string;
	readonly size: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Returns the digest of a build's inputs; the order files are listed in does not matter. `clock` is
 * what the output takes from the time of the build: which service notices are active (a notice
 * that started or ended since the last build changes pages though no file did).
 */
export function digestInputs(
	files: readonly InputFile[],
	settings: Readonly<Record<string, string | undefined>>,
	nodeVersion: string,
	clock = '',
): string {
	const lines = [...files]
		.sort((a, b) => a.path.localeCompare(b.path))
		.map((f) => `${f.path}\t${f.hash}`);
	const env = BUILD_SETTINGS.map((name) => `${name}=${settings[name] ?? ''}`);
	return sha256(
		[`node ${nodeVersion}`, ...env, ...(clock ? [`clock ${clock}`] : []), ...lines].join('\n'),
	);
}

/** Returns the digest of an output folder's listing: any file added, removed or resized changes it. */
export function digestOutput(files: readonly OutputFile[]): string {
	return sha256(
		[...files]
			.sort((a, b) => a.path.localeCompare(b.path))
			.map((f) => `${f.path}\t${f.size}`)
			.join('\n'),
	);
}

/** What the last successful build recorded. */
export interface BuildRecord {
	readonly inputs: string;
	readonly output: string;
}

/** Returns whether a build can keep the last output: same inputs, and the output still as that build left it. */
export function canKeepOutput(
	last: BuildRecord | undefined,
	inputs: string,
	output: string | undefined,
): boolean {
	return (
		last !== undefined && output !== undefined && last.inputs === inputs && last.output === output
	);
}

/**
 * Returns the V8 heap (MB) to give `astro build` for a content folder of this many article
 * files. With Node's default limit (a quarter of the machine's memory) V8 grows the heap rather
 * than collect: at 2,000 article files the build peaked at 1.71 GB resident, with 1,024 MB at
 * 1.59 GB for the same CPU time. The live heap grows with the site, hence the share per file;
 * a build that still runs out is retried with the default (scripts/build.ts).
 */
export function getBuildHeapMb(articleFiles: number): number {
	return Math.max(1024, 512 + Math.ceil(articleFiles * 0.3));
}
