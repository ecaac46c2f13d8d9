import { describe, expect, test } from 'vitest';
import { latestOnly } from '../../src/lib/search/latest-only';

/** A search whose runs finish only when the test says so. */
function controlledSearch() {
	const started: string[] = [];
	const finishers: Array<(fail?: boolean) => void> = [];
	const supersededOf: Array<() => boolean> = [];
	const schedule = latestOnly(
		(query: string, superseded: () => boolean) =>
			new Promise<void>((resolve, reject) => {
				started.push(query);
				supersededOf.push(superseded);
				finishers.push((fail) => (fail ? reject(new Error('boom')) : resolve()));
			}),
	);
	const finish = async (fail = false) => {
		finishers.shift()!(fail);
		// Let the .finally() chain start the waiting query.
		for (let i = 0; i < 5; i++) await Promise.resolve();
	};
	return { started, schedule, finish, supersededOf };
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

	test('cancel drops the waiting query; the next one typed runs normally', async () => {
		const { started, schedule, finish } = controlledSearch();
		schedule('r');
		schedule('refund');
		schedule.cancel();
		await finish();
		expect(started).toEqual(['r']);
		schedule('refund');
		expect(started).toEqual(['r', 'refund']);
	});

	test('a run learns it is superseded once a newer query waits, or the reader cancelled', async () => {
		const { schedule, finish, supersededOf } = controlledSearch();
		schedule('r');
		expect(supersededOf[0]!()).toBe(false);
		schedule('re');
		expect(supersededOf[0]!()).toBe(true);
		await finish();
		expect(supersededOf[1]!()).toBe(false);
		schedule.cancel();
		expect(supersededOf[1]!()).toBe(true);
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
