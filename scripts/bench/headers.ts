/** Reads a Netlify/Cloudflare `_headers` file so the local server answers like the real host. */

interface HeaderRule {
	readonly pattern: RegExp;
	readonly headers: Record<string, string>;
}

/** Returns the rules of a `_headers` file, in file order. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: { pattern: RegExp; headers: Record<string, string> }[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '.*');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: {} });
			continue;
		}
		const at = line.indexOf(':');
		const rule = rules.at(-1);
		if (rule && at > 0)
			rule.headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
	}
	return rules;
}

/** Returns the headers for a path; a later matching rule overrides an earlier one for the same header. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
	return Object.assign(
		{},
		...rules.filter((rule) => rule.pattern.test(path)).map((rule) => rule.headers),
	) as Record<string, string>;
}
