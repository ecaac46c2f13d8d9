/**
 * Runs a query at once when no search is running; while one runs, only the newest query waits
 * and older ones are dropped. The running search's signal is aborted as soon as a newer query
 * arrives, so it can stop before fetching results nobody will see. No fixed delay: a warm
 * engine answers within a frame or two, and fast typing collapses into one search per run.
 */
export function latestOnly(run: (query: string, signal: AbortSignal) => Promise<unknown>): (query: string) => void {
	let running: AbortController | undefined;
	let waiting: string | undefined;
	const start = (query: string) => {
		const controller = new AbortController();
		running = controller;
		void run(query, controller.signal)
			.catch(() => undefined)
			.finally(() => {
				running = undefined;
				const next = waiting;
				waiting = undefined;
				if (next !== undefined) start(next);
			});
	};
	return (query) => {
		if (running) {
			waiting = query;
			running.abort();
		} else start(query);
	};
}
