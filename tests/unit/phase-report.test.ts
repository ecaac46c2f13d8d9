import { describe, expect, it } from 'vitest';
import { formatPhaseReport } from '../../scripts/support/phase-report';

describe('formatPhaseReport', () => {
	it('lists each phase with its seconds and share of the total, then the total', () => {
		const report = formatPhaseReport([
			{ name: 'check', ms: 30_000, status: 0 },
			{ name: 'test:e2e', ms: 90_000, status: 0 },
		]);
		expect(report.split('\n')).toEqual([
			'Time per phase:',
			'  check        30.0 s   25 %',
			'  test:e2e     90.0 s   75 %',
			'  total       120.0 s',
		]);
	});

	it('marks the phase that failed with its exit status', () => {
		const report = formatPhaseReport([
			{ name: 'check', ms: 1_000, status: 0 },
			{ name: 'build', ms: 3_000, status: 2 },
		]);
		expect(report).toMatch(/build\s+3\.0 s\s+75 %\s+FAILED \(exit 2\)/);
		expect(report).not.toMatch(/check.*FAILED/);
	});

	it('reports an empty run without dividing by zero', () => {
		expect(formatPhaseReport([])).toBe('Time per phase:\n  total      0.0 s');
	});
});
