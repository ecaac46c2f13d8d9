/**
 * Build phases from the build log, with the CPU time spent in each: the log gives a phase's end
 * (when its line arrives) and duration, the process tree's CPU clock is sampled every 100 ms, and
 * the CPU between the phase's start and end is read off the samples. CPU time is what counts on a
 * shared machine; wall time per phase is kept beside it.
 */

/** Cumulative user + system CPU time of a build's process tree at a moment of the build. */
export interface CpuSample {
	/** Milliseconds since the build started. */
	readonly atMs: number;
	readonly cpuMs: number;
}

/** A timed step that a build's log reports when it ends. */
export interface PhaseLine {
	readonly name: string;
	readonly ms: number;
}

export interface Phase {
	readonly name: string;
	readonly wallMs: number;
	readonly cpuMs: number;
}

/** The phase that is not a timed step: Node start-up, config, bundling, page rendering, sitemap. */
export const RENDER_PHASE = 'Astro render';

/**
 * Returns the timed step a log line reports, or undefined:
 * - the help center: `[help-center-build] <Step>: … in N ms` (search index, social images, integrity…);
 * - Starlight: `[starlight:pagefind] Finished building search index in 1.23s.` (or `in 450ms.`),
 *   named "Search index" like ours so the two line up.
 */
export function parsePhaseLine(line: string): PhaseLine | undefined {
	const ours = /\[help-center-build\] ([A-Z][\w -]*?): .*? in (\d+) ms/.exec(line);
	if (ours) return { name: ours[1]!, ms: Number(ours[2]) };
	const starlight =
		/\[starlight:pagefind\] Finished building search index in ([\d.]+)(ms|s)\b/.exec(line);
	if (starlight)
		return {
			name: 'Search index',
			ms: Math.round(Number(starlight[1]) * (starlight[2] === 's' ? 1000 : 1)),
		};
	return undefined;
}

/** Returns the tree's cumulative CPU time at `atMs`, interpolated between the samples around it. */
export function cpuAt(samples: readonly CpuSample[], atMs: number): number {
	if (samples.length === 0) return 0;
	if (atMs <= samples[0]!.atMs) return samples[0]!.cpuMs;
	for (let i = 1; i < samples.length; i++) {
		const [a, b] = [samples[i - 1]!, samples[i]!];
		if (atMs <= b.atMs)
			return a.cpuMs + ((b.cpuMs - a.cpuMs) * (atMs - a.atMs)) / (b.atMs - a.atMs || 1);
	}
	return samples.at(-1)!.cpuMs;
}

/**
 * Returns every timed step with its CPU time, then the render phase: the rest of the build's wall
 * and CPU time (`totalCpuMs` from /usr/bin/time, which also counts exited child processes).
 * A step logged twice (never today) adds up.
 */
export function splitPhases(
	ended: readonly (PhaseLine & { readonly atMs: number })[],
	samples: readonly CpuSample[],
	totalWallMs: number,
	totalCpuMs: number,
): Phase[] {
	const steps = new Map<string, { wallMs: number; cpuMs: number }>();
	for (const step of ended) {
		const cpuMs = Math.max(0, cpuAt(samples, step.atMs) - cpuAt(samples, step.atMs - step.ms));
		const sum = steps.get(step.name) ?? { wallMs: 0, cpuMs: 0 };
		steps.set(step.name, { wallMs: sum.wallMs + step.ms, cpuMs: sum.cpuMs + cpuMs });
	}
	const timed = [...steps].map(([name, t]) => ({ name, ...t }));
	const rest = {
		name: RENDER_PHASE,
		wallMs: Math.max(0, totalWallMs - timed.reduce((sum, p) => sum + p.wallMs, 0)),
		cpuMs: Math.max(0, totalCpuMs - timed.reduce((sum, p) => sum + p.cpuMs, 0)),
	};
	return [rest, ...timed];
}
