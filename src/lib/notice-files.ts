/**
 * Reading content/notices/: one YAML file per notice, `<id>.yaml`. The build's collection loader
 * (src/content.config.ts), `npm run check:content`, `npm run notice` and the build's "anything
 * changed?" digest all read the folder through here, so they agree on what a notice file is.
 *
 * YAML is read with the 1.2 core schema, where `2026-11-20T09:00+08:00` stays text: the default
 * schema of Astro's loaders turns an unquoted time into a Date and quietly reads one written
 * without a time zone as UTC, so the rule "every time has its offset" could not be checked.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { noticeSchema } from '../schemas/notice';
import type { Issue } from './issues';
import { toNoticeIssues, type NoticeRecord } from './notices';
import { SLUG_PATTERN } from './routes';

/** One notice file, parsed but not validated. */
export interface NoticeFile {
	/** The file name without `.yaml`: the notice's id. */
	readonly id: string;
	readonly filePath: string;
	/** The file as written, for rules that name a line. */
	readonly text: string;
	readonly data: unknown;
}

/** Returns the YAML text as data, times left as written. Throws on invalid YAML. */
export function parseNoticeYaml(text: string): unknown {
	return parse(text, { schema: 'core', uniqueKeys: true });
}

/** Returns where a file in the notices folder goes wrong, or undefined for `<slug>.yaml`. */
export function describeNoticeFileName(name: string): string | undefined {
	const match = /^(.*)\.(yaml|yml)$/i.exec(name);
	if (!match) return `only <id>.yaml files belong in the notices folder`;
	const [, id = '', ext] = match;
	if (!SLUG_PATTERN.test(id))
		return `file name "${name}" breaks the id rule: lowercase words of a-z and 0-9 joined by single hyphens, like "chat-outage.yaml"`;
	if (ext !== 'yaml') return `rename it to ${id}.yaml`;
	return undefined;
}

/** Returns every notice file of a content folder (none when it has no notices folder) and the problems of the rest. */
export function readNoticeFiles(contentDir: string): { files: NoticeFile[]; issues: Issue[] } {
	const dir = `${contentDir.replace(/\/+$/, '')}/notices`;
	const files: NoticeFile[] = [];
	const issues: Issue[] = [];
	if (!existsSync(dir)) return { files, issues };
	for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
		a.name.localeCompare(b.name),
	)) {
		const { name } = entry;
		const filePath = `${dir}/${name}`;
		// Hidden files (.DS_Store, editor swap files) are nobody's notices.
		if (name.startsWith('.')) continue;
		const problem = entry.isDirectory()
			? 'notices are files directly in content/notices/, not in sub-folders'
			: describeNoticeFileName(name);
		if (problem) {
			issues.push({ file: filePath, rule: 'notice-files', message: problem });
			continue;
		}
		const text = readFileSync(filePath, 'utf8');
		try {
			files.push({ id: name.replace(/\.yaml$/, ''), filePath, text, data: parseNoticeYaml(text) });
		} catch (error) {
			issues.push({
				file: filePath,
				rule: 'notice-files',
				message: `not valid YAML: ${(error as Error).message.split('\n')[0]}`,
			});
		}
	}
	return { files, issues };
}

/**
 * Returns the notice files that pass the schema as records, and each problem of the rest naming
 * the file and the field: what the build's loader reports, for `npm run check:content`.
 */
export function toNoticeRecords(files: readonly NoticeFile[]): {
	notices: NoticeRecord[];
	issues: Issue[];
} {
	const notices: NoticeRecord[] = [];
	const issues: Issue[] = [];
	for (const file of files) {
		const result = noticeSchema.safeParse(file.data);
		if (result.success) {
			notices.push({ id: file.id, filePath: file.filePath, data: result.data });
			continue;
		}
		issues.push(...toNoticeIssues(file.filePath, result.error.issues));
	}
	return { notices, issues };
}
