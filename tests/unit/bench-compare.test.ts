import { describe, expect, test } from 'vitest';
import { median, summarizeComparison, type BuildFigures } from '../../scripts/bench/compare.ts';
import { comparisonRow, drawComparisonChart } from '../../scripts/bench/report.ts';

const build = (
	pages: number,
	cpuS: number,
	wallS: number,
	rssMb: number,
	searchCpuS: number,
): BuildFigures => ({
	pages,
	totalMs: wallS * 1000,
	cpuMs: cpuS * 1000,
	maxRssMb: rssMb,
	treeRssMb: rssMb + 20,
	loadBefore: 1,
	phases: [
		{ name: 'Astro render', cpuMs: (cpuS - searchCpuS) * 1000, wallMs: wallS * 800 },
		{ name: 'Search index', cpuMs: searchCpuS * 1000, wallMs: wallS * 200 },
	],
});

// Ours ran just before Starlight in each pair; the second pair ran on a busier machine.
const comparison = {
	n: 1000,
	versions: { astro: '7.3.5', starlight: '0.42.4', pagefind: '1.6.0' },
	ours: [build(3000, 60, 40, 1500, 10), build(3000, 90, 80, 1600, 12)],
	starlight: [build(2000, 80, 50, 1400, 8), build(2000, 100, 90, 1450, 9)],
};

describe('summarizeComparison', () => {
	test('ratios are ours ÷ Starlight per pair, then the median; per page divides by each site’s pages', () => {
		const sum = summarizeComparison(comparison);
		expect(sum.cpuRatios).toEqual([0.75, 0.9]);
		expect(sum.cpuRatio).toBeCloseTo(0.825);
		expect(sum.cpuPerPageRatios.map((r) => +r.toFixed(3))).toEqual([0.5, 0.6]);
		expect(sum.wallRatios.map((r) => +r.toFixed(3))).toEqual([0.8, 0.889]);
		expect(sum.maxRssRatio).toBeCloseTo(1600 / 1450);
		expect(sum.ours.phases).toEqual([
			{ name: 'Astro render', cpuMs: 64_000, wallMs: 48_000 },
			{ name: 'Search index', cpuMs: 11_000, wallMs: 12_000 },
		]);
	});

	test('median of an odd and an even count', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});

	test('the table row puts the ratios first and the chart draws one bar per build', () => {
		const row = comparisonRow('2026-12-02 11:00', '2 cores', 'abc1234', comparison);
		expect(row.cpuRatio).toBe('0.75×, 0.90× (**0.82×**)');
		expect(row.pages).toBe('3000 / 2000');
		expect(row.phasesOurs).toBe('Astro render 64.0, search index 11.0');
		const svg = drawComparisonChart('2026-12-02 11:00', '2 cores', comparison);
		expect(svg.match(/>(ours|Starlight) #\d</g)).toEqual([
			'>ours #1<',
			'>Starlight #1<',
			'>ours #2<',
			'>Starlight #2<',
		]);
	});
});
