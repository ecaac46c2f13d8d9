/**
 * Lets Node's built-in TypeScript support run `scripts/*.ts` against `src/`, whose imports omit
 * the `.ts` extension (Vite resolves them in the build; plain Node does not).
 * Loaded with `node --import ./scripts/support/resolve-ts.ts`.
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
