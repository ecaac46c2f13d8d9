/** Platform names for steps per platform; pure, shared with the browser script. */

/** The platforms an article may give its own steps for, in the order tabs list them by default. */
export const PLATFORMS = ['ios', 'android', 'web'] as const;
export type PlatformName = (typeof PLATFORMS)[number];

/** Returns whether a value names a platform. */
export function isPlatformName(value: unknown): value is PlatformName {
	return typeof value === 'string' && (PLATFORMS as readonly string[]).includes(value);
}
