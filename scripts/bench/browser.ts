/** Measurements in real Chromium: what an article page transfers, and what the first searches cost. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, NO_BROWSER_HELP } from '../support/browser.ts';
import type { ResourceKind, ServedFile, StaticServer } from './serve.ts';

export interface Bytes {
	raw: number;
	gzip: number;
}

export interface PageWeight {
	readonly url: string;
	readonly byKind: Record<ResourceKind, Bytes>;
	readonly total: Bytes;
	/** External scripts loaded before any interaction, plus executed inline scripts (counted raw/gzip alike). */
	readonly jsBeforeInteraction: Bytes;
	readonly inlineScriptBytes: number;
	readonly requests: number;
}

export interface QueryCost {
	readonly query: string;
	readonly results: number;
	/** Bytes fetched from /pagefind/ for this query. */
	readonly pagefind: Bytes;
	readonly pagefindRequests: number;
	/** From the last keystroke to the frame that shows the results. */
	readonly keystrokeToResultsMs: number;
	/** From the start of the run that answered the final query (it may wait for an earlier run) to that frame. */
	readonly searchMs: number;
	/** The /pagefind/ files fetched, for results.json. */
	readonly files: readonly { readonly path: string; readonly raw: number; readonly gzip: number }[];
}

export interface SearchCost {
	readonly locale: string;
	/** Fetched from /pagefind/ while the search page opened (the warm-up), before any key. */
	readonly warmUp: Bytes;
	readonly first: QueryCost;
	readonly second: QueryCost;
	/** Opening /<locale>/search/?q=…: navigation start to results frame, and its Pagefind bytes. */
	readonly fromUrl: { readonly ms: number; readonly pagefind: Bytes; readonly results: number };
}

const KINDS: ResourceKind[] = ['html', 'css', 'js', 'font', 'image', 'search', 'other'];

function sum(files: readonly ServedFile[]): Bytes {
	return files.reduce((total, f) => ({ raw: total.raw + f.raw, gzip: total.gzip + f.gzip }), {
		raw: 0,
		gzip: 0,
	});
}

/** Launches the local Chromium headless with the project's flags. */
export async function launchBrowser(): Promise<Browser> {
	const executablePath = findChromium();
	if (!executablePath) throw new Error(NO_BROWSER_HELP);
	return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** Returns when no request has reached the server for `quietMs`. */
async function settle(server: StaticServer, quietMs = 400): Promise<void> {
	for (;;) {
		const before = server.log.length;
		await new Promise((done) => setTimeout(done, quietMs));
		if (server.log.length === before) return;
	}
}

/** Loads one page in a fresh context and returns what it transferred, by type. */
export async function measurePage(
	browser: Browser,
	server: StaticServer,
	path: string,
): Promise<PageWeight> {
	const context = await browser.newContext();
	const page = await context.newPage();
	server.reset();
	await page.goto(server.url + path, { waitUntil: 'load' });
	await settle(server);
	const files = [...server.log];
	const inline = await page.evaluate(() =>
		[...document.scripts]
			.filter((s) => !s.src && (!s.type || s.type === 'module' || s.type === 'text/javascript'))
			.reduce((n, s) => n + new TextEncoder().encode(s.textContent ?? '').length, 0),
	);
	await context.close();
	const byKind = Object.fromEntries(
		KINDS.map((k) => [k, sum(files.filter((f) => f.kind === k))]),
	) as Record<ResourceKind, Bytes>;
	const js = byKind.js;
	return {
		url: path,
		byKind,
		total: sum(files),
		jsBeforeInteraction: { raw: js.raw + inline, gzip: js.gzip + inline },
		inlineScriptBytes: inline,
		requests: files.length,
	};
}

/** Records keystrokes and every change of the results list's aria-busy, with timestamps. */
async function watchResults(page: Page): Promise<void> {
	await page.evaluate(() => {
		type Bench = {
			keys: number[];
			busy: { at: number; value: string | null; items: number; frame?: number }[];
		};
		const w = window as unknown as { __bench?: Bench };
		if (w.__bench) {
			w.__bench.keys.length = 0;
			w.__bench.busy.length = 0;
			return;
		}
		const bench: Bench = { keys: [], busy: [] };
		w.__bench = bench;
		// Characters outside the US layout (Chinese) arrive as input events without keydown.
		document.addEventListener('keydown', () => bench.keys.push(performance.now()), true);
		document.addEventListener('input', () => bench.keys.push(performance.now()), true);
		const list = document.querySelector('[data-search-results]')!;
		new MutationObserver(() => {
			const entry: Bench['busy'][number] = {
				at: performance.now(),
				value: list.getAttribute('aria-busy'),
				items: list.children.length,
			};
			bench.busy.push(entry);
			requestAnimationFrame(() => (entry.frame = performance.now()));
		}).observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
	});
}

/** Waits for results after the last keystroke; returns [keystroke→frame, search start→frame, result count]. */
async function resultTiming(page: Page): Promise<[number, number, number]> {
	const handle = await page.waitForFunction(
		() => {
			const bench = (
				window as unknown as {
					__bench: {
						keys: number[];
						busy: { at: number; value: string | null; items: number; frame?: number }[];
					};
				}
			).__bench;
			const lastKey = bench.keys.at(-1) ?? 0;
			const after = bench.busy.filter((b) => b.at >= lastKey);
			const done = after.find((b) => b.value === 'false' && b.frame !== undefined);
			if (!done) return null;
			const start = after.find((b) => b.value === 'true')?.at ?? lastKey;
			return [done.frame! - lastKey, done.frame! - start, done.items] as [number, number, number];
		},
		undefined,
		{ timeout: 60_000, polling: 20 },
	);
	return (await handle.jsonValue()) as [number, number, number];
}

async function typeQuery(page: Page, server: StaticServer, query: string): Promise<QueryCost> {
	await watchResults(page);
	server.reset();
	// About 25 characters a second: a fast typist.
	await page.keyboard.type(query, { delay: 40 });
	const [keystrokeToResultsMs, searchMs, results] = await resultTiming(page);
	await settle(server);
	const pagefindFiles = server.log.filter((f) => f.kind === 'search');
	return {
		query,
		results,
		pagefind: sum(pagefindFiles),
		pagefindRequests: pagefindFiles.length,
		keystrokeToResultsMs,
		searchMs,
		files: pagefindFiles.map(({ path, raw, gzip }) => ({ path, raw, gzip })),
	};
}

/** Measures the first and the second query typed into a freshly opened search page, and a ?q= visit. */
export async function measureSearch(
	browser: Browser,
	server: StaticServer,
	locale: string,
	queries: readonly [string, string],
): Promise<SearchCost> {
	const context = await browser.newContext();
	const page = await context.newPage();
	// The search page warms Pagefind as it opens (preloads and the controller): that is the warm-up.
	server.reset();
	await page.goto(`${server.url}/${locale}/search/`, { waitUntil: 'load' });
	await page.waitForSelector('#search-page');
	await settle(server);
	const warmUp = sum(server.log.filter((f) => f.kind === 'search'));
	await page.focus('#search-page');
	const first = await typeQuery(page, server, queries[0]);
	await page.fill('#search-page', '');
	await settle(server);
	const second = await typeQuery(page, server, queries[1]);
	await context.close();

	const fresh = await browser.newContext();
	const visit = await fresh.newPage();
	server.reset();
	await visit.goto(`${server.url}/${locale}/search/?q=${encodeURIComponent(queries[0])}`, {
		waitUntil: 'commit',
	});
	await visit.waitForSelector('[data-search-results][aria-busy="false"]', { timeout: 60_000 });
	const ms = await visit.evaluate(
		() => new Promise<number>((done) => requestAnimationFrame(() => done(performance.now()))),
	);
	const results = await visit.locator('[data-search-results] > li').count();
	await settle(server);
	const fromUrl = { ms, pagefind: sum(server.log.filter((f) => f.kind === 'search')), results };
	await fresh.close();
	return { locale, warmUp, first, second, fromUrl };
}

/** A phone on a slow mobile network, as issue 12 sets it: 400 ms round trip, 400 kbit/s both ways. */
export const SLOW_NETWORK = { latencyMs: 400, kbitPerSecond: 400 } as const;

export interface ThrottledSearch {
	readonly locale: string;
	readonly query: string;
	/** From opening the page until the search box could be typed into. */
	readonly boxReadyMs: number;
	/** From the last keystroke (for Chinese: the input method's commit) to the frame showing the results. */
	readonly keystrokeToResultsMs: number;
	/** From /pagefind/ before the first keystroke: what warming up cost. */
	readonly warmUp: Bytes;
	/** From /pagefind/ from opening the page to the results: warm-up and the query together. */
	readonly pagefind: Bytes;
	readonly requests: number;
	readonly results: number;
}

/**
 * Opens the search page on a throttled connection and types a query as a reader on a phone does,
 * 150 ms a key; Chinese is composed as pinyin through the input method and committed. Measures the
 * time from the last keystroke to the results, and every byte fetched from /pagefind/ on the way.
 */
export async function measureThrottledSearch(
	browser: Browser,
	server: StaticServer,
	locale: string,
	query: string,
	pinyin?: string,
): Promise<ThrottledSearch> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	const bytesPerSecond = (SLOW_NETWORK.kbitPerSecond * 1000) / 8;
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: SLOW_NETWORK.latencyMs,
		downloadThroughput: bytesPerSecond,
		uploadThroughput: bytesPerSecond,
	});
	server.reset();
	const opened = performance.now();
	await page.goto(`${server.url}/${locale}/search/`, { waitUntil: 'commit' });
	await page.waitForSelector('#search-page', { timeout: 120_000 });
	const boxReadyMs = performance.now() - opened;
	await page.focus('#search-page');
	const keyDelay = 150;
	const beforeKeys = server.log.length;
	const warmUp = sum(server.log.slice(0, beforeKeys).filter((f) => f.kind === 'search'));
	if (pinyin) {
		for (let i = 1; i <= pinyin.length; i++) {
			const text = pinyin.slice(0, i);
			await cdp.send('Input.imeSetComposition', {
				text,
				selectionStart: text.length,
				selectionEnd: text.length,
			});
			await page.waitForTimeout(keyDelay);
		}
		await cdp.send('Input.insertText', { text: query });
	} else {
		await page.keyboard.type(query, { delay: keyDelay });
	}
	const lastKey = await page.evaluate(() => performance.now());
	const frame = await page
		.waitForFunction(
			(q) => {
				const list = document.querySelector<HTMLElement>('[data-search-results]');
				if (list?.dataset['query'] !== q || list.getAttribute('aria-busy') !== 'false') return null;
				return new Promise<number>((done) => requestAnimationFrame(() => done(performance.now())));
			},
			query,
			{ timeout: 120_000, polling: 20 },
		)
		.then((handle) => handle.jsonValue() as Promise<number>);
	const results = await page.locator('[data-search-results] > li').count();
	await settle(server);
	const files = server.log.filter((f) => f.kind === 'search');
	await context.close();
	return {
		locale,
		query,
		boxReadyMs,
		// The last key was pressed just before `lastKey` was read: never more than one round trip early.
		keystrokeToResultsMs: frame - lastKey,
		warmUp,
		pagefind: sum(files),
		requests: files.length,
		results,
	};
}
