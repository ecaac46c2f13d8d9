import { createHash } from 'node:crypto';

/**
 * Returns a short, stable hash of JSON-serialisable parts: the `cacheKey` Astro's incremental
 * build compares to decide whether a page's data changed since the last build.
 * @example cacheKeyOf('site digest', ['body']) // '3f1c…' (24 hex digits)
 */
export function cacheKeyOf(...parts: readonly unknown[]): string {
	return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 24);
}
