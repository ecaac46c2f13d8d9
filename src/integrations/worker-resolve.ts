/**
 * Loaded (`--import`) into the worker threads of the build: their plain Node runs TypeScript
 * itself but, unlike Vite, needs the `.ts` extension that src/ leaves out of its imports. Kept in
 * src/ since a build needs nothing outside it (tests build from copies of src/ alone); scripts/
 * use the same hook from scripts/support/resolve-ts.ts.
 */
import { registerHooks } from 'node:module';

const CANDIDATES = ['.ts', '/index.ts'];

registerHooks({
	resolve(specifier, context, nextResolve) {
		try {
			return nextResolve(specifier, context);
		} catch (error) {
			const relative = specifier.startsWith('./') || specifier.startsWith('../');
			if (!relative || (error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
			for (const suffix of CANDIDATES) {
				try {
					return nextResolve(`${specifier}${suffix}`, context);
				} catch {
					// Try the next candidate; the original error is rethrown below.
				}
			}
			throw error;
		}
	},
});
