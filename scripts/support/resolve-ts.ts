/**
 * Lets Node's built-in TypeScript support run `scripts/*.ts` against `src/`, whose imports omit
 * the `.ts` extension (Vite resolves them in the build; plain Node does not).
 * Loaded with `node --import ./scripts/support/resolve-ts.ts`. The hook itself lives in src/,
 * where the build's worker threads load it too (a build needs nothing outside src/).
 */
import '../../src/integrations/worker-resolve.ts';
