/** What the post-build steps log through: Astro's integration logger, or the console in scripts/post-build.ts. */
export interface StepLogger {
	info(message: string): void;
	warn(message: string): void;
}

/** Returns a logger that writes like Astro's (`12:00:00 [help-center-build] …`), for steps run outside Astro. */
export function createConsoleLogger(label: string): StepLogger {
	const line = (message: string) =>
		`${new Date().toTimeString().slice(0, 8)} [${label}] ${message}`;
	return {
		info: (message) => console.log(line(message)),
		warn: (message) => console.warn(line(`[WARN] ${message}`)),
	};
}
