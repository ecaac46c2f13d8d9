import { describe, expect, test } from 'vitest';
import { cpuAt, parsePhaseLine, splitPhases } from '../../scripts/bench/phases.ts';

describe('parsePhaseLine', () => {
	test.each([
		[
			'10:23:35 [help-center-build] Search index: 14 pages in 170 ms',
			{ name: 'Search index', ms: 170 },
		],
		[
			'10:23:37 [help-center-build] Built pages: 44 parsed once (0.69 ms CPU/page) in 650 ms',
			{ name: 'Built pages', ms: 650 },
		],
		[
			'10:23:38 [help-center-build] Integrity: 44 pages, 722 internal links checked in 1214 ms',
			{ name: 'Integrity', ms: 1214 },
		],
		[
			'10:37:50 [starlight:pagefind] Finished building search index in 0.95s.',
			{ name: 'Search index', ms: 950 },
		],
		[
			'10:37:50 [starlight:pagefind] Finished building search index in 412ms.',
			{ name: 'Search index', ms: 412 },
		],
		['10:23:37 [help-center-build] Published URLs: all 41 still resolve', undefined],
		['10:37:49 [starlight:pagefind] Found 43 HTML files.', undefined],
		['10:23:38 [build] 44 page(s) built in 5.82s', undefined],
	])('%s', (line, expected) => {
		expect(parsePhaseLine(line)).toEqual(expected);
	});
});

describe('splitPhases', () => {
	// The tree used 1 CPU second per wall second for 10 s, then 2 (two cores busy) for 5 s.
	const samples = [
		{ atMs: 0, cpuMs: 0 },
		{ atMs: 10_000, cpuMs: 10_000 },
		{ atMs: 15_000, cpuMs: 20_000 },
	];

	test('reads CPU time between samples', () => {
		expect(cpuAt(samples, 5_000)).toBe(5_000);
		expect(cpuAt(samples, 12_500)).toBe(15_000);
		expect(cpuAt(samples, 99_000)).toBe(20_000);
	});

	test('a step gets the CPU of its own time span; the render phase gets the rest of the total', () => {
		const phases = splitPhases(
			[{ name: 'Social images', ms: 4_000, atMs: 15_000 }],
			samples,
			15_000,
			21_000,
		);
		expect(phases).toEqual([
			{ name: 'Astro render', wallMs: 11_000, cpuMs: 13_000 },
			{ name: 'Social images', wallMs: 4_000, cpuMs: 8_000 },
		]);
	});
});
