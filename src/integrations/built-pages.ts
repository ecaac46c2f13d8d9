import type { StepLogger } from './step-logger';
import { version as htmlValidateVersion } from 'html-validate';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cacheDir } from '../config/site';
import type { PageScan } from '../lib/html-scan';
import { getScopeConfig } from '../lib/html-validation';
import type { Issue } from '../lib/issues';
import type { LinkedPage } from '../lib/link-check';
import type { PageOutline } from '../lib/search/outline';
import { listHtmlFiles, toSitePath } from './files';

/** One built page as every post-build step sees it. */
export interface BuiltPage extends LinkedPage {
	/** What the search index holds of the page; undefined when it has no article body. */
	readonly outline: PageOutline | undefined;
}

/** Every page of the build, read and parsed once, and what html-validate found in them. */
export interface BuiltPages {
	readonly pages: readonly BuiltPage[];
	readonly htmlIssues: readonly Issue[];
}

// Messages between readBuiltPages and ./built-pages-worker.ts.
export interface WorkerSetup {
	readonly salt: string;
	readonly known: readonly string[];
}
export interface PageJob {
	readonly kind: 'pages';
	readonly pages: ReadonlyArray<{ readonly file: string; readonly path: string }>;
}
export interface ShellJob {
	readonly kind: 'shells';
	readonly shells: ReadonlyArray<{
		readonly file: string;
		readonly path: string;
		readonly bodies: readonly [number, number][];
	}>;
}
export interface PageResult {
	readonly file: string;
	readonly path: string;
	readonly scan: PageScan;
	readonly outline: PageOutline | undefined;
	readonly shellKey: string;
	/** Character ranges of the article bodies, checked in their own documents. */
	readonly bodies: readonly [number, number][];
	readonly issues: readonly Issue[];
}
/** What a worker did for one job: documents checked or reused, and its CPU time in ms. */
export interface Tally {
	readonly passed: readonly string[];
	readonly checked: number;
	readonly reused: number;
	readonly parseMs: number;
	readonly validateMs: number;
}
export type WorkerReply = Tally &
	(
		| { readonly kind: 'pages'; readonly pages: readonly PageResult[] }
		| { readonly kind: 'shells'; readonly issues: readonly Issue[] }
	);

const WORKER = new URL('./built-pages-worker.ts', import.meta.url);
const WORKER_RESOLVE = new URL('./worker-resolve.ts', import.meta.url);
const VALID_HTML_CACHE = join(cacheDir, 'valid-html.json');
const PAGES_PER_JOB = 25;
/**
 * This step runs at the build's memory peak, beside Astro's own heap. Each page's garbage is small,
 * and V8 would let a worker's heap grow lazily: measured at 1,000 articles per language, two
 * workers added 456 MB to the process without these limits and 179 MB with them, for the same CPU.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 256 };

type Job = PageJob | ShellJob;

/** Starts worker threads that each take the next job as soon as they are done with one. */
function startWorkers(count: number, setup: WorkerSetup) {
	const workers = Array.from(
		{ length: count },
		() =>
			new Worker(WORKER, {
				workerData: setup,
				execArgv: ['--import', WORKER_RESOLVE.href],
				resourceLimits: WORKER_HEAP,
			}),
	);
	const ask = (worker: Worker, job: Job) =>
		new Promise<WorkerReply>((resolve, reject) => {
			const fail = (error: Error) => reject(error);
			worker.once('error', fail);
			worker.once('message', (reply: WorkerReply) => {
				worker.off('error', fail);
				resolve(reply);
			});
			worker.postMessage(job);
		});
	return {
		async run(jobs: readonly Job[]): Promise<WorkerReply[]> {
			const queue = [...jobs];
			const replies: WorkerReply[] = [];
			await Promise.all(
				workers.map(async (worker) => {
					for (let job = queue.shift(); job; job = queue.shift())
						replies.push(await ask(worker, job));
				}),
			);
			return replies;
		},
		close: () => Promise.all(workers.map((worker) => worker.terminate())),
	};
}

const chunk = <T>(items: readonly T[], size: number): T[][] =>
	Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
		items.slice(i * size, i * size + size),
	);

/** Hashes of documents that passed html-validate, salted with its version and configs so a rule change re-checks all. */
async function loadValidHtml(salt: string): Promise<Set<string>> {
	try {
		const saved = JSON.parse(await readFile(VALID_HTML_CACHE, 'utf8')) as {
			salt: string;
			hashes: string[];
		};
		return new Set(saved.salt === salt ? saved.hashes : []);
	} catch {
		return new Set();
	}
}

/**
 * Reads and parses every built page once, on worker threads (one per core), and hands back what
 * the search index, redirect, sitemap, published-URL and integrity steps read from each page, plus what
 * html-validate found: every page's outline, every article body, and one whole page per shell
 * (src/lib/page-documents.ts says why that checks as much as every whole page would). Documents
 * that passed in an earlier build are not checked again.
 */
export async function readBuiltPages(outDir: string, logger: StepLogger): Promise<BuiltPages> {
	const started = performance.now();
	const files = await listHtmlFiles(outDir);
	const salt = JSON.stringify([
		htmlValidateVersion,
		getScopeConfig('elements'),
		getScopeConfig('document'),
	]);
	const known = await loadValidHtml(salt);
	const workers = startWorkers(
		Math.max(1, Math.min(availableParallelism(), Math.ceil(files.length / 100))),
		{
			salt,
			known: [...known],
		},
	);
	let results: PageResult[];
	let replies: WorkerReply[];
	try {
		const jobs = chunk(files, PAGES_PER_JOB).map((batch): PageJob => ({
			kind: 'pages',
			pages: batch.map((file) => ({ file, path: toSitePath(outDir, file) })),
		}));
		const pageReplies = await workers.run(jobs);
		results = pageReplies
			.flatMap((r) => (r.kind === 'pages' ? r.pages : []))
			.sort((a, b) => (a.file < b.file ? -1 : 1));
		// The first page (in path order) of each shell is checked whole.
		const shells = new Map<string, PageResult>();
		for (const page of results) if (!shells.has(page.shellKey)) shells.set(page.shellKey, page);
		const shellJobs = chunk([...shells.values()], 4).map((batch): ShellJob => ({
			kind: 'shells',
			shells: batch.map(({ file, path, bodies }) => ({ file, path, bodies })),
		}));
		replies = [...pageReplies, ...(await workers.run(shellJobs))];
	} finally {
		await workers.close();
	}
	const sum = (field: 'checked' | 'reused' | 'parseMs' | 'validateMs') =>
		replies.reduce((n, r) => n + r[field], 0);
	await mkdir(dirname(VALID_HTML_CACHE), { recursive: true });
	await writeFile(
		VALID_HTML_CACHE,
		JSON.stringify({ salt, hashes: [...new Set(replies.flatMap((r) => r.passed))] }),
	);
	const n = files.length;
	const perPage = (ms: number) => (n > 0 ? ms / n : 0).toFixed(2);
	const bodies = results.filter((page) => page.bodies.length > 0).length;
	const shells = new Set(results.map((page) => page.shellKey)).size;
	logger.info(
		`Built pages: ${n} parsed once (${perPage(sum('parseMs'))} ms CPU/page); html-validate: ${n} page outlines ` +
			`(${bodies} with their article body), ${shells} whole pages (one per template shell), ${sum('checked')} checked, ` +
			`${sum('reused')} unchanged since the last build (${perPage(sum('validateMs'))} ms CPU/page) in ${Math.round(performance.now() - started)} ms`,
	);
	return {
		pages: results.map(({ path, file, scan, outline }) => ({
			path,
			file: `/${relative(outDir, file).split(sep).join('/')}`,
			scan,
			outline,
		})),
		htmlIssues: replies
			.flatMap((r) => (r.kind === 'shells' ? r.issues : []))
			.concat(results.flatMap((page) => page.issues)),
	};
}
