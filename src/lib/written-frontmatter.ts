/**
 * Frontmatter as the writer typed it. The build's YAML parser (YAML 1.1) turns an unquoted
 * `2026-02-30` into a Date that has already rolled over to March 2, so the zod schema cannot
 * see the mistake; the file's own text still shows it.
 */
import { isScalar, LineCounter, parseDocument } from 'yaml';
import type { Issue } from './issues';
import { toIsoDate } from './dates';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/;

/**
 * Returns a top-level frontmatter field as the writer typed it, without quotes or comment, and
 * its line in the file; undefined when the field is absent, not a single value, or the YAML is broken.
 * @example readWrittenField('---\ntitle: Hi\nupdated: 2026-02-30 # today\n---\n', 'updated') // { text: '2026-02-30', line: 3 }
 */
export function readWrittenField(
	source: string,
	field: string,
): { text: string; line: number } | undefined {
	const yaml = FRONTMATTER.exec(source)?.[1];
	if (yaml === undefined) return undefined;
	const lineCounter = new LineCounter();
	const document = parseDocument(yaml, { lineCounter });
	if (document.errors.length > 0) return undefined;
	const node = document.get(field, true);
	if (!isScalar(node) || !node.range) return undefined;
	// +1: the YAML starts on the line after the opening `---`.
	return {
		text: node.source ?? String(node.value),
		line: lineCounter.linePos(node.range[0]).line + 1,
	};
}

/**
 * Returns an issue when the `updated` date the schema accepted is not what the file says: a day
 * that does not exist (rolled over by YAML) or a timestamp rather than YYYY-MM-DD.
 */
export function checkUpdatedAsWritten(source: string, updated: Date, file: string): Issue[] {
	const written = readWrittenField(source, 'updated');
	if (!written || Number.isNaN(updated.getTime()) || written.text === toIsoDate(updated)) return [];
	const message = /^\d{4}-\d{2}-\d{2}$/.test(written.text)
		? `${written.text} is not a day of the calendar (it would be published as ${toIsoDate(updated)}); write a real date as YYYY-MM-DD`
		: `${written.text} is not written as YYYY-MM-DD; write the day alone, like ${toIsoDate(updated)}`;
	return [{ file, line: written.line, field: 'updated', rule: 'dates', message }];
}
