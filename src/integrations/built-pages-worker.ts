/**
 * Worker thread of readBuiltPages (./built-pages.ts): reads and parses each page once, returns
 * what the other steps need from it (src/lib/html-scan.ts: the scan and the search outline), and
 * runs html-validate on the page's documents (src/lib/page-documents.ts) unless the same document
 * already passed in an earlier build.
 */
import {
	HtmlValidate,
	StaticConfigLoader,
	type ConfigData,
	type ResolvedConfig,
} from 'html-validate';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { readPage } from '../lib/html-scan';
import { parsePage } from '../lib/html-tree';
import { getScopeConfig, toHtmlIssues, type RuleScope } from '../lib/html-validation';
import type { Issue } from '../lib/issues';
import { getBodyRanges, getPageCheck, getShellCheck, type PageCheck } from '../lib/page-documents';
import { getShellKey } from '../lib/page-shell';
import type { PageJob, PageResult, ShellJob, WorkerReply, WorkerSetup } from './built-pages';

/** Resolves the config once: html-validate would otherwise rebuild its element table for every document. */
class ResolvedOnceLoader extends StaticConfigLoader {
	#resolved: ResolvedConfig | undefined;
	override getConfigFor(handle: string, override?: ConfigData): ResolvedConfig {
		return (this.#resolved ??= super.getConfigFor(handle, override) as ResolvedConfig);
	}
}

const setup = workerData as WorkerSetup;
const known = new Set(setup.known);
const validators: Record<RuleScope, HtmlValidate> = {
	all: new HtmlValidate(new ResolvedOnceLoader(getScopeConfig('all'))),
	elements: new HtmlValidate(new ResolvedOnceLoader(getScopeConfig('elements'))),
	document: new HtmlValidate(new ResolvedOnceLoader(getScopeConfig('document'))),
};

/** A job's Tally while the job runs. */
interface Counts {
	passed: string[];
	checked: number;
	reused: number;
	parseMs: number;
	validateMs: number;
}

const cpuMs = () => {
	const { user, system } = process.threadCpuUsage();
	return (user + system) / 1000;
};

/** Runs one check, unless the same document passed in an earlier build. */
function validate({ scope, text, counts }: PageCheck, path: string, tally: Counts): Issue[] {
	const hash = createHash('sha256')
		.update(setup.salt)
		.update(scope)
		.update(text)
		.digest('base64url');
	if (known.has(hash)) {
		tally.passed.push(hash);
		tally.reused++;
		return [];
	}
	tally.checked++;
	const started = cpuMs();
	const report = validators[scope].validateStringSync(text, path);
	tally.validateMs += cpuMs() - started;
	const messages = report.results
		.flatMap((r) => r.messages)
		.filter((m) => counts(m.ruleId, m.offset));
	if (messages.length === 0) tally.passed.push(hash);
	return toHtmlIssues(path, messages);
}

function readJobPage({ file, path }: PageJob['pages'][number], tally: Counts): PageResult {
	const started = cpuMs();
	const page = parsePage(readFileSync(file, 'utf8'));
	const { scan, outline, bodies } = readPage(page);
	const shellKey = getShellKey(page.document, new Set(bodies));
	const check = getPageCheck(page, bodies);
	tally.parseMs += cpuMs() - started;
	return {
		file,
		path,
		scan,
		outline,
		shellKey,
		bodies: getBodyRanges(bodies),
		issues: validate(check, path, tally),
	};
}

function checkShell({ file, path, bodies }: ShellJob['shells'][number], tally: Counts): Issue[] {
	return validate(getShellCheck(readFileSync(file, 'utf8'), bodies), path, tally);
}

parentPort!.on('message', (job: PageJob | ShellJob) => {
	const tally: Counts = { passed: [], checked: 0, reused: 0, parseMs: 0, validateMs: 0 };
	const reply: WorkerReply =
		job.kind === 'pages'
			? { kind: 'pages', pages: job.pages.map((page) => readJobPage(page, tally)), ...tally }
			: {
					kind: 'shells',
					issues: job.shells.flatMap((shell) => checkShell(shell, tally)),
					...tally,
				};
	parentPort!.postMessage(reply);
});
