/** Small helpers shared by the command-line scripts. */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** Prints a message to stderr and exits with status 1. */
export function fail(message: string): never {
	process.stderr.write(`${message}\n`);
	process.exit(1);
}

/** Returns the parsed command line; an unknown option ends the script with the usage line. */
export function readArgs<const O extends ParseArgsOptionsConfig>(options: O, usage: string) {
	try {
		return parseArgs({
			args: process.argv.slice(2),
			options,
			allowPositionals: true,
			strict: true,
		});
	} catch (error) {
		return fail(`${(error as Error).message}\nUsage: ${usage}`);
	}
}
