/** Runs one `astro build` as a child process and measures wall time, peak memory and the search-index share. */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import {
	parsePhaseLine,
	splitPhases,
	type CpuSample,
	type Phase,
	type PhaseLine,
} from './phases.ts';
import { countSocialCards, isSocialCard, readRouteLines } from './routes.ts';

export interface BuildOptions {
	/** The Astro project to build (its own node_modules/astro); the help center when missing. */
	readonly projectDir?: string;
	/** CONTENT_DIR for the help center; a project that reads no CONTENT_DIR goes without. */
	readonly contentDir?: string;
	readonly outDir: string;
	readonly cacheDir: string;
	/** Where the full build log is written. */
	readonly logFile: string;
	/** More environment for the build, e.g. SITE_URL. */
	readonly env?: Record<string, string>;
	/** Called every few seconds with the number of pages rendered so far. */
	readonly onProgress?: (pages: number) => void;
}

export interface BuildResult {
	readonly totalMs: number;
	/** Wall time of the "Search index" phase (ours: src/integrations/pagefind.ts; Starlight: its Pagefind step). */
	readonly pagefindMs: number;
	readonly astroMs: number;
	readonly indexedPages: number;
	/**
	 * Social cards, from Astro's route lines for `/og/….png` (routes.ts): how many, how many drawn
	 * rather than reused, and the wall time drawing them (part of the Astro render, so of astroMs).
	 */
	readonly socialImages: { readonly count: number; readonly rendered: number; readonly ms: number };
	/** Every timed `[help-center-build] <Step>: … in M ms` line (search index, built pages, integrity…). */
	readonly steps: Record<string, number>;
	/** User + system CPU time of the whole build, from /usr/bin/time -v (0 when it is missing). */
	readonly cpuMs: number;
	/** 1-minute load average when the build started: other work on the machine skews wall times. */
	readonly loadBefore: number;
	/** scripts/build.ts kept the last output: nothing the build reads had changed. */
	readonly kept: boolean;
	/** From Astro's `N page(s) built` line. */
	readonly pages: number;
	/** Pages Astro's incremental build copied from the previous build instead of rendering (`(cached)`/`(restored)` lines, social cards aside). */
	readonly reusedPages: number;
	/** Largest single process, from /usr/bin/time -v (0 when it is missing). */
	readonly maxRssMb: number;
	/** Largest sum over the process tree, polled from /proc every 100 ms. */
	readonly treeRssMb: number;
	/**
	 * "Astro render" (everything not timed by a step) first, then each timed step of the log
	 * (ours: `[help-center-build]` lines; Starlight: its Pagefind line), with wall and CPU time.
	 */
	readonly phases: Phase[];
	/** The tree's CPU time as last polled from /proc: a cross-check of cpuMs. */
	readonly sampledCpuMs: number;
}

const ANSI = /\x1b\[[0-9;]*m/g;
const PAGE_SIZE = 4096;
/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICK_MS = 10;

/** Returns the pinned Node (node_modules/.bin/node) so the build never runs on an older system Node. */
export function nodeBinary(): string {
	const pinned = resolve('node_modules/.bin/node');
	return existsSync(pinned) ? pinned : process.execPath;
}

/**
 * Returns the summed resident memory of `root` and all its descendants, in bytes, and their CPU
 * time (user + system, including reaped children's), in ms.
 */
async function treeStats(root: number): Promise<{ rss: number; cpuMs: number }> {
	const parents = new Map<number, number>();
	const rss = new Map<number, number>();
	const cpu = new Map<number, number>();
	for (const name of await readdir('/proc').catch(() => [] as string[])) {
		if (!/^\d+$/.test(name)) continue;
		const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		if (fields.length < 22) continue;
		parents.set(Number(name), Number(fields[1]));
		rss.set(Number(name), Number(fields[21]) * PAGE_SIZE);
		// utime, stime, cutime, cstime: fields 14–17 of stat(5), 3 fewer after the command name.
		cpu.set(
			Number(name),
			(Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * TICK_MS,
		);
	}
	const inTree = (pid: number): boolean => {
		for (
			let p: number | undefined = pid, depth = 0;
			p !== undefined && p > 1 && depth < 50;
			depth++
		) {
			if (p === root) return true;
			p = parents.get(p);
		}
		return false;
	};
	let total = 0;
	let cpuMs = 0;
	for (const [pid, bytes] of rss) {
		if (!inTree(pid)) continue;
		total += bytes;
		cpuMs += cpu.get(pid) ?? 0;
	}
	return { rss: total, cpuMs };
}

/** Builds the site once; rejects with the log's tail when the build fails. */
export async function runBuild(options: BuildOptions): Promise<BuildResult> {
	const projectDir = options.projectDir ?? '.';
	// The help center builds as `npm run build` does (scripts/build.ts: it keeps an unchanged output);
	// another project (Starlight) with its own astro build.
	const astro = options.projectDir
		? [join(resolve(projectDir), 'node_modules/astro/bin/astro.mjs'), 'build']
		: ['--import', './scripts/support/resolve-ts.ts', 'scripts/build.ts'];
	const useTime = existsSync('/usr/bin/time');
	const [command, args] = useTime
		? ['/usr/bin/time', ['-v', nodeBinary(), ...astro]]
		: [nodeBinary(), astro];
	const env = {
		...process.env,
		// The pinned Node first, for anything the build starts by name (the machine's own Node is older).
		PATH: `${resolve('node_modules/.bin')}:${process.env.PATH ?? ''}`,
		ASTRO_TELEMETRY_DISABLED: '1',
		...(options.contentDir === undefined ? {} : { CONTENT_DIR: options.contentDir }),
		OUT_DIR: options.outDir,
		CACHE_DIR: options.cacheDir,
		...options.env,
	};
	const loadBefore = loadavg()[0] ?? 0;
	const started = performance.now();
	const child = spawn(command, args, { cwd: projectDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
	const log = createWriteStream(options.logFile);
	let output = '';
	let rendered = 0;
	let partial = '';
	const ended: (PhaseLine & { atMs: number })[] = [];
	const collect = (chunk: Buffer) => {
		const atMs = performance.now() - started;
		const text = chunk.toString('utf8');
		output += text;
		log.write(text);
		rendered += (text.match(/├─|└─/g) ?? []).length;
		// A step's line arrives when the step ends: note when, to read its CPU time off the samples.
		const lines = (partial + text).split('\n');
		partial = lines.pop()!;
		for (const line of lines) {
			const step = parsePhaseLine(line.replace(ANSI, ''));
			if (step) ended.push({ ...step, atMs });
		}
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	let peak = 0;
	let polling = true;
	const samples: CpuSample[] = [{ atMs: 0, cpuMs: 0 }];
	const poll = (async () => {
		while (polling) {
			if (child.pid !== undefined) {
				const atMs = performance.now() - started;
				const stats = await treeStats(child.pid);
				peak = Math.max(peak, stats.rss);
				// The tree shrinks at the very end (processes gone): keep the clock monotonic.
				samples.push({ atMs, cpuMs: Math.max(stats.cpuMs, samples.at(-1)!.cpuMs) });
			}
			await new Promise((done) => setTimeout(done, 100));
		}
	})();
	const progress = setInterval(() => options.onProgress?.(rendered), 5000);
	const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
	const totalMs = performance.now() - started;
	polling = false;
	clearInterval(progress);
	await poll;
	await new Promise<void>((done) => log.end(() => done()));
	const text = output.replace(ANSI, '');
	if (code !== 0) {
		const buildLog = text.split(/\n\s*Command (?:exited|being timed)/)[0]!;
		const tail = buildLog.trim().split('\n').slice(-25).join('\n');
		throw new Error(`astro build failed (exit ${code}); log: ${options.logFile}\n${tail}`);
	}
	const index = /Search index: (\d+) pages in (\d+) ms/.exec(text);
	const built = /(\d+) page\(s\) built in/.exec(text);
	const kept = /Build: nothing the build reads has changed/.test(text);
	const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
	const user = /User time \(seconds\): ([\d.]+)/.exec(text);
	const system = /System time \(seconds\): ([\d.]+)/.exec(text);
	const routes = readRouteLines(text);
	const starlightIndexed = /\[starlight:pagefind\] Found (\d+) HTML files/.exec(text);
	const steps: Record<string, number> = {};
	for (const match of text.matchAll(/\[help-center-build\] ([A-Z][\w -]*?): .*? in (\d+) ms/g)) {
		steps[match[1]!] = Number(match[2]);
	}
	const cpuMs = (Number(user?.[1] ?? 0) + Number(system?.[1] ?? 0)) * 1000;
	const phases = splitPhases(ended, samples, totalMs, cpuMs || samples.at(-1)!.cpuMs);
	const pagefindMs = phases.find((p) => p.name === 'Search index')?.wallMs ?? 0;
	return {
		totalMs,
		pagefindMs,
		astroMs: totalMs - pagefindMs,
		indexedPages: Number(index?.[1] ?? starlightIndexed?.[1] ?? 0),
		socialImages: countSocialCards(routes),
		steps,
		cpuMs,
		loadBefore,
		kept,
		pages: Number(built?.[1] ?? 0),
		reusedPages: routes.filter((r) => r.ms === undefined && !isSocialCard(r.path)).length,
		maxRssMb: Number(maxRss?.[1] ?? 0) / 1024,
		treeRssMb: peak / 1024 / 1024,
		phases,
		sampledCpuMs: samples.at(-1)!.cpuMs,
	};
}
