/**
 * The same-run comparison with Starlight: clean builds of both sites, alternated (ours, Starlight,
 * ours, Starlight…), summarised as ratios ours / Starlight. CPU time (user + sys, child processes
 * included) is the figure that holds on a shared machine; wall time is reported beside it.
 */
import type { Phase } from './phases.ts';

/** What the comparison needs of one build (a subset of BuildResult). */
export interface BuildFigures {
	readonly pages: number;
	readonly totalMs: number;
	readonly cpuMs: number;
	readonly maxRssMb: number;
	readonly treeRssMb: number;
	readonly loadBefore: number;
	readonly phases: readonly Phase[];
}

export interface Comparison {
	/** Articles per language. */
	readonly n: number;
	readonly versions: {
		readonly astro: string;
		readonly starlight: string;
		readonly pagefind: string;
	};
	/** Clean builds in the order they ran; ours[i] ran just before starlight[i]. */
	readonly ours: readonly BuildFigures[];
	readonly starlight: readonly BuildFigures[];
}

export interface SiteSummary {
	readonly pages: number;
	readonly cpuMs: number[];
	readonly cpuMsPerPage: number[];
	readonly wallMs: number[];
	/** Largest over the builds. */
	readonly maxRssMb: number;
	readonly treeRssMb: number;
	/** Median CPU and wall time of each phase over the builds, in the order of the first build. */
	readonly phases: Phase[];
}

export interface ComparisonSummary {
	readonly ours: SiteSummary;
	readonly starlight: SiteSummary;
	/** Per pair (ours[i] / starlight[i]), then the median of the pairs. */
	readonly cpuRatios: number[];
	readonly cpuRatio: number;
	readonly cpuPerPageRatios: number[];
	readonly cpuPerPageRatio: number;
	readonly wallRatios: number[];
	readonly wallRatio: number;
	readonly maxRssRatio: number;
	readonly treeRssRatio: number;
}

export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function summarizeSite(builds: readonly BuildFigures[]): SiteSummary {
	const names = [...new Set(builds.flatMap((b) => b.phases.map((p) => p.name)))];
	const phaseOf = (b: BuildFigures, name: string) => b.phases.find((p) => p.name === name);
	return {
		pages: Math.max(...builds.map((b) => b.pages)),
		cpuMs: builds.map((b) => b.cpuMs),
		cpuMsPerPage: builds.map((b) => b.cpuMs / Math.max(b.pages, 1)),
		wallMs: builds.map((b) => b.totalMs),
		maxRssMb: Math.max(...builds.map((b) => b.maxRssMb)),
		treeRssMb: Math.max(...builds.map((b) => b.treeRssMb)),
		phases: names.map((name) => ({
			name,
			cpuMs: median(builds.map((b) => phaseOf(b, name)?.cpuMs ?? 0)),
			wallMs: median(builds.map((b) => phaseOf(b, name)?.wallMs ?? 0)),
		})),
	};
}

/** Returns both sites' figures and the ratios ours / Starlight (>1: ours costs more). */
export function summarizeComparison(comparison: Comparison): ComparisonSummary {
	const pairs = Math.min(comparison.ours.length, comparison.starlight.length);
	if (pairs === 0) throw new Error('a comparison needs at least one build of each site');
	const ours = summarizeSite(comparison.ours.slice(0, pairs));
	const starlight = summarizeSite(comparison.starlight.slice(0, pairs));
	const ratios = (a: readonly number[], b: readonly number[]) => a.map((x, i) => x / b[i]!);
	const cpuRatios = ratios(ours.cpuMs, starlight.cpuMs);
	const cpuPerPageRatios = ratios(ours.cpuMsPerPage, starlight.cpuMsPerPage);
	const wallRatios = ratios(ours.wallMs, starlight.wallMs);
	return {
		ours,
		starlight,
		cpuRatios,
		cpuRatio: median(cpuRatios),
		cpuPerPageRatios,
		cpuPerPageRatio: median(cpuPerPageRatios),
		wallRatios,
		wallRatio: median(wallRatios),
		maxRssRatio: ours.maxRssMb / starlight.maxRssMb,
		treeRssRatio: ours.treeRssMb / starlight.treeRssMb,
	};
}
