/** One `<link rel="alternate" hreflang>` entry. */
export interface Alternate {
	readonly hreflang: string;
	readonly href: string;
}

/**
 * Returns the hreflang alternates of a page: one per existing translation plus `x-default`
 * (the source-language version, or `xDefaultPath` when given, e.g. the language chooser).
 * @example getAlternates([{ lang: 'en', path: '/en/' }], 'https://x.example', '/') // en + x-default
 */
export function getAlternates(
	versions: ReadonlyArray<{ readonly lang: string; readonly path: string }>,
	siteUrl: string,
	xDefaultPath?: string,
): Alternate[] {
	if (versions.length === 0) return [];
	const absolute = (path: string) => new URL(path, `${siteUrl}/`).href;
	const alternates = versions.map((v) => ({ hreflang: v.lang, href: absolute(v.path) }));
	const fallback = xDefaultPath ?? versions[0]!.path;
	return [...alternates, { hreflang: 'x-default', href: absolute(fallback) }];
}
