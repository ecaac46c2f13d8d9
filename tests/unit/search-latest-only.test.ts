import { describe, expect, test } from 'vitest';
import { latestOnly } from '../../src/lib/search/latest-only';

/** A search whose runs finish only when the test says so. */
function controlledSearch() {
	const started: string[] = [];
	const signals: AbortSignal[] = [];
	const finishers: Array<(fail?: boolean) => void> = [];
	const schedule = latestOnly(
		(query, signal) =>
			new Promise<void>((resolve, reject) => {
				started.push(query);
				signals.push(signal);
				finishers.push((fail) => (fail ? reject(new Error('boom')) : resolve()));
			}),
	);
	const finish = async (fail = false) => {
		finishers.shift()!(fail);
		// Let the .finally() chain start the waiting query.
		for (let i = 0; i < 5; i++) await Promise.resolve();
	};
	return { started, signals, schedule, finish };
}

describe('latestOnly', () => {
	test('an idle search starts at once, without a delay', () => {
		const { started, schedule } = controlledSearch();
		schedule('r');
		expect(started).toEqual(['r']);
	});

	test('queries typed during a run collapse into the newest one, run next', async () => {
		const { started, schedule, finish } = controlledSearch();
		schedule('r');
		schedule('re');
		schedule('ref');
		schedule('refund');
		expect(started).toEqual(['r']);
		await finish();
		expect(started).toEqual(['r', 'refund']);
		await finish();
		expect(started).toEqual(['r', 'refund']);
	});

	test('a newer query aborts the running search, so it can skip fetching its results', async () => {
		const { signals, schedule, finish } = controlledSearch();
		schedule('pay');
		expect(signals[0]!.aborted).toBe(false);
		schedule('payment');
		expect(signals[0]!.aborted).toBe(true);
		await finish();
		expect(signals[1]!.aborted, 'the newest query runs unaborted').toBe(false);
		await finish();
		expect(signals[1]!.aborted, 'finishing is not aborting').toBe(false);
	});

	test('a failed run does not stop the next query', async () => {
		const { started, schedule, finish } = controlledSearch();
		schedule('a');
		schedule('b');
		await finish(true);
		expect(started).toEqual(['a', 'b']);
		await finish();
		schedule('c');
		expect(started).toEqual(['a', 'b', 'c']);
	});
});
