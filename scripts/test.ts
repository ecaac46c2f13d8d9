/**
 * `npm test`: every gate in order — content and type checks, unit tests, the site and relevance
 * builds, browser tests — stopping at the first failure, then how long each phase took.
 */
import { spawnSync } from 'node:child_process';
import { formatPhaseReport, type PhaseTiming } from './support/phase-report.ts';

const PHASES = ['check', 'test:unit', 'build', 'build:relevance', 'test:e2e'] as const;

const timings: PhaseTiming[] = [];
for (const phase of PHASES) {
	const started = performance.now();
	const run = spawnSync('npm', ['run', phase], { stdio: 'inherit' });
	const status = run.status ?? 1;
	timings.push({ name: phase, ms: performance.now() - started, status });
	if (status !== 0) break;
}
process.stdout.write(`\n${formatPhaseReport(timings)}\n`);
process.exitCode = timings.at(-1)?.status ?? 1;
