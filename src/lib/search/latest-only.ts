/**
 * Runs a query at once when no search is running; while one runs, only the newest query waits
 * and older ones are dropped. No fixed delay: a warm engine answers within a frame or two,
 * and fast typing collapses into one search per finished run.
 */
export function latestOnly(run: (query: string) => Promise<unknown>): ((query: string) => void) & { cancel(): void } {
	let running = false;
	let waiting: string | undefined;
	const start = (query: string) => {
		running = true;
		void run(query)
			.catch(() => undefined)
			.finally(() => {
				running = false;
				const next = waiting;
				waiting = undefined;
				if (next !== undefined) start(next);
			});
	};
	const schedule = (query: string) => {
		if (running) waiting = query;
		else start(query);
	};
	/** Drops the waiting query (the reader closed the results); a running one finishes unseen. */
	const cancel = () => {
		waiting = undefined;
	};
	return Object.assign(schedule, { cancel });
}
