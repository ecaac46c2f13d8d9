import type { Issue } from './issues';

/** Returns the site paths listed in a published-URL file: one per line, `#` comments and blanks ignored. */
export function parseUrlList(text: string): string[] {
	return text
		.split('\n')
		.map((line) => line.replace(/#.*/, '').trim())
		.filter(Boolean);
}

/** Returns the file text for a list of site paths: sorted, unique, with a header saying how to update it. */
export function formatUrlList(paths: Iterable<string>): string {
	const header = [
		'# Every URL this site has published. The build fails if one of them would disappear.',
		'# To remove or rename a page on purpose, add a redirect (formerSlugs in the article, or',
		'# content/redirects.yaml), then run `npm run urls:update` and commit this file.',
	];
	return `${[...header, ...[...new Set(paths)].sort()].join('\n')}\n`;
}

/**
 * Returns an issue, at its line of `file`, for each path the published-URL file `text` lists that
 * the build did not produce (as a page or a redirect).
 */
export function findMissingUrls(text: string, built: ReadonlySet<string>, file: string): Issue[] {
	return text.split('\n').flatMap((written, index): Issue[] => {
		const [path] = parseUrlList(written);
		if (path === undefined || built.has(path)) return [];
		return [
			{
				file,
				line: index + 1,
				field: path,
				rule: 'published-urls',
				message: 'was published, but the build no longer writes it',
			},
		];
	});
}
