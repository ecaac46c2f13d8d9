import { brand as siteBrand, siteUrl as configuredSiteUrl } from '../config/site';
import type { ChannelData } from '../schemas/channel';
import { buildOfficialIndex } from './official-index';
import { scanForContactDetails, type ContactFinding, type OfficialHosts } from './contact-scan';
import type { Issue } from './issues';
import { dictionaryKeyAt, keepStringLiterals, readYamlTexts } from './reader-text';

/**
 * Returns a YAML list with only the first entry of each id, for Astro's file loader: it would stop
 * the build on a duplicate with its own message, before `findDuplicateIds` names file and field.
 * @example keepFirstOfEachId([{ id: 'a', n: 1 }, { id: 'a', n: 2 }]) // [{ id: 'a', n: 1 }]
 */
export function keepFirstOfEachId<T>(entries: T): T {
	if (!Array.isArray(entries)) return entries;
	const seen = new Set<unknown>();
	return entries.filter((entry: { id?: unknown } | null) => {
		const id = entry?.id;
		if (typeof id !== 'string') return true;
		if (seen.has(id)) return false;
		seen.add(id);
		return true;
	}) as T;
}

/**
 * Returns an issue for every id that appears more than once in a YAML list. The file loader sees
 * only the first entry per id (`keepFirstOfEachId`), so duplicates are caught on the raw list.
 */
export function findDuplicateIds(entries: unknown, file: string): Issue[] {
	if (!Array.isArray(entries)) return [];
	const seen = new Set<string>();
	const issues: Issue[] = [];
	for (const entry of entries) {
		const id = (entry as { id?: unknown } | null)?.id;
		if (typeof id !== 'string') continue;
		if (seen.has(id))
			issues.push({
				file,
				field: 'id',
				rule: 'duplicate-ids',
				message: `id "${id}" is used by more than one entry`,
			});
		seen.add(id);
	}
	return issues;
}

/**
 * Returns what links and accounts are compared with: the registry's hosts, handles and brand
 * labels, and the help center's own host (the one host articles may link to).
 */
export function getOfficialHosts(
	channels: readonly ChannelData[],
	{
		brand = siteBrand,
		siteUrl = configuredSiteUrl,
	}: { readonly brand?: string; readonly siteUrl?: string } = {},
): OfficialHosts {
	return {
		...buildOfficialIndex(channels, { brand, siteUrl }),
		siteHost: new URL(siteUrl).hostname,
	};
}

/** The channel fields that hold the channel's contact details: the only place they may be written. */
export const channelContactFields = ['phone', 'email', 'url', 'handle'] as const;

/** The UI dictionary of a locale, whose strings readers see on every page. */
export const uiDictionaryFile = (locale: string) => `src/i18n/ui/${locale}.ts`;

const toIssue = (
	file: string,
	finding: ContactFinding,
	where: string | undefined,
	advice: string,
): Issue => ({
	file,
	line: finding.line,
	field: `${finding.kind} "${finding.text}"`,
	rule: 'contact-details',
	message: [where, finding.note, `${advice} (column ${finding.column})`].filter(Boolean).join('; '),
});

/**
 * Returns an issue for every literal contact detail in an article: only the registry may
 * publish them; articles use `<Channel id="…" />`.
 */
export function findStrayContactDetails(
	source: string,
	file: string,
	official?: OfficialHosts,
): Issue[] {
	return scanForContactDetails(source, official ? { official } : {}).map((finding) =>
		toIssue(
			file,
			finding,
			undefined,
			'contact details may only come from content/channels.yaml; use <Channel id="…" /> instead',
		),
	);
}

/**
 * Returns an issue for every contact detail in the texts of a YAML file a reader sees
 * (categories.yaml; channels.yaml but for each channel's own contact fields), naming the line
 * and the entry's field.
 */
export function findContactDetailsInYaml(
	source: string,
	file: string,
	options: { readonly official?: OfficialHosts; readonly channels?: boolean } = {},
): Issue[] {
	const scan = (text: string) =>
		scanForContactDetails(text, options.official ? { official: options.official } : {});
	const advice = options.channels
		? `only a channel's ${channelContactFields.join(', ')} fields may hold contact details; this text is shown as written`
		: 'contact details may only come from content/channels.yaml; describe the channel in words instead';
	return readYamlTexts(source).flatMap((text) => {
		const [, field] = text.path;
		if (
			options.channels &&
			text.path.length === 2 &&
			(channelContactFields as readonly string[]).includes(field ?? '')
		)
			return [];
		// The text as written gives exact lines; as read (escapes decoded, lines folded) it shows
		// what a disguise hides, reported at the value's first line.
		const written = scan(text.raw).map((f) => ({
			...f,
			line: text.line + f.line - 1,
			column: f.line === 1 ? text.column + f.column - 1 : f.column,
		}));
		const read = scan(text.value)
			.filter((f) => !written.some((w) => w.text === f.text || text.raw.includes(f.text)))
			.map((f) => ({ ...f, line: text.line, column: text.column }));
		return [...written, ...read].map((finding) =>
			toIssue(file, finding, `in ${text.path.join('.')}`, advice),
		);
	});
}

/** Returns an issue for every contact detail in the strings of a UI dictionary, naming line and key. */
export function findContactDetailsInDictionary(
	source: string,
	file: string,
	official?: OfficialHosts,
): Issue[] {
	return scanForContactDetails(keepStringLiterals(source), official ? { official } : {}).map(
		(finding) => {
			const key = dictionaryKeyAt(source, finding.line);
			return toIssue(
				file,
				finding,
				key ? `in "${key}"` : undefined,
				'UI text may not carry contact details; pages show the channels of content/channels.yaml',
			);
		},
	);
}
