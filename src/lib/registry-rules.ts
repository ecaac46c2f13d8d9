import type { ChannelIssue } from './channels';
import type { ContentIssue } from './content-rules';
import { scanForContactDetails } from './contact-scan';

/**
 * Returns an issue for every id that appears more than once in a YAML list. Astro's file
 * loader keeps only the last entry per id, so duplicates must be caught on the raw list.
 */
export function findDuplicateIds(entries: unknown, file: string): ContentIssue[] {
	if (!Array.isArray(entries)) return [];
	const seen = new Set<string>();
	const issues: ContentIssue[] = [];
	for (const entry of entries) {
		const id = (entry as { id?: unknown } | null)?.id;
		if (typeof id !== 'string') continue;
		if (seen.has(id)) issues.push({ file, field: 'id', message: `id "${id}" is used by more than one entry` });
		seen.add(id);
	}
	return issues;
}

/** Returns channel registry issues as content issues naming the file, channel id and field. */
export function toContentIssues(issues: readonly ChannelIssue[], file: string): ContentIssue[] {
	return issues.map((issue) => ({ file: issue.file ?? file, field: `${issue.id}.${issue.field}`, message: issue.message }));
}

/**
 * Returns an issue for every literal contact detail in an article: only the registry may
 * publish them; articles use `<Channel id="…" />`.
 */
export function findStrayContactDetails(source: string, file: string): ContentIssue[] {
	return scanForContactDetails(source).map((finding) => ({
		file,
		line: finding.line,
		field: `${finding.kind} "${finding.text}"`,
		message: `contact details may only come from content/channels.yaml; use <Channel id="…" /> instead (column ${finding.column})`,
	}));
}
