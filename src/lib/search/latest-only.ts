/**
 * Runs a query at once when no search is running; while one runs, only the newest query waits
 * and older ones are dropped. No fixed delay: a warm engine answers within a frame or two,
 * and fast typing collapses into one search per finished run. A run can ask `superseded()`
 * whether a newer query is already waiting, and skip work nobody will see.
 */
export function latestOnly<T>(
	run: (query: T, superseded: () => boolean) => Promise<unknown>,
): ((query: T) => void) & { cancel(): void } {
	let running = false;
	let waiting: { readonly query: T } | undefined;
	let generation = 0;
	const start = (query: T) => {
		running = true;
		const mine = ++generation;
		void run(query, () => waiting !== undefined || mine !== generation)
			.catch(() => undefined)
			.finally(() => {
				running = false;
				const next = waiting;
				waiting = undefined;
				if (next !== undefined) start(next.query);
			});
	};
	const schedule = (query: T) => {
		if (running) waiting = { query };
		else start(query);
	};
	/** Drops the waiting query (the reader closed the results); a running one finishes unseen. */
	const cancel = () => {
		waiting = undefined;
		generation++;
	};
	return Object.assign(schedule, { cancel });
}
