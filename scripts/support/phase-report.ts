/** Formats how long each phase of a multi-step command took, so a slow CI run says where the time went. */

export interface PhaseTiming {
	readonly name: string;
	/** Wall time in milliseconds. */
	readonly ms: number;
	/** Exit status; a phase that never ran (an earlier one failed) is left out. */
	readonly status: number;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Returns a small aligned table: each phase, its time and share of the total, and the total. */
export function formatPhaseReport(phases: readonly PhaseTiming[]): string {
	const total = phases.reduce((sum, phase) => sum + phase.ms, 0);
	const width = Math.max(5, ...phases.map((phase) => phase.name.length));
	const rows = phases.map((phase) => {
		const share = total > 0 ? Math.round((phase.ms / total) * 100) : 0;
		const failed = phase.status === 0 ? '' : `  FAILED (exit ${phase.status})`;
		return `  ${phase.name.padEnd(width)}  ${seconds(phase.ms).padStart(9)}  ${String(share).padStart(3)} %${failed}`;
	});
	return [
		'Time per phase:',
		...rows,
		`  ${'total'.padEnd(width)}  ${seconds(total).padStart(9)}`,
	].join('\n');
}
