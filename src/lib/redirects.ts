/**
 * content/redirects.yaml, checked before any page is rendered: every `from` and `to` is a clean
 * path of this site (src/lib/site-path.ts), `to` is a page the build writes, and `from` is not
 * one (a redirect replaces a page that is gone; it never shadows a live one).
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { redirectsSchema, type Redirect } from '../schemas/redirects';
import type { Issue } from './issues';
import type { SitePages } from './site-pages';
import { findPathProblem, showValue } from './site-path';

/** Top-level folders the build fills with its own files; a redirect page there would mix with them. */
const RESERVED = ['_astro', 'pagefind', 'og'];

/** Returns the line of each entry's fields (`0.from` → 3), and of each entry (`0` → 2). */
function locateFields(
	document: ReturnType<typeof parseDocument>,
	lines: LineCounter,
): Map<string, number> {
	const found = new Map<string, number>();
	if (!isSeq(document.contents)) return found;
	document.contents.items.forEach((item, index) => {
		const lineOf = (node: unknown) => {
			const range = (node as { range?: [number, number, number] } | null)?.range;
			return range ? lines.linePos(range[0]).line : undefined;
		};
		const entryLine = lineOf(item);
		if (entryLine !== undefined) found.set(String(index), entryLine);
		if (!isMap(item)) return;
		for (const pair of item.items) {
			const line = lineOf(pair.value) ?? lineOf(pair.key);
			if (isScalar(pair.key) && line !== undefined)
				found.set(`${index}.${String(pair.key.value)}`, line);
		}
	});
	return found;
}

/** Returns the problems of one entry: its values, then `from` against the site, then `to`. */
function checkEntry(entry: Redirect, pages: SitePages, earlier: string | undefined) {
	const problems: Array<{ field: 'from' | 'to'; message: string }> = [];
	const { from, to } = entry;
	const fromProblem = findPathProblem(from);
	const firstSegment = from.split('/')[1] ?? '';
	if (fromProblem) problems.push({ field: 'from', message: `${showValue(from)} ${fromProblem}` });
	else if (RESERVED.includes(firstSegment) || firstSegment.includes('.'))
		problems.push({
			field: 'from',
			message: `${showValue(from)} is where the build writes its own files; a redirect may only replace a page`,
		});
	else if (pages.built.has(from))
		problems.push({
			field: 'from',
			message: `${showValue(from)} is ${pages.built.get(from)}, which the site still builds; a redirect replaces only a page that is gone: remove this entry`,
		});
	else if (earlier !== undefined)
		problems.push({
			field: 'from',
			message: `${showValue(from)} is also the "from" of ${earlier}; keep one of them`,
		});
	const toProblem = findPathProblem(to);
	if (toProblem) problems.push({ field: 'to', message: `${showValue(to)} ${toProblem}` });
	else if (!pages.targets.has(to)) {
		const what = pages.built.get(to);
		problems.push({
			field: 'to',
			message: what
				? `${showValue(to)} is ${what}, not a page to land on; send readers to the page itself`
				: `${showValue(to)} is not a page of this site; send readers to an article, a topic, a home, the contact or the search page that the build writes`,
		});
	}
	return problems;
}

/**
 * Returns the entries of content/redirects.yaml (none when `source` is undefined: the file is
 * optional) and every problem, each naming the file, the line, the entry (`1.to`) and the value.
 */
export function readRedirects(
	source: string | undefined,
	file: string,
	pages: SitePages,
): { redirects: Redirect[]; issues: Issue[] } {
	if (source === undefined) return { redirects: [], issues: [] };
	const lines = new LineCounter();
	const document = parseDocument(source, { lineCounter: lines });
	const broken = document.errors[0];
	if (broken) {
		const line = broken.linePos?.[0].line;
		const message = `not valid YAML: ${broken.message.split('\n')[0]}`;
		return {
			redirects: [],
			issues: [
				line ? { file, line, rule: 'redirects', message } : { file, rule: 'redirects', message },
			],
		};
	}
	const located = locateFields(document, lines);
	const where = (path: string, field?: string): Pick<Issue, 'file' | 'line' | 'rule'> => {
		const line = located.get(field ? `${path}.${field}` : path) ?? located.get(path);
		return line ? { file, line, rule: 'redirects' } : { file, rule: 'redirects' };
	};
	const parsed = redirectsSchema.safeParse(document.toJS() ?? []);
	if (!parsed.success) {
		const issues = parsed.error.issues.map((issue) => {
			const field = issue.path.map(String).join('.');
			return {
				...where(String(issue.path[0] ?? ''), issue.path[1] as string | undefined),
				...(field ? { field } : {}),
				message: issue.message,
			};
		});
		return { redirects: [], issues };
	}
	const froms = new Map<string, string>();
	const issues = parsed.data.flatMap((entry, index) => {
		const problems = checkEntry(entry, pages, froms.get(entry.from));
		const line = where(String(index)).line;
		if (!froms.has(entry.from))
			froms.set(entry.from, line ? `the entry at line ${line}` : `entry ${index}`);
		return problems.map(({ field, message }) => ({
			...where(String(index), field),
			field: `${index}.${field}`,
			message,
		}));
	});
	return { redirects: issues.length > 0 ? [] : parsed.data, issues };
}
