/**
 * What Astro's route lines say: one `├─ /path (+12ms)` line per file it rendered, or
 * `├─ /path (cached)` / `(restored)` for one its incremental build copied from the last build.
 * Social cards are routes too (`/og/….png`), so these lines say how many cards were drawn.
 */

/** One file Astro generated: its path, and its render time, or undefined when it was reused. */
export interface RouteLine {
	readonly path: string;
	readonly ms: number | undefined;
}

// A path ends at a space, or where a line logged during its render begins (`… .png12:00:00 [WARN] …`);
// its status may then come at the start of the next line, but never after another route's line.
const ROUTE = /[├└]─ (\/\S*?\.[a-z]+)(?=\s|\d)[^├└]*?\((cached|restored|\+([\d.]+)(ms|s))\)/g;

/** Returns every route line of a build log, in order. @example readRouteLines('├─ /og/en.png (+41ms)') // [{ path: '/og/en.png', ms: 41 }] */
export function readRouteLines(log: string): RouteLine[] {
	return [...log.matchAll(ROUTE)].map(([, path, , time, unit]) => ({
		path: path!,
		ms: time === undefined ? undefined : Number(time) * (unit === 's' ? 1000 : 1),
	}));
}

/** Whether a route is a social card (src/pages/og/[...card].png.ts). */
export const isSocialCard = (path: string): boolean => /^\/og\/.*\.png$/.test(path);

/** Returns how many social cards a build has, how many it drew (the rest were reused), and the wall time drawing them took. */
export function countSocialCards(routes: readonly RouteLine[]): {
	count: number;
	rendered: number;
	ms: number;
} {
	const cards = routes.filter((r) => isSocialCard(r.path));
	const drawn = cards.filter((r) => r.ms !== undefined);
	return {
		count: cards.length,
		rendered: drawn.length,
		ms: Math.round(drawn.reduce((sum, r) => sum + r.ms!, 0)),
	};
}
