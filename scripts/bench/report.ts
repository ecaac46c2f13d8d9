/** BENCHMARKS.md rows (append, read back) and the build-time chart drawn from them as plain SVG. */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';

/** Columns of the results table, in order; `run` groups the rows of one invocation. */
export const COLUMNS = [
	['run', 'Run'],
	['date', 'Date'],
	['machine', 'Machine'],
	['n', 'Articles / lang'],
	['pages', 'Pages'],
	['clean', 'Clean build (s)'],
	['msPerPage', 'ms / page'],
	['astro', 'Astro (s)'],
	['postBuild', 'of which post-build steps (s)'],
	['pagefind', 'Pagefind (s)'],
	['cpu', 'CPU user+sys (s), load avg'],
	['rss', 'Peak RSS tree / largest (MB)'],
	['output', 'Output (MB, files)'],
	['index', 'Search files zh-cn / en (KB)'],
	['unchanged', 'Unchanged rebuild (s)'],
	['changed', 'One article changed (s)'],
	['article', 'Article page gzip KB: HTML / CSS / JS / fonts / img (total raw)'],
	['jsBefore', 'JS before interaction (KB raw / gzip)'],
	['searchEn', 'en search: warm-up + 1st / 2nd query: pagefind KB, keystroke→results ms'],
	['searchZh', 'zh-cn search: warm-up + 1st / 2nd query: pagefind KB, keystroke→results ms'],
] as const;

export type Column = (typeof COLUMNS)[number][0];
export type Row = Record<Column, string>;

const HEADER = `# Benchmarks

Written by \`npm run bench\` (scripts/bench.ts): synthetic bilingual articles (seeded, reproducible) built with
\`CONTENT_DIR\`/\`OUT_DIR\` in \`bench-out/\`, then measured in Chromium against a local static server.
One row per content size per run; the chart \`docs/bench-build-time.svg\` is redrawn from every run that has several sizes.

- **Pages**: all HTML pages Astro wrote (articles ×2 languages, \`/a/\` short links, categories, fixed pages).
- **Clean build**: wall time of \`astro build\` with empty output and cache folders. **Pagefind** is the
  \`Search index: … ms\` line of the build; **Astro** is the rest (including Node start-up and config loading).
  **Of which post-build steps**: the other timed \`[help-center-build]\` lines inside that Astro time
  (social cards rendered as PNG, published-URL check, integrity check) that run in \`astro:build:done\`.
- **CPU**: user + system time of the build (\`/usr/bin/time -v\`), and the 1-minute load average when it started;
  the machine is shared, so compare wall times only between rows with a similar load.
- **Peak RSS**: the build's whole process tree (polled from /proc every 100 ms) / the largest single process (\`/usr/bin/time -v\`).
- **Search files**: Pagefind index + fragments + WASM + vocabulary/synonyms per language (zh-cn uses the shared \`wasm.unknown\` file).
- **Unchanged rebuild**: the same build again with the cache folder kept (content layer, Astro's incremental build, social cards,
  validation results), with how many pages were copied from the last build instead of rendered. **One article changed**: then one
  zh-cn body edited. Rows before 2026-11-26 20:00 predate incremental builds.
- **Article page**: bytes a gzip-compressing host would send for one English article (gzip computed with zlib on the served bytes;
  already-compressed files count raw). **JS before interaction**: scripts fetched before any input, plus inline scripts.
- **Search**: a fresh \`/<lang>/search/\` page; focusing the box warms Pagefind (**warm-up**: its script, WASM, page list,
  synonym and spelling lists), then a query is typed at ~25 keys/s: bytes fetched from \`/pagefind/\` for that query, and time
  from the last keystroke to the frame showing the results. The first-query byte target counts warm-up + query.
  Rows before 2026-11-26 20:00 show no warm-up (Pagefind loaded with the first query) and include a 120 ms input debounce.

`;

function tableHead(): string {
	return `| ${COLUMNS.map(([, label]) => label).join(' | ')} |\n|${COLUMNS.map(() => ' --- ').join('|')}|`;
}

/** Returns the rows of the results table in BENCHMARKS.md (empty when the file does not exist). */
export async function readRows(file: string): Promise<Row[]> {
	if (!existsSync(file)) return [];
	const lines = (await readFile(file, 'utf8')).split('\n');
	const head = lines.findIndex((line) => line.startsWith('| Run |'));
	if (head < 0) return [];
	const rows: Row[] = [];
	for (const line of lines.slice(head + 2)) {
		if (!line.startsWith('|')) break;
		const cells = line.slice(1, -1).split('|').map((cell) => cell.trim());
		rows.push(Object.fromEntries(COLUMNS.map(([key], i) => [key, cells[i] ?? ''])) as Row);
	}
	return rows;
}

/** Appends rows to the table and replaces the "Latest targets" section; creates the file when missing. */
export async function appendRows(file: string, rows: readonly Row[], targets: string): Promise<void> {
	const existing = await readRows(file);
	const all = [...existing, ...rows];
	const body = all.map((row) => `| ${COLUMNS.map(([key]) => row[key].replaceAll('|', '/')).join(' | ')} |`).join('\n');
	await writeFile(file, `${HEADER}${tableHead()}\n${body}\n\n## Latest targets\n\n${targets}\n`);
}

interface Point {
	readonly n: number;
	readonly total: number;
	readonly astro: number;
	readonly pagefind: number;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Returns a standalone SVG line chart of clean build time against articles per language, one line per run. */
export function drawChart(rows: readonly Row[]): string | undefined {
	const runs = new Map<string, Point[]>();
	for (const row of rows) {
		const point = { n: Number(row.n), total: Number(row.clean), astro: Number(row.astro), pagefind: Number(row.pagefind) };
		if (!Number.isFinite(point.n) || !Number.isFinite(point.total)) continue;
		runs.set(row.run, [...(runs.get(row.run) ?? []), point].sort((a, b) => a.n - b.n));
	}
	const series = [...runs].filter(([, points]) => points.length >= 2);
	if (series.length === 0) return undefined;
	const [latestRun, latest] = series.at(-1)!;
	const machine = rows.find((r) => r.run === latestRun)?.machine ?? '';
	const all = series.flatMap(([, points]) => points);
	const [W, H, left, right, top, bottom] = [720, 400, 64, 190, 48, 56];
	const minN = Math.min(...all.map((p) => p.n));
	const maxN = Math.max(...all.map((p) => p.n));
	const maxY = Math.max(...all.map((p) => p.total));
	const yStep = [1, 2, 5, 10, 20, 30, 60, 120, 300].find((s) => maxY / s <= 6) ?? 600;
	const yMax = Math.ceil(maxY / yStep) * yStep;
	// Log scale on N: sizes grow by factors (250, 1000, 4000), so equal factors get equal spacing.
	const span = Math.log(maxN / minN) || 1;
	const x = (n: number) => left + ((Math.log(n / minN) / span) * (W - left - right) || 0);
	const y = (s: number) => H - bottom - (s / yMax) * (H - top - bottom);
	const line = (points: readonly Point[], value: (p: Point) => number) =>
		points.map((p) => `${x(p.n).toFixed(1)},${y(value(p)).toFixed(1)}`).join(' ');
	const out: string[] = [];
	out.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="system-ui, sans-serif" font-size="12">`);
	out.push(`<title>Clean build time against articles per language</title>`);
	out.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
	out.push(`<text x="${left}" y="22" font-size="15" font-weight="600" fill="#111">Clean build time vs. articles per language</text>`);
	out.push(`<text x="${left}" y="38" fill="#555">${escapeXml(`latest run ${latestRun} · ${machine}`)}</text>`);
	for (let s = 0; s <= yMax; s += yStep) {
		out.push(`<line x1="${left}" x2="${W - right}" y1="${y(s)}" y2="${y(s)}" stroke="#e5e5e5"/>`);
		out.push(`<text x="${left - 8}" y="${y(s) + 4}" text-anchor="end" fill="#333">${s}</text>`);
	}
	for (const n of [...new Set(all.map((p) => p.n))]) {
		out.push(`<line x1="${x(n)}" x2="${x(n)}" y1="${top}" y2="${H - bottom}" stroke="#f0f0f0"/>`);
		out.push(`<text x="${x(n)}" y="${H - bottom + 18}" text-anchor="middle" fill="#333">${n}</text>`);
	}
	out.push(`<line x1="${left}" x2="${W - right}" y1="${H - bottom}" y2="${H - bottom}" stroke="#333"/>`);
	out.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${H - bottom}" stroke="#333"/>`);
	out.push(`<text x="${(left + W - right) / 2}" y="${H - 14}" text-anchor="middle" fill="#333">articles per language (×2 languages, log scale)</text>`);
	out.push(`<text transform="translate(18 ${(top + H - bottom) / 2}) rotate(-90)" text-anchor="middle" fill="#333">seconds</text>`);
	for (const [, points] of series.slice(0, -1)) {
		out.push(`<polyline points="${line(points, (p) => p.total)}" fill="none" stroke="#bbb" stroke-width="1.5"/>`);
	}
	const lines: [string, string, string, (p: Point) => number][] = [
		['total', '#1f5fbf', '', (p) => p.total],
		['Astro', '#2a9d5b', '6 4', (p) => p.astro],
		['Pagefind', '#c4621b', '2 3', (p) => p.pagefind],
	];
	lines.forEach(([label, color, dash, value], i) => {
		out.push(`<polyline points="${line(latest, value)}" fill="none" stroke="${color}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`);
		for (const p of latest) {
			out.push(`<circle cx="${x(p.n).toFixed(1)}" cy="${y(value(p)).toFixed(1)}" r="3.5" fill="${color}"><title>${label}: ${value(p)} s at ${p.n}</title></circle>`);
		}
		const ly = top + 10 + i * 20;
		out.push(`<line x1="${W - right + 20}" x2="${W - right + 48}" y1="${ly}" y2="${ly}" stroke="${color}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`);
		out.push(`<text x="${W - right + 56}" y="${ly + 4}" fill="#222">${label} (latest)</text>`);
	});
	if (series.length > 1) {
		const ly = top + 70;
		out.push(`<line x1="${W - right + 20}" x2="${W - right + 48}" y1="${ly}" y2="${ly}" stroke="#bbb" stroke-width="1.5"/>`);
		out.push(`<text x="${W - right + 56}" y="${ly + 4}" fill="#222">total, earlier runs</text>`);
	}
	latest.forEach((p, i) => {
		const ly = top + 110 + i * 18;
		out.push(`<text x="${W - right + 20}" y="${ly}" fill="#444">${p.n}: ${p.total} s</text>`);
	});
	out.push('</svg>');
	return out.join('\n') + '\n';
}
