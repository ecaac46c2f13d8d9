/**
 * Runs a query at once when no search is running; while one runs, only the newest query waits
 * and older ones are dropped. No fixed delay: a warm engine answers within a frame or two,
 * and fast typing collapses into one search per finished run.
 */
export function latestOnly<T>(run: (query: T) => Promise<unknown>): ((query: T) => void) & { cancel(): void } {
	let running = false;
	let waiting: { readonly query: T } | undefined;
	const start = (query: T) => {
		running = true;
		void run(query)
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
	};
	return Object.assign(schedule, { cancel });
}
