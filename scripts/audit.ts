/**
 * `npm run audit`: Lighthouse (mobile, default config) on the home, article, contact and search
 * pages in both languages, in the local Chromium, against the built site served on 127.0.0.1.
 * Writes reports/lighthouse.md and reports/lighthouse.json.
 *
 * By default the site is built into bench-out/audit/ with SITE_URL set to the local server: pages
 * carry absolute canonical and hreflang URLs, and with the production host Lighthouse's `canonical`
 * audit fails ("Points to another hreflang location") for a reason that does not exist in production.
 * `--dist` audits dist/ as it is (running `npm run build` first when it is missing).
 *
 * Each page is audited `--runs` times (default 3) and the run with the median performance score is
 * reported, as Lighthouse recommends for variable machines; the spread is reported beside it.
 *
 * Usage: npm run audit -- [--dist] [--no-build] [--port 4488] [--runs 3]
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM_ARGS, findChromium, NO_BROWSER_HELP } from './support/browser.ts';
import { runBuild } from './bench/build.ts';
import { headersFor, parseHeadersFile } from './bench/headers.ts';
import { startServer } from './bench/serve.ts';

const arg = (name: string) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : undefined;
};
const port = Number(arg('port') ?? 4488);
const useDist = process.argv.includes('--dist');
const skipBuild = process.argv.includes('--no-build');
const runs = Math.max(1, Number(arg('runs') ?? 3));
const started = performance.now();
const say = (message: string) =>
	console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

const PAGES = [
	['home', ''],
	['article', 'articles/payment-failed/'],
	['contact', 'contact/'],
	['search', 'search/'],
] as const;
const LOCALES = ['zh-cn', 'en'] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = [
	'first-contentful-paint',
	'largest-contentful-paint',
	'total-blocking-time',
	'cumulative-layout-shift',
	'speed-index',
] as const;

interface PageAudit {
	readonly page: string;
	readonly locale: string;
	readonly path: string;
	readonly scores: Record<(typeof CATEGORIES)[number], number | null>;
	/** Performance scores of every run, lowest first; the reported run is the median. */
	readonly performanceRuns: number[];
	/** Lighthouse's CPU benchmark of the reported run: lower means a busier or slower machine. */
	readonly benchmarkIndex: number;
	readonly metrics: Record<string, string>;
	/** Audits in the four categories that did not pass (binary 0, or numeric below 0.9). */
	readonly failing: {
		id: string;
		title: string;
		category: string;
		score: number;
		displayValue?: string;
		detail?: string;
	}[];
	readonly warnings: string[];
}

interface NetworkNode {
	readonly url: string;
	readonly isLongest?: boolean;
	readonly children?: Record<string, NetworkNode>;
}

/** Returns the critical request chain Lighthouse marks as longest, as paths joined by arrows. */
function longestChain(chains: Record<string, NetworkNode>): string {
	const paths: string[] = [];
	let level: Record<string, NetworkNode> | undefined = chains;
	while (level) {
		const nodes: NetworkNode[] = Object.values(level);
		const next: NetworkNode | undefined = nodes.find((node) => node.isLongest) ?? nodes[0];
		if (!next) break;
		paths.push(next.url.replace(/^https?:\/\/[^/]+/, ''));
		level = next.children && Object.keys(next.children).length > 0 ? next.children : undefined;
	}
	return paths.join(' → ');
}

/** Returns what an audit's first items point at (a path, or a console message cut in the middle), for the report. */
function describeItems(details: unknown): string | undefined {
	const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
	const parts = items.slice(0, 2).flatMap((item) => {
		const value = item['value'] as
			{ type?: string; chains?: Record<string, NetworkNode> } | undefined;
		if (value?.type === 'network-tree' && value.chains)
			return [`longest chain: ${longestChain(value.chains)}`];
		if (typeof item['type'] === 'string') return [];
		const text =
			typeof item['url'] === 'string'
				? item['url']
				: typeof item['description'] === 'string'
					? item['description']
					: undefined;
		if (!text) return [];
		const short = text.replace(/^https?:\/\/[^/]+/, '');
		return [short.length > 200 ? `${short.slice(0, 60)} … ${short.slice(-130)}` : short];
	});
	return parts.length > 0 ? parts.join('; ') : undefined;
}

/** Returns the category audits that did not pass, most important category first. */
function failingAudits(lhr: Result): PageAudit['failing'] {
	const seen = new Set<string>();
	const failing: PageAudit['failing'] = [];
	for (const category of CATEGORIES) {
		for (const ref of lhr.categories[category]?.auditRefs ?? []) {
			const audit = lhr.audits[ref.id];
			if (!audit || seen.has(ref.id) || audit.score === null) continue;
			if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
			if (audit.score >= 0.9) continue;
			seen.add(ref.id);
			const detail = describeItems(audit.details);
			failing.push({
				id: ref.id,
				title: audit.title,
				category,
				score: audit.score,
				...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
				...(detail ? { detail } : {}),
			});
		}
	}
	return failing;
}

/** Runs Lighthouse once; retries twice when the trace itself fails (e.g. NO_NAVSTART on a busy machine). */
async function audit(url: string, attempt = 1): Promise<Result> {
	const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
	const error = result
		? result.lhr.runtimeError
		: { code: 'NO_RESULT', message: 'Lighthouse returned nothing' };
	if (!error) return result!.lhr;
	if (attempt < 3) {
		say(`  ${error.code}: retrying`);
		return audit(url, attempt + 1);
	}
	throw new Error(`Lighthouse failed on ${url}: ${error.message}`);
}

let dir = 'dist';
const origin = `http://127.0.0.1:${port}`;
if (useDist) {
	if (!existsSync('dist/index.html')) {
		say('dist/ is missing: running npm run build');
		execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
	}
} else {
	dir = join('bench-out', 'audit', 'dist');
	if (!skipBuild || !existsSync(join(dir, 'index.html'))) {
		say(`Building the site into ${dir} with SITE_URL=${origin}`);
		await mkdir(join('bench-out', 'audit'), { recursive: true });
		const build = await runBuild({
			contentDir: 'content',
			outDir: dir,
			cacheDir: `${dir}-cache`,
			logFile: join('bench-out', 'audit', 'build.log'),
			env: { SITE_URL: origin },
		});
		say(`Built ${build.pages} pages in ${(build.totalMs / 1000).toFixed(1)} s`);
	}
}

const chromePath = findChromium();
if (!chromePath) throw new Error(NO_BROWSER_HELP);
const headerRules = existsSync(join(dir, '_headers'))
	? parseHeadersFile(await readFile(join(dir, '_headers'), 'utf8'))
	: [];
// Compressed, with the site's _headers: what the static host sends, so transfer audits are realistic.
const server = await startServer(dir, {
	port,
	compress: true,
	headers: (path) => headersFor(headerRules, path),
});
const chrome = await chromeLauncher.launch({
	chromePath,
	chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
	logLevel: 'silent',
});
const audits: PageAudit[] = [];
let lighthouseVersion = '';
try {
	for (const [page, rest] of PAGES) {
		for (const locale of LOCALES) {
			const path = `/${locale}/${rest}`;
			const lhrs: Result[] = [];
			for (let run = 1; run <= runs; run++) {
				say(`Lighthouse ${path}${runs > 1 ? ` (run ${run} of ${runs})` : ''}`);
				lhrs.push(await audit(`${origin}${path}`));
			}
			const performance = (r: Result) => r.categories['performance']?.score ?? 0;
			lhrs.sort((a, b) => performance(a) - performance(b));
			const lhr = lhrs[Math.floor((lhrs.length - 1) / 2)]!;
			lighthouseVersion = lhr.lighthouseVersion;
			await writeFile(join('bench-out', `lighthouse-${locale}-${page}.json`), JSON.stringify(lhr));
			const scores = Object.fromEntries(
				CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null]),
			) as PageAudit['scores'];
			const metrics = Object.fromEntries(
				METRICS.map((m) => [m, lhr.audits[m]?.displayValue ?? '–']),
			);
			const entry: PageAudit = {
				page,
				locale,
				path,
				scores,
				performanceRuns: lhrs.map((r) => Math.round(performance(r) * 100)),
				benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
				metrics,
				failing: failingAudits(lhr),
				warnings: lhr.runWarnings,
			};
			audits.push(entry);
			say(
				`  median of ${entry.performanceRuns.join(', ')}: ${CATEGORIES.map((c) => `${c} ${Math.round((scores[c] ?? 0) * 100)}`).join(', ')}; failing: ${entry.failing.map((f) => f.id).join(', ') || 'none'}`,
			);
		}
	}
} finally {
	chrome.kill();
	await server.close();
}

const pct = (score: number | null) => (score === null ? '–' : String(Math.round(score * 100)));
const lines = [
	'# Lighthouse',
	'',
	`Lighthouse ${lighthouseVersion}, mobile (default config: simulated slow 4G, 4× CPU slowdown), in ${execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()} headless.`,
	`Site: ${useDist ? '`dist/` as built' : `built into \`${dir}\` with \`SITE_URL=${origin}\` so canonical and hreflang URLs match the served host`},`,
	'served by a local static server with gzip and the headers from `public/_headers`.',
	`Written by \`npm run audit\` (scripts/audit.ts) on ${new Date().toISOString().slice(0, 10)}. Each page ran ${runs} time(s); the table shows the run with the median`,
	"performance score, the spread of performance scores, and Lighthouse's CPU benchmark index for that run (a busy machine scores lower",
	'and inflates Total Blocking Time, which dominates the mobile performance score of these light pages).',
	'',
	'| Page | Path | Performance | Accessibility | Best practices | SEO | Performance runs | CPU index |',
	'| --- | --- | ---: | ---: | ---: | ---: | --- | ---: |',
	...audits.map(
		(a) =>
			`| ${a.page} (${a.locale}) | \`${a.path}\` | ${CATEGORIES.map((c) => pct(a.scores[c])).join(' | ')} | ${a.performanceRuns.join(', ')} | ${a.benchmarkIndex} |`,
	),
	'',
	'## Metrics',
	'',
	'| Page | FCP | LCP | TBT | CLS | Speed Index |',
	'| --- | ---: | ---: | ---: | ---: | ---: |',
	...audits.map(
		(a) => `| ${a.page} (${a.locale}) | ${METRICS.map((m) => a.metrics[m]).join(' | ')} |`,
	),
	'',
	'## Audits that did not pass',
	'',
	'Binary audits that failed and scored audits below 0.9, from the four categories (id in brackets).',
	'',
	...audits.flatMap((a) => [
		`### ${a.page} (${a.locale}) \`${a.path}\``,
		'',
		...(a.failing.length === 0
			? ['None.']
			: a.failing.map(
					(f) =>
						`- ${f.category}: ${f.title.replace(/`/g, '')} [\`${f.id}\`]${f.displayValue ? ` — ${f.displayValue}` : ''}` +
						(f.detail ? ` (${f.detail.replace(/\|/g, '/').replace(/`/g, "'")})` : ''),
				)),
		...(a.warnings.length > 0 ? ['', ...a.warnings.map((w) => `> Lighthouse warning: ${w}`)] : []),
		'',
	]),
];
await mkdir('reports', { recursive: true });
await writeFile('reports/lighthouse.md', lines.join('\n'));
await writeFile(
	'reports/lighthouse.json',
	JSON.stringify(
		{
			lighthouseVersion,
			site: useDist ? 'dist' : dir,
			origin,
			date: new Date().toISOString(),
			pages: audits,
		},
		null,
		'\t',
	) + '\n',
);
say('Wrote reports/lighthouse.md and reports/lighthouse.json');
