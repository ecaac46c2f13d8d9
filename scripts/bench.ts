/**
 * `npm run bench`: builds the site from synthetic bilingual content at one or more sizes and
 * measures build time, memory, output and search-index size, rebuilds, page weight and search cost,
 * and compares clean builds with Starlight on the same articles in the same run.
 * Appends one row per size to BENCHMARKS.md (both tables) and redraws docs/bench-build-time.svg
 * and docs/bench-starlight.svg.
 *
 * Usage: npm run bench -- [--articles 1000] [--sizes 250,1000,4000] [--seed 20261126] [--keep] [--no-browser]
 *                         [--no-starlight | --compare-only] [--pairs 2]
 *
 * Starlight comparison (on by default): per size, clean builds alternate ours, Starlight, ours,
 * Starlight… (`--pairs` pairs, at least 2 by default), Starlight installed from npm into
 * bench-out/starlight-site/ (reused while its package.json is unchanged) and fed the same articles
 * converted by scripts/bench/starlight.ts. `--no-starlight` skips it (one clean build of ours, as
 * before); `--compare-only` runs only the alternated clean builds (no rebuilds, no browser, no row in
 * the results table).
 */
import { execFileSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import {
	launchBrowser,
	measurePage,
	measureSearch,
	measureThrottledSearch,
	type Bytes,
	type PageWeight,
	type SearchCost,
	type ThrottledSearch,
} from './bench/browser.ts';
import { nodeBinary, runBuild, type BuildResult } from './bench/build.ts';
import { median, summarizeComparison, type Comparison } from './bench/compare.ts';
import { changeOneArticle, generateContent } from './bench/generate.ts';
import {
	appendRows,
	comparisonRow,
	drawChart,
	drawComparisonChart,
	readRows,
	type Row,
	type SlowSearchRow,
} from './bench/report.ts';
import { installStarlight, writeStarlightSite } from './bench/starlight-site.ts';
import { startServer } from './bench/serve.ts';
import {
	folderSize,
	searchIndexSizes,
	type LanguageIndexSize,
	type OutputSize,
} from './bench/sizes.ts';

interface SizeResult {
	readonly n: number;
	readonly content: { readonly enWords: number; readonly zhChars: number };
	/** The last clean build of ours: the one the rebuilds start from. */
	readonly clean: BuildResult;
	/** Every clean build of ours, in order (several when compared with Starlight). */
	readonly cleans: BuildResult[];
	readonly unchanged?: BuildResult;
	readonly changed?: BuildResult;
	readonly output: OutputSize;
	readonly searchFiles: Record<string, LanguageIndexSize>;
	readonly article?: PageWeight;
	readonly search: SearchCost[];
	readonly slowSearch: ThrottledSearch[];
	readonly comparison?: Comparison;
}

function option(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : undefined;
}

const sizes = (option('sizes') ?? option('articles') ?? '1000')
	.split(',')
	.map((s) => Number(s.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 10))
	throw new Error('--articles/--sizes take whole numbers of at least 10');
const seed = Number(option('seed') ?? 20261126);
const keep = process.argv.includes('--keep');
const compareOnly = process.argv.includes('--compare-only');
const withStarlight = compareOnly || !process.argv.includes('--no-starlight');
const withBrowser = !compareOnly && !process.argv.includes('--no-browser');
const pairs = withStarlight ? Number(option('pairs') ?? 2) : 1;
if (!Number.isInteger(pairs) || pairs < 1)
	throw new Error('--pairs takes a whole number of at least 1');
const STARLIGHT_DIR = join('bench-out', 'starlight-site');

const startedAt = performance.now();
const stamp = () => {
	const s = Math.round((performance.now() - startedAt) / 1000);
	return `[${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}]`;
};
const say = (message: string) => console.log(`${stamp()} ${message}`);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const sec = (ms: number) => (ms / 1000).toFixed(1);
const perPage = (b: BuildResult) => b.totalMs / Math.max(b.pages, 1);
const describeBuild = (label: string, b: BuildResult) =>
	`${label}: ${sec(b.totalMs)} s (${b.kept ? 'nothing changed: output kept; ' : ''}${b.pages} pages, ${b.reusedPages} reused from the last build, ${perPage(b).toFixed(1)} ms/page; Astro ${sec(b.astroMs)} s ` +
	`incl. ${Object.entries(b.steps)
		.filter(([step]) => step !== 'Search index')
		.map(([step, ms]) => `${step.toLowerCase()} ${sec(ms)} s`)
		.join(', ')}; ` +
	`${b.socialImages.rendered} of ${b.socialImages.count} social cards rendered (${sec(b.socialImages.ms)} s); ` +
	`Pagefind ${sec(b.pagefindMs)} s for ${b.indexedPages} pages; CPU ${sec(b.cpuMs)} s ` +
	`(${b.phases.map((p) => `${p.name.toLowerCase()} ${sec(p.cpuMs)}`).join(', ')}; ${(b.cpuMs / Math.max(b.pages, 1)).toFixed(1)} ms/page); ` +
	`load before ${b.loadBefore.toFixed(1)}; peak RSS ${b.treeRssMb.toFixed(0)} MB tree / ${b.maxRssMb.toFixed(0)} MB largest)`;
const describeStarlight = (label: string, b: BuildResult) =>
	`${label}: ${sec(b.totalMs)} s (${b.pages} pages; CPU ${sec(b.cpuMs)} s (${b.phases.map((p) => `${p.name.toLowerCase()} ${sec(p.cpuMs)}`).join(', ')}; ` +
	`${(b.cpuMs / Math.max(b.pages, 1)).toFixed(1)} ms/page); Pagefind ${sec(b.pagefindMs)} s wall for ${b.indexedPages} pages; ` +
	`load before ${b.loadBefore.toFixed(1)}; peak RSS ${b.treeRssMb.toFixed(0)} MB tree / ${b.maxRssMb.toFixed(0)} MB largest)`;

const run = new Date().toISOString().slice(0, 16).replace('T', ' ');
const runDir = join('bench-out', `run-${run.replace(/[ :]/g, '-')}`);
const nodeVersion = execFileSync(nodeBinary(), ['--version'], { encoding: 'utf8' }).trim();
// The code measured: other work may edit the checkout during a long run, so a dated row names its commit.
const commit = (() => {
	try {
		const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
		const build = ['src', 'public', 'astro.config.mjs', 'package.json'];
		const dirty = execFileSync('git', ['status', '--porcelain', '--', ...build], {
			encoding: 'utf8',
		}).trim();
		return dirty ? `${head} + uncommitted changes` : head;
	} catch {
		return 'unknown';
	}
})();
const machine = `${cpus().length} cores, ${Math.round(totalmem() / 1024 ** 3)} GB, Node ${nodeVersion}`;
const QUERIES: Record<string, readonly [string, string]> = {
	en: ['payment password', 'refund'],
	'zh-cn': ['支付密码', '退款'],
};
/** How a phone reader types each first query: Chinese through a pinyin input method. */
const PINYIN: Record<string, string> = { 支付密码: 'zhifumima' };
/** Bytes allowed for the first query, warm-up included, by articles per language. */
const FIRST_QUERY_BUDGET_KB: Record<number, number> = { 1000: 150, 4000: 200 };

say(
	`Benchmark run ${run} UTC on ${machine}; commit ${commit}; sizes ${sizes.join(', ')} articles per language; seed ${seed}`,
);
const starlight = withStarlight ? await installStarlight(STARLIGHT_DIR) : undefined;
if (starlight) {
	say(
		`Starlight ${starlight.starlight} on Astro ${starlight.astro} (Pagefind ${starlight.pagefind}) ` +
			`${starlight.installed ? 'installed into' : 'reused from'} ${STARLIGHT_DIR}; ${pairs} alternated pairs of clean builds per size`,
	);
}
const results: SizeResult[] = [];
// Each size builds with its own cache folder (social cards and validation results included),
// removed before its clean build, so a clean build renders everything and nothing leaks out.
for (const n of sizes) {
	const dir = join(runDir, `n${n}`);
	const contentDir = join(dir, 'content');
	const outDir = join(dir, 'dist');
	const cacheDir = join(dir, 'cache');
	await mkdir(dir, { recursive: true });
	say(`n=${n}: generating ${n * 2} articles into ${contentDir}`);
	const content = await generateContent({
		articles: n,
		dir: contentDir,
		sourceDir: 'content',
		seed,
	});
	say(
		`n=${n}: ${content.enWords} English words and ${content.zhChars} Chinese characters per article on average`,
	);
	const build = async (label: string) => {
		say(`n=${n}: ${label} build…`);
		const result = await runBuild({
			contentDir,
			outDir,
			cacheDir,
			logFile: join(dir, `build-${label}.log`),
			onProgress: (pages) => say(`n=${n}:   ${label}: ${pages} pages rendered`),
		});
		say(`n=${n}: ${describeBuild(label, result)}`);
		return result;
	};
	const buildStarlight = async (label: string) => {
		const slOut = resolve(dir, 'starlight-dist');
		const slCache = resolve(dir, 'starlight-cache');
		for (const folder of [slOut, slCache, join(STARLIGHT_DIR, '.astro')])
			await rm(folder, { recursive: true, force: true });
		say(`n=${n}: Starlight ${label} build…`);
		const result = await runBuild({
			projectDir: STARLIGHT_DIR,
			outDir: slOut,
			cacheDir: slCache,
			logFile: join(dir, `starlight-${label}.log`),
			onProgress: (pages) => say(`n=${n}:   Starlight ${label}: ${pages} pages rendered`),
		});
		const size = await folderSize(slOut);
		say(
			`n=${n}: Starlight ${describeStarlight(label, result)}; output ${mb(size.bytes)} MB in ${size.files} files`,
		);
		if (!keep) await rm(slOut, { recursive: true, force: true });
		return result;
	};
	if (starlight) {
		const pages = await writeStarlightSite(contentDir, STARLIGHT_DIR);
		say(`n=${n}: converted ${pages} articles into the Starlight site`);
	}
	// Clean builds, alternated with Starlight's so both see the same machine load over the run.
	const cleans: BuildResult[] = [];
	const peers: BuildResult[] = [];
	for (let i = 1; i <= pairs; i++) {
		await rm(outDir, { recursive: true, force: true });
		await rm(cacheDir, { recursive: true, force: true });
		cleans.push(await build(pairs > 1 ? `clean-${i}` : 'clean'));
		if (starlight) peers.push(await buildStarlight(`clean-${i}`));
	}
	const clean = cleans.at(-1)!;
	const comparison: Comparison | undefined = starlight
		? {
				n,
				versions: {
					astro: starlight.astro,
					starlight: starlight.starlight,
					pagefind: starlight.pagefind,
				},
				ours: cleans,
				starlight: peers,
			}
		: undefined;
	if (comparison) {
		const sum = summarizeComparison(comparison);
		const x = (r: number) => `${r.toFixed(2)}×`;
		say(
			`n=${n}: ours ÷ Starlight: CPU ${sum.cpuRatios.map(x).join(', ')} (median ${x(sum.cpuRatio)}), ` +
				`CPU per page ${sum.cpuPerPageRatios.map(x).join(', ')} (median ${x(sum.cpuPerPageRatio)}), wall median ${x(sum.wallRatio)}, ` +
				`peak RSS largest ${x(sum.maxRssRatio)}, tree ${x(sum.treeRssRatio)}`,
		);
	}
	const output = await folderSize(outDir);
	const searchFiles = await searchIndexSizes(join(outDir, 'pagefind'));
	say(`n=${n}: output ${mb(output.bytes)} MB in ${output.files} files`);
	for (const [lang, s] of Object.entries(searchFiles)) {
		say(
			`n=${n}:   search ${lang}: index ${kb(s.indexBytes)} KB, fragments ${kb(s.fragmentBytes)} KB, wasm/vocabulary/synonyms ${kb(s.supportBytes)} KB (${s.files} files)`,
		);
	}
	const rebuilds = compareOnly
		? undefined
		: {
				unchanged: await build('unchanged'),
				// The last article: never one of the slugs channels.yaml lists, so no other file refers to it.
				changed: await changeOneArticle(contentDir, content.slugs.at(-1)!, seed).then(() =>
					build('changed'),
				),
			};

	let article: PageWeight | undefined;
	const search: SearchCost[] = [];
	const slowSearch: ThrottledSearch[] = [];
	if (withBrowser) {
		const slowServer = await startServer(outDir, { compress: true });
		const slowBrowser = await launchBrowser();
		try {
			for (const [locale, [query]] of Object.entries(QUERIES)) {
				const cost = await measureThrottledSearch(
					slowBrowser,
					slowServer,
					locale,
					query,
					PINYIN[query],
				);
				slowSearch.push(cost);
				say(
					`n=${n}:   slow phone ${locale} "${query}": box usable after ${sec(cost.boxReadyMs)} s; results ${sec(cost.keystrokeToResultsMs)} s ` +
						`after the last keystroke; ${kb(cost.pagefind.gzip)} KB from /pagefind/ (${cost.requests} requests; warm-up ${kb(cost.warmUp.gzip)} KB)`,
				);
			}
		} finally {
			await slowBrowser.close();
			await slowServer.close();
		}
		const server = await startServer(outDir);
		const browser = await launchBrowser();
		try {
			say(`n=${n}: measuring an article page and search in Chromium at ${server.url}`);
			article = await measurePage(browser, server, '/en/articles/payment-failed/');
			const k = article.byKind;
			say(
				`n=${n}:   article: ${article.requests} requests, ${kb(article.total.raw)} KB raw / ${kb(article.total.gzip)} KB gzip ` +
					`(HTML ${kb(k.html.gzip)}, CSS ${kb(k.css.gzip)}, JS ${kb(k.js.gzip)}, fonts ${kb(k.font.gzip)}, images ${kb(k.image.gzip)} KB gzip); ` +
					`JS before interaction ${kb(article.jsBeforeInteraction.raw)} KB raw / ${kb(article.jsBeforeInteraction.gzip)} KB gzip`,
			);
			for (const [locale, queries] of Object.entries(QUERIES)) {
				const cost = await measureSearch(browser, server, locale, queries);
				search.push(cost);
				say(
					`n=${n}:   search ${locale} warm-up as the page opens: ${kb(cost.warmUp.gzip)} KB from /pagefind/`,
				);
				for (const [label, q] of [
					['1st', cost.first],
					['2nd', cost.second],
				] as const) {
					say(
						`n=${n}:   search ${locale} ${label} "${q.query}": ${q.results} results, ${kb(q.pagefind.gzip)} KB from /pagefind/ ` +
							`(${q.pagefindRequests} requests), ${q.keystrokeToResultsMs.toFixed(0)} ms keystroke→results (${q.searchMs.toFixed(0)} ms from the start of its run)`,
					);
				}
				say(
					`n=${n}:   search ${locale} via ?q=: results ${cost.fromUrl.ms.toFixed(0)} ms after navigation start, ${kb(cost.fromUrl.pagefind.gzip)} KB from /pagefind/`,
				);
			}
		} finally {
			await browser.close();
			await server.close();
		}
	}
	results.push({
		n,
		content,
		clean,
		cleans,
		...rebuilds,
		output,
		searchFiles,
		...(article ? { article } : {}),
		search,
		slowSearch,
		...(comparison ? { comparison } : {}),
	});
	if (!keep) await rm(outDir, { recursive: true, force: true });
}

// ── Targets ──────────────────────────────────────────────────────────────────
const verdicts: string[] = [];
const verdict = (pass: boolean | undefined, text: string) => {
	const mark = pass === undefined ? 'n/a ' : pass ? 'PASS' : 'FAIL';
	verdicts.push(`- ${mark} ${text}`);
};
const at = (n: number) => results.find((r) => r.n === n);
const [r1000, r4000] = [at(1000), at(4000)];
if (r1000 && r4000) {
	const ratio = perPage(r4000.clean) / perPage(r1000.clean);
	const cpuRatio = r4000.clean.cpuMs / r4000.clean.pages / (r1000.clean.cpuMs / r1000.clean.pages);
	verdict(
		ratio <= 1.3,
		`per-page build time at 4,000 within 1.3× of 1,000: ${perPage(r4000.clean).toFixed(1)} vs ${perPage(r1000.clean).toFixed(1)} ms/page (${ratio.toFixed(2)}×; CPU time per page ${cpuRatio.toFixed(2)}×)`,
	);
} else {
	const [small, large] = [results[0], results.at(-1)];
	const ratio =
		small && large && small !== large ? perPage(large.clean) / perPage(small.clean) : undefined;
	const cpuRatio =
		small && large
			? large.clean.cpuMs / large.clean.pages / (small.clean.cpuMs / small.clean.pages)
			: 0;
	verdict(
		undefined,
		'per-page build time at 4,000 within 1.3× of 1,000: needs both sizes' +
			(ratio
				? ` (measured ${large!.n} vs ${small!.n}: ${ratio.toFixed(2)}× wall, ${cpuRatio.toFixed(2)}× CPU time per page)`
				: ''),
	);
}
for (const r of results) {
	if (!r.unchanged) continue;
	// Judged on CPU time (the machine is shared); the clean side is the median of the clean builds.
	const cleanCpu = median(r.cleans.map((b) => b.cpuMs));
	const speedup = cleanCpu / r.unchanged.cpuMs;
	verdict(
		speedup >= 5,
		`unchanged rebuild ≥5× cheaper than clean at ${r.n}: CPU ${sec(cleanCpu)} s → ${sec(r.unchanged.cpuMs)} s (${speedup.toFixed(2)}×; ` +
			`wall ${sec(r.clean.totalMs)} s → ${sec(r.unchanged.totalMs)} s, ${(r.clean.totalMs / r.unchanged.totalMs).toFixed(2)}×)`,
	);
}
// The Starlight targets are set at 1,000 per language; other sizes are in the comparison table.
const compared = at(1000)?.comparison ? at(1000) : results.findLast((r) => r.comparison);
if (compared?.comparison) {
	const sum = summarizeComparison(compared.comparison);
	const perPage = `${median(sum.ours.cpuMsPerPage).toFixed(1)} vs ${median(sum.starlight.cpuMsPerPage).toFixed(1)} ms/page`;
	verdict(
		sum.cpuPerPageRatio <= 1,
		`clean-build CPU per page ≤ Starlight's at ${compared.n}: ${perPage} (median ratio ${sum.cpuPerPageRatio.toFixed(2)}×)`,
	);
	verdict(
		sum.cpuPerPageRatio <= 0.5,
		`stretch: clean-build CPU per page ≤ 0.5× Starlight's at ${compared.n}: ${sum.cpuPerPageRatio.toFixed(2)}×`,
	);
	verdict(
		sum.maxRssRatio <= 1,
		`peak RSS (largest process) ≤ Starlight's at ${compared.n}: ${sum.ours.maxRssMb.toFixed(0)} vs ${sum.starlight.maxRssMb.toFixed(0)} MB (${sum.maxRssRatio.toFixed(2)}×; tree ${sum.treeRssRatio.toFixed(2)}×)`,
	);
}
// Search on a slow phone: time at every size, bytes against the budget of its size.
for (const r of results) {
	for (const cost of r.slowSearch) {
		verdict(
			cost.keystrokeToResultsMs <= 2500,
			`slow phone (400 ms RTT, 400 kbit/s), ${cost.locale} at ${r.n}: results ${sec(cost.keystrokeToResultsMs)} s after the last keystroke ("${cost.query}") ≤ 2.5 s`,
		);
		const budget = FIRST_QUERY_BUDGET_KB[r.n];
		verdict(
			budget === undefined ? undefined : cost.pagefind.gzip <= budget * 1024,
			`bytes for the first ${cost.locale} query, warm-up included, at ${r.n}: ${kb(cost.pagefind.gzip)} KB ` +
				`(warm-up ${kb(cost.warmUp.gzip)} KB; ${cost.requests} requests)${budget ? ` ≤ ${budget} KB` : ''}`,
		);
	}
}
console.log(`\nTargets (run ${run}):\n${verdicts.join('\n')}`);

// ── BENCHMARKS.md, chart, raw results ────────────────────────────────────────
const both = (b: Bytes) => `${kb(b.raw)} / ${kb(b.gzip)}`;
const rows: Row[] = results
	.filter(() => !compareOnly)
	.map((r) => {
		const zh = r.searchFiles['zh-cn'];
		const en = r.searchFiles['en'];
		const total = (s?: LanguageIndexSize) =>
			s ? kb(s.indexBytes + s.fragmentBytes + s.supportBytes) : '–';
		const k = r.article?.byKind;
		const searchCell = (locale: string) => {
			const c = r.search.find((s) => s.locale === locale);
			return c
				? `${kb(c.warmUp.gzip)} + ${kb(c.first.pagefind.gzip)} KB, ${c.first.keystrokeToResultsMs.toFixed(0)} ms / ${kb(c.second.pagefind.gzip)} KB, ${c.second.keystrokeToResultsMs.toFixed(0)} ms`
				: '–';
		};
		return {
			run,
			date: run.slice(0, 10),
			machine,
			n: String(r.n),
			pages: String(r.clean.pages),
			clean: sec(r.clean.totalMs),
			msPerPage: perPage(r.clean).toFixed(1),
			astro: sec(r.clean.astroMs),
			postBuild:
				Object.entries(r.clean.steps)
					.filter(([step]) => step !== 'Search index')
					.map(([step, ms]) => `${step.toLowerCase()} ${sec(ms)}`)
					.join(', ') || '–',
			pagefind: sec(r.clean.pagefindMs),
			cpu: `${sec(r.clean.cpuMs)}, ${r.clean.loadBefore.toFixed(1)}`,
			rss: `${r.clean.treeRssMb.toFixed(0)} / ${r.clean.maxRssMb.toFixed(0)}`,
			output: `${mb(r.output.bytes)}, ${r.output.files}`,
			index: `${total(zh)} / ${total(en)}`,
			unchanged: r.unchanged
				? `${sec(r.unchanged.totalMs)} (${r.unchanged.kept ? 'output kept' : `${r.unchanged.reusedPages} reused`})`
				: '–',
			changed: r.changed
				? `${sec(r.changed.totalMs)} (${r.changed.kept ? 'output kept' : `${r.changed.reusedPages} reused`})`
				: '–',
			article:
				k && r.article
					? `${kb(k.html.gzip)} / ${kb(k.css.gzip)} / ${kb(k.js.gzip)} / ${kb(k.font.gzip)} / ${kb(k.image.gzip)} (${kb(r.article.total.raw)})`
					: '–',
			jsBefore: r.article ? both(r.article.jsBeforeInteraction) : '–',
			searchEn: searchCell('en'),
			searchZh: searchCell('zh-cn'),
		};
	});
const comparisonRows = results.flatMap((r) =>
	r.comparison ? [comparisonRow(run, machine, commit, r.comparison)] : [],
);
const slowSearchRows: SlowSearchRow[] = results.flatMap((r) =>
	r.slowSearch.map((c) => ({
		run,
		n: String(r.n),
		locale: c.locale,
		query: PINYIN[c.query] ? `${c.query} (pinyin ${PINYIN[c.query]})` : c.query,
		boxReady: sec(c.boxReadyMs),
		keystrokeToResults: sec(c.keystrokeToResultsMs),
		warmUp: kb(c.warmUp.gzip),
		firstQuery: `${kb(c.pagefind.gzip)} (${c.requests})`,
		results: String(c.results),
	})),
);
await appendRows('BENCHMARKS.md', rows, comparisonRows, slowSearchRows, verdicts.join('\n'));
const written = ['BENCHMARKS.md'];
await mkdir('docs', { recursive: true });
const chart = drawChart(await readRows('BENCHMARKS.md'));
if (chart) {
	await writeFile('docs/bench-build-time.svg', chart);
	written.push('docs/bench-build-time.svg');
}
if (compared?.comparison) {
	await writeFile(
		'docs/bench-starlight.svg',
		drawComparisonChart(run, machine, compared.comparison),
	);
	written.push('docs/bench-starlight.svg');
}
await writeFile(
	join(runDir, 'results.json'),
	JSON.stringify({ run, machine, commit, seed, starlight, results }, null, '\t'),
);
say(`Wrote ${written.join(', ')} and ${join(runDir, 'results.json')}`);
