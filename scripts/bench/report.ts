/**
 * BENCHMARKS.md rows (append, read back), the build-time chart drawn from them as plain SVG, and the
 * same-run comparison with Starlight (its own table and chart).
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { median, summarizeComparison, type Comparison, type ComparisonSummary } from './compare.ts';
import { RENDER_PHASE } from './phases.ts';

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

/** Columns of the same-run comparison with Starlight: one row per run and size, ratios first. */
export const COMPARE_COLUMNS = [
	['run', 'Comparison run'],
	['machine', 'Machine'],
	['n', 'Articles / lang'],
	['cpuRatio', 'CPU ours ÷ Starlight, per pair (median)'],
	['perPageRatio', 'CPU per page ours ÷ Starlight, per pair (median)'],
	['wallRatio', 'Wall ours ÷ Starlight, per pair (median)'],
	['pages', 'Pages ours / Starlight'],
	['cpuOurs', 'Ours: CPU s per clean build'],
	['cpuStarlight', 'Starlight: CPU s per clean build'],
	['msPerPage', 'CPU ms / page ours / Starlight (medians)'],
	['wall', 'Wall s ours / Starlight (medians)'],
	['rss', 'Peak RSS largest process ours / Starlight (MB)'],
	['treeRss', 'Peak RSS tree ours / Starlight (MB)'],
	['phasesOurs', 'Ours: CPU s per phase (median)'],
	['phasesStarlight', 'Starlight: CPU s per phase (median)'],
	['versions', 'Astro / Starlight / Pagefind'],
	['commit', 'Commit built'],
	['load', 'Load avg before each build'],
] as const;

export type CompareColumn = (typeof COMPARE_COLUMNS)[number][0];

/** Columns of the slow-phone search table: one row per run, size and language. */
export const SLOW_SEARCH_COLUMNS = [
	['run', 'Slow-phone search run'],
	['n', 'Articles / lang'],
	['locale', 'Language'],
	['query', 'First query (typed as)'],
	['boxReady', 'Search box usable (s)'],
	['keystrokeToResults', 'Last keystroke → results (s)'],
	['warmUp', 'Warm-up before the first key (KB)'],
	['firstQuery', 'First query incl. warm-up: /pagefind/ KB (requests)'],
	['results', 'Results'],
] as const;

export type SlowSearchColumn = (typeof SLOW_SEARCH_COLUMNS)[number][0];
export type SlowSearchRow = Record<SlowSearchColumn, string>;
export type CompareRow = Record<CompareColumn, string>;

const HEADER = `# Benchmarks

Written by \`npm run bench\` (scripts/bench.ts): synthetic bilingual articles (seeded, reproducible) built with
\`CONTENT_DIR\`/\`OUT_DIR\` in \`bench-out/\`, then measured in Chromium against a local static server.
One row per content size per run; the chart \`docs/bench-build-time.svg\` is redrawn from every run that has several sizes.

- **Pages**: all HTML pages Astro wrote (articles ×2 languages, \`/a/\` short links, categories, fixed pages).
- **Clean build**: wall time of \`astro build\` with empty output and cache folders (with the Starlight comparison, ours is
  built clean once per pair; the row shows the last clean build, the one the rebuilds start from). **Pagefind** is the
  \`Search index: … ms\` line of the build; **Astro** is the rest (including Node start-up and config loading).
  **Of which post-build steps**: the other timed \`[help-center-build]\` lines inside that Astro time
  (built pages read and validated, published-URL check, integrity check) that run after Astro has rendered.
  Social cards are routes Astro renders (\`/og/….png\` lines) since 2026-12-02 17:00; before, a post-build step.
- **CPU**: user + system time of the build (\`/usr/bin/time -v\`), and the 1-minute load average when it started;
  the machine is shared, so compare wall times only between rows with a similar load.
- **Peak RSS**: the build's whole process tree (polled from /proc every 100 ms) / the largest single process (\`/usr/bin/time -v\`).
- **Search files**: Pagefind index + fragments + WASM + vocabulary/synonyms per language (zh-cn uses the shared \`wasm.unknown\` file).
- **Unchanged rebuild**: the same build again with the cache folder kept (content layer, Astro's incremental build of pages
  and social cards, validation results), with how many pages were copied from the last build instead of rendered.
  **One article changed**: then one zh-cn body edited. Rows before 2026-11-26 20:00 predate incremental builds.
  The target (unchanged rebuild ≥ 5× cheaper than clean) is judged on CPU time against the median clean build; earlier runs judged ≥ 3× on wall time.
- **Article page**: bytes a gzip-compressing host would send for one English article (gzip computed with zlib on the served bytes;
  already-compressed files count raw). **JS before interaction**: scripts fetched before any input, plus inline scripts.
- **Search**: a fresh \`/<lang>/search/\` page, which warms Pagefind as it opens (**warm-up**: its script, WASM, page list,
  synonym list; before 2026-12-02 the warm-up began on focus), then a query is typed at ~25 keys/s: bytes fetched from \`/pagefind/\` for that query, and time
  from the last keystroke to the frame showing the results. The first-query byte target counts warm-up + query.
  Rows before 2026-11-26 20:00 show no warm-up (Pagefind loaded with the first query) and include a 120 ms input debounce.

`;

const COMPARE_HEADER = `## Same-run comparison with Starlight

\`npm run bench\` also builds the same generated articles (same seed and count) as a Starlight site and
alternates clean builds: ours, Starlight, ours, Starlight (\`--pairs N\`, default 2). \`--no-starlight\`
skips it; \`--compare-only\` runs only these builds (no rebuilds, no browser, no row in the table above).
Starlight is installed from npm into \`bench-out/starlight-site/\` (its own package.json: \`astro\` pinned to
the project's version, \`@astrojs/starlight\` ${'`'}^0.42.4${'`'}; reused while unchanged), never into the project.
The conversion (scripts/bench/starlight.ts): a \`docs\` collection with zh-cn as the root locale and en,
title and description frontmatter, \`<Steps>\` → Starlight's \`<Steps>\`, \`<Callout>\` → \`<Aside>\`,
\`<Channel id>\` → a link with the channel's name; one folder per category, each an autogenerated
(collapsed) sidebar group, a splash home page per locale; Starlight's Pagefind search on, its defaults otherwise.
Both sites drop the same per-page bundler warning from the log. Clean = output and cache folders emptied.

- **CPU**: user + system time of \`astro build\` from \`/usr/bin/time -v\` (child processes such as Pagefind included);
  **per page**: divided by the HTML pages each site wrote. The page counts differ: ours has category pages,
  \`/a/\` short links, contact, search and status pages per language; Starlight has its home and 404 pages.
- **Ratios**: ours ÷ Starlight for each pair of builds that ran back to back, then their median. Above 1 = ours costs more.
- **Peak RSS**: largest single process (\`/usr/bin/time -v\`) and the whole process tree (polled every 100 ms), the larger of the builds.
- **Phases**: the timed steps each build logs (ours: \`[help-center-build] <Step>: … in N ms\`; Starlight:
  \`[starlight:pagefind] Finished building search index in …\`, shown as *search index*), each with the CPU
  time the process tree used during that step (read from /proc every 100 ms); **Astro render** is the rest of
  the build (start-up, bundling, rendering pages, sitemap). Medians over the builds. Chart: \`docs/bench-starlight.svg\`.

`;

const SLOW_SEARCH_HEADER = `## Search on a slow phone

A fresh \`/<lang>/search/\` page on a connection throttled by Chromium (DevTools network emulation:
400 ms round trip, 400 kbit/s down and up), served gzip-compressed like a production host. The reader
starts typing as soon as the search box is there, 150 ms a key; Chinese is typed as pinyin through the
input method (DevTools \`Input.imeSetComposition\`) and committed. **Last keystroke → results**: from the
last key (or the commit) to the frame that shows the results. **First query**: every byte fetched from
\`/pagefind/\` from opening the page to those results, warm-up included (gzip where the host compresses;
Pagefind's own files are compressed already). Targets: results ≤ 2.5 s after the last keystroke;
≤ 150 KB at 1,000 articles per language and ≤ 200 KB at 4,000.

`;

function tableHead(columns: readonly (readonly [string, string])[]): string {
	return `| ${columns.map(([, label]) => label).join(' | ')} |\n|${columns.map(() => ' --- ').join('|')}|`;
}

/** Returns the rows of the table whose first column is `first` (empty when there is none). */
function readTable<K extends string>(
	text: string,
	columns: readonly (readonly [K, string])[],
): Record<K, string>[] {
	const lines = text.split('\n');
	const head = lines.findIndex((line) => line.startsWith(`| ${columns[0]![1]} |`));
	if (head < 0) return [];
	const rows: Record<K, string>[] = [];
	for (const line of lines.slice(head + 2)) {
		if (!line.startsWith('|')) break;
		const cells = line
			.slice(1, -1)
			.split('|')
			.map((cell) => cell.trim());
		rows.push(
			Object.fromEntries(columns.map(([key], i) => [key, cells[i] ?? ''])) as Record<K, string>,
		);
	}
	return rows;
}

function writeTable<K extends string>(
	columns: readonly (readonly [K, string])[],
	rows: readonly Record<K, string>[],
): string {
	const body = rows
		.map((row) => `| ${columns.map(([key]) => row[key].replaceAll('|', '/')).join(' | ')} |`)
		.join('\n');
	return `${tableHead(columns)}\n${body}\n`;
}

/** Returns the rows of the results table in BENCHMARKS.md (empty when the file does not exist). */
export async function readRows(file: string): Promise<Row[]> {
	return existsSync(file) ? readTable(await readFile(file, 'utf8'), COLUMNS) : [];
}

/** Returns the rows of the Starlight comparison table in BENCHMARKS.md. */
export async function readComparisonRows(file: string): Promise<CompareRow[]> {
	return existsSync(file) ? readTable(await readFile(file, 'utf8'), COMPARE_COLUMNS) : [];
}

/**
 * Appends rows to the three tables (results, Starlight comparison, slow-phone search) and replaces
 * the "Latest targets" section; creates the file when missing.
 */
export async function appendRows(
	file: string,
	rows: readonly Row[],
	comparisons: readonly CompareRow[],
	slowSearches: readonly SlowSearchRow[],
	targets: string,
): Promise<void> {
	const text = existsSync(file) ? await readFile(file, 'utf8') : '';
	const results = [...readTable(text, COLUMNS), ...rows];
	const compared = [...readTable(text, COMPARE_COLUMNS), ...comparisons];
	const searched = [...readTable(text, SLOW_SEARCH_COLUMNS), ...slowSearches];
	await writeFile(
		file,
		`${HEADER}${writeTable(COLUMNS, results)}\n${COMPARE_HEADER}${writeTable(COMPARE_COLUMNS, compared)}\n` +
			`${SLOW_SEARCH_HEADER}${writeTable(SLOW_SEARCH_COLUMNS, searched)}\n## Latest targets\n\n${targets}\n`,
	);
}

const s1 = (ms: number) => (ms / 1000).toFixed(1);
const times = (ratio: number) => `${ratio.toFixed(2)}×`;
const phaseList = (phases: ComparisonSummary['ours']['phases']) =>
	phases
		.map((p) => `${p.name === RENDER_PHASE ? p.name : p.name.toLowerCase()} ${s1(p.cpuMs)}`)
		.join(', ');

/** Returns the comparison table's row for one size of a run. */
export function comparisonRow(
	run: string,
	machine: string,
	commit: string,
	comparison: Comparison,
): CompareRow {
	const sum = summarizeComparison(comparison);
	const [o, s] = [sum.ours, sum.starlight];
	return {
		run,
		machine,
		n: String(comparison.n),
		cpuRatio: `${sum.cpuRatios.map(times).join(', ')} (**${times(sum.cpuRatio)}**)`,
		perPageRatio: `${sum.cpuPerPageRatios.map(times).join(', ')} (**${times(sum.cpuPerPageRatio)}**)`,
		wallRatio: `${sum.wallRatios.map(times).join(', ')} (${times(sum.wallRatio)})`,
		pages: `${o.pages} / ${s.pages}`,
		cpuOurs: o.cpuMs.map(s1).join(', '),
		cpuStarlight: s.cpuMs.map(s1).join(', '),
		msPerPage: `${median(o.cpuMsPerPage).toFixed(1)} / ${median(s.cpuMsPerPage).toFixed(1)}`,
		wall: `${s1(median(o.wallMs))} / ${s1(median(s.wallMs))}`,
		rss: `${o.maxRssMb.toFixed(0)} / ${s.maxRssMb.toFixed(0)} (${times(sum.maxRssRatio)})`,
		treeRss: `${o.treeRssMb.toFixed(0)} / ${s.treeRssMb.toFixed(0)} (${times(sum.treeRssRatio)})`,
		phasesOurs: phaseList(o.phases),
		phasesStarlight: phaseList(s.phases),
		commit,
		versions: `${comparison.versions.astro} / ${comparison.versions.starlight} / ${comparison.versions.pagefind}`,
		load: comparison.ours
			.flatMap((b, i) => [b, comparison.starlight[i]].filter((x) => x !== undefined))
			.map((b) => b.loadBefore.toFixed(1))
			.join(', '),
	};
}

interface Point {
	readonly n: number;
	readonly total: number;
	readonly astro: number;
	readonly pagefind: number;
}

const escapeXml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Returns a standalone SVG line chart of clean build time against articles per language, one line per run. */
export function drawChart(rows: readonly Row[]): string | undefined {
	const runs = new Map<string, Point[]>();
	for (const row of rows) {
		const point = {
			n: Number(row.n),
			total: Number(row.clean),
			astro: Number(row.astro),
			pagefind: Number(row.pagefind),
		};
		if (!Number.isFinite(point.n) || !Number.isFinite(point.total)) continue;
		runs.set(
			row.run,
			[...(runs.get(row.run) ?? []), point].sort((a, b) => a.n - b.n),
		);
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
	out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="system-ui, sans-serif" font-size="12">`,
	);
	out.push(`<title>Clean build time against articles per language</title>`);
	out.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
	out.push(
		`<text x="${left}" y="22" font-size="15" font-weight="600" fill="#111">Clean build time vs. articles per language</text>`,
	);
	out.push(
		`<text x="${left}" y="38" fill="#555">${escapeXml(`latest run ${latestRun} · ${machine}`)}</text>`,
	);
	for (let s = 0; s <= yMax; s += yStep) {
		out.push(`<line x1="${left}" x2="${W - right}" y1="${y(s)}" y2="${y(s)}" stroke="#e5e5e5"/>`);
		out.push(`<text x="${left - 8}" y="${y(s) + 4}" text-anchor="end" fill="#333">${s}</text>`);
	}
	for (const n of [...new Set(all.map((p) => p.n))]) {
		out.push(`<line x1="${x(n)}" x2="${x(n)}" y1="${top}" y2="${H - bottom}" stroke="#f0f0f0"/>`);
		out.push(
			`<text x="${x(n)}" y="${H - bottom + 18}" text-anchor="middle" fill="#333">${n}</text>`,
		);
	}
	out.push(
		`<line x1="${left}" x2="${W - right}" y1="${H - bottom}" y2="${H - bottom}" stroke="#333"/>`,
	);
	out.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${H - bottom}" stroke="#333"/>`);
	out.push(
		`<text x="${(left + W - right) / 2}" y="${H - 14}" text-anchor="middle" fill="#333">articles per language (×2 languages, log scale)</text>`,
	);
	out.push(
		`<text transform="translate(18 ${(top + H - bottom) / 2}) rotate(-90)" text-anchor="middle" fill="#333">seconds</text>`,
	);
	for (const [, points] of series.slice(0, -1)) {
		out.push(
			`<polyline points="${line(points, (p) => p.total)}" fill="none" stroke="#bbb" stroke-width="1.5"/>`,
		);
	}
	const lines: [string, string, string, (p: Point) => number][] = [
		['total', '#1f5fbf', '', (p) => p.total],
		['Astro', '#2a9d5b', '6 4', (p) => p.astro],
		['Pagefind', '#c4621b', '2 3', (p) => p.pagefind],
	];
	lines.forEach(([label, color, dash, value], i) => {
		out.push(
			`<polyline points="${line(latest, value)}" fill="none" stroke="${color}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
		);
		for (const p of latest) {
			out.push(
				`<circle cx="${x(p.n).toFixed(1)}" cy="${y(value(p)).toFixed(1)}" r="3.5" fill="${color}"><title>${label}: ${value(p)} s at ${p.n}</title></circle>`,
			);
		}
		const ly = top + 10 + i * 20;
		out.push(
			`<line x1="${W - right + 20}" x2="${W - right + 48}" y1="${ly}" y2="${ly}" stroke="${color}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
		);
		out.push(`<text x="${W - right + 56}" y="${ly + 4}" fill="#222">${label} (latest)</text>`);
	});
	if (series.length > 1) {
		const ly = top + 70;
		out.push(
			`<line x1="${W - right + 20}" x2="${W - right + 48}" y1="${ly}" y2="${ly}" stroke="#bbb" stroke-width="1.5"/>`,
		);
		out.push(`<text x="${W - right + 56}" y="${ly + 4}" fill="#222">total, earlier runs</text>`);
	}
	latest.forEach((p, i) => {
		const ly = top + 110 + i * 18;
		out.push(`<text x="${W - right + 20}" y="${ly}" fill="#444">${p.n}: ${p.total} s</text>`);
	});
	out.push('</svg>');
	return out.join('\n') + '\n';
}

/** Phase colours of the comparison chart; steps without one take the next of OTHER_COLOURS. */
const PHASE_COLOURS: Readonly<Record<string, string>> = {
	[RENDER_PHASE]: '#2a9d5b',
	'Search index': '#c4621b',
	'Social images': '#8e44ad',
	Integrity: '#1f5fbf',
};
const OTHER_COLOURS = ['#d4a017', '#6c7a89', '#c0392b', '#16a085'];

/**
 * Returns a standalone SVG of one comparison: a horizontal bar per clean build in the order they
 * ran (ours, Starlight, ours, Starlight…), split into CPU seconds per phase.
 */
export function drawComparisonChart(run: string, machine: string, comparison: Comparison): string {
	const sum = summarizeComparison(comparison);
	const builds = comparison.ours.flatMap((b, i) => {
		const peer = comparison.starlight[i];
		return [
			{ label: `ours #${i + 1}`, b },
			...(peer ? [{ label: `Starlight #${i + 1}`, b: peer }] : []),
		];
	});
	const names = [...new Set(builds.flatMap(({ b }) => b.phases.map((p) => p.name)))];
	const colour = (name: string) =>
		PHASE_COLOURS[name] ??
		OTHER_COLOURS[names.filter((n) => !PHASE_COLOURS[n]).indexOf(name) % OTHER_COLOURS.length]!;
	const [W, left, right, top, barH, gap] = [760, 96, 150, 64, 26, 12];
	const plotH = builds.length * (barH + gap);
	const H = top + plotH + 40 + Math.ceil(names.length / 4) * 20 + 36;
	const maxS = Math.max(...builds.map(({ b }) => b.cpuMs / 1000));
	const step = [1, 2, 5, 10, 20, 30, 60, 120, 300].find((s) => maxS / s <= 8) ?? 600;
	const xMax = Math.ceil(maxS / step) * step || 1;
	const x = (s: number) => left + (s / xMax) * (W - left - right);
	const out: string[] = [];
	out.push(
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="system-ui, sans-serif" font-size="12">`,
	);
	out.push(`<title>Clean build CPU time per phase: help center and Starlight, same run</title>`);
	out.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
	out.push(
		`<text x="${left}" y="22" font-size="15" font-weight="600" fill="#111">Clean build CPU time (user+sys) per phase, same run</text>`,
	);
	out.push(
		`<text x="${left}" y="40" fill="#555">${escapeXml(`run ${run} · ${comparison.n} articles per language · ${machine} · Astro ${comparison.versions.astro}, Starlight ${comparison.versions.starlight}`)}</text>`,
	);
	for (let s = 0; s <= xMax; s += step) {
		out.push(
			`<line x1="${x(s)}" x2="${x(s)}" y1="${top - 6}" y2="${top + plotH}" stroke="#e5e5e5"/>`,
		);
		out.push(
			`<text x="${x(s)}" y="${top + plotH + 16}" text-anchor="middle" fill="#333">${s}</text>`,
		);
	}
	out.push(
		`<text x="${(left + W - right) / 2}" y="${top + plotH + 32}" text-anchor="middle" fill="#333">CPU seconds (user + sys, child processes included)</text>`,
	);
	builds.forEach(({ label, b }, i) => {
		const y = top + i * (barH + gap);
		out.push(
			`<text x="${left - 8}" y="${y + barH / 2 + 4}" text-anchor="end" fill="#222"${label.startsWith('ours') ? ' font-weight="600"' : ''}>${escapeXml(label)}</text>`,
		);
		let at = 0;
		for (const p of b.phases) {
			const w = x(at + p.cpuMs / 1000) - x(at);
			out.push(
				`<rect x="${x(at).toFixed(1)}" y="${y}" width="${Math.max(w, 0).toFixed(1)}" height="${barH}" fill="${colour(p.name)}"><title>${escapeXml(`${label}: ${p.name} ${s1(p.cpuMs)} s CPU, ${s1(p.wallMs)} s wall`)}</title></rect>`,
			);
			at += p.cpuMs / 1000;
		}
		const perPage = b.cpuMs / Math.max(b.pages, 1);
		out.push(
			`<text x="${x(b.cpuMs / 1000) + 6}" y="${y + barH / 2 + 4}" fill="#222">${s1(b.cpuMs)} s · ${perPage.toFixed(0)} ms/page</text>`,
		);
	});
	const legendY = top + plotH + 52;
	names.forEach((name, i) => {
		const lx = left + (i % 4) * 150;
		const ly = legendY + Math.floor(i / 4) * 20;
		out.push(`<rect x="${lx}" y="${ly - 10}" width="14" height="12" fill="${colour(name)}"/>`);
		out.push(`<text x="${lx + 20}" y="${ly}" fill="#222">${escapeXml(name)}</text>`);
	});
	out.push(
		`<text x="${left}" y="${H - 12}" fill="#111">${escapeXml(
			`Median ours ÷ Starlight: CPU ${times(sum.cpuRatio)}, CPU per page ${times(sum.cpuPerPageRatio)} (${sum.ours.pages} vs ${sum.starlight.pages} pages), wall ${times(sum.wallRatio)}, peak RSS ${times(sum.maxRssRatio)}`,
		)}</text>`,
	);
	out.push('</svg>');
	return out.join('\n') + '\n';
}
