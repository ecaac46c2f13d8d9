/**
 * Security: nothing leaves the local host, a strict CSP on every page, no inline handlers,
 * headers for static hosts, safe external links, and Pagefind working under the CSP.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
	distDir,
	getHtmlFiles,
	getSitemapPaths,
	localeCodes,
	pagesOf,
	sampleQuery,
	siteOrigin,
	toPagePath,
} from '../support/site';

const sitemapPaths = getSitemapPaths();
const htmlFiles = getHtmlFiles();

/** Records requests that go anywhere but the server the test opened the page from. */
function watchForeignRequests(page: Page, baseURL: string): string[] {
	const local = new URL(baseURL).origin;
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (/^(data|blob|about):/.test(url)) return;
		if (new URL(url).origin !== local) foreign.push(`${request.resourceType()} ${url}`);
	});
	return foreign;
}

/**
 * Types a query into the page's first working search box and waits for the answer; false when the
 * page has none. (A results-page box on a page without a results list is search-ui.spec's concern.)
 */
async function searchOn(page: Page): Promise<boolean> {
	const hasResultsList = (await page.locator('[data-search-results]').count()) > 0;
	const box = page
		.locator(hasResultsList ? 'help-search' : 'help-search:not(.search--page)')
		.first();
	if ((await box.count()) === 0) return false;
	const locale = ((await box.getAttribute('data-locale')) ?? 'en') as keyof typeof sampleQuery;
	const input = box.locator('input');
	const isPage = await box.evaluate((el) => el.classList.contains('search--page'));
	await input.click();
	// Wait for the search module, which loads on focus, before typing.
	if (isPage)
		await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false', {
			timeout: 15_000,
		});
	else await expect(input).toHaveAttribute('role', 'combobox');
	await input.fill(sampleQuery[locale]);
	if (isPage) {
		await input.press('Enter');
		await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false', {
			timeout: 15_000,
		});
	} else {
		await expect(box.getByRole('listbox')).toBeVisible({ timeout: 15_000 });
	}
	return true;
}

test.describe('no request leaves the local server', () => {
	test('the sitemap lists the pages of both languages', () => {
		expect(sitemapPaths.length).toBeGreaterThan(10);
		for (const locale of localeCodes) expect(sitemapPaths).toContain(pagesOf(locale).contact);
	});

	for (const path of [...sitemapPaths, '/', '/no-such-page/']) {
		test(`${path}: loading and searching`, async ({ page, baseURL }) => {
			const foreign = watchForeignRequests(page, baseURL!);
			await page.goto(path, { waitUntil: 'networkidle' });
			const searched = await searchOn(page);
			if (searched) await page.waitForLoadState('networkidle');
			expect(foreign, foreign.join('\n')).toEqual([]);
		});
	}
});

/** Splits a CSP into directive name → source list. */
function parseCsp(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), values);
	}
	return directives;
}

/** Returns the content of the page's CSP meta tag, or undefined. */
function cspOf(html: string): string | undefined {
	for (const [tag] of html.matchAll(/<meta\s[^>]*>/gi)) {
		if (!/http-equiv\s*=\s*["']?content-security-policy["'\s>]/i.test(tag)) continue;
		const content = /content\s*=\s*"([^"]*)"|content\s*=\s*'([^']*)'/i.exec(tag);
		return (content?.[1] ?? content?.[2] ?? '').replaceAll('&#39;', "'").replaceAll('&quot;', '"');
	}
	return undefined;
}

test.describe('Content-Security-Policy', () => {
	test('every built page has a strict CSP meta tag', () => {
		expect(htmlFiles.length).toBeGreaterThan(10);
		const problems: string[] = [];
		for (const file of htmlFiles) {
			const policy = cspOf(readFileSync(file, 'utf8'));
			const page = toPagePath(file);
			if (!policy) {
				problems.push(`${page}: no <meta http-equiv="content-security-policy">`);
				continue;
			}
			const csp = parseCsp(policy);
			const scripts = csp.get('script-src') ?? csp.get('default-src');
			if (!scripts) problems.push(`${page}: no script-src (or default-src)`);
			for (const bad of ["'unsafe-inline'", "'unsafe-eval'"]) {
				if (scripts?.includes(bad)) problems.push(`${page}: script-src allows ${bad}`);
			}
			if (scripts?.includes('*') || scripts?.some((s) => /^(https?:|data:)$/.test(s)))
				problems.push(`${page}: script-src allows any host`);
			const expectOne = (name: string, value: string) => {
				const values = csp.get(name);
				if (values?.length !== 1 || values[0] !== value)
					problems.push(
						`${page}: ${name} is "${values?.join(' ') ?? '(missing)'}", expected ${value}`,
					);
			};
			expectOne('object-src', "'none'");
			expectOne('base-uri', "'self'");
			expectOne('form-action', "'self'");
		}
		expect(problems, problems.join('\n')).toEqual([]);
	});

	test('the served page carries the policy', async ({ page }) => {
		await page.goto(pagesOf('en').article);
		const policy = await page
			.locator('meta[http-equiv="content-security-policy" i]')
			.getAttribute('content');
		expect(policy).toContain("object-src 'none'");
		expect(policy).toMatch(/script-src [^;]*'wasm-unsafe-eval'/);
	});
});

/** Removes script, style and comment bodies, where `on…=` is text, not an attribute. */
const markupOnly = (html: string) =>
	html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<(script|style|textarea|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '<$1>');

test('no inline event handler attributes (on…=) in any built page', () => {
	const found: string[] = [];
	const tag =
		/<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
	for (const file of htmlFiles) {
		for (const [whole, name, attributes] of markupOnly(readFileSync(file, 'utf8')).matchAll(tag)) {
			for (const [, attribute] of (attributes ?? '').matchAll(
				/\s([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g,
			)) {
				if (/^on/i.test(attribute!))
					found.push(`${toPagePath(file)}: <${name} ${attribute}…> in ${whole.slice(0, 120)}`);
			}
		}
	}
	expect(found, found.join('\n')).toEqual([]);
});

test.describe('_headers for static hosts', () => {
	/** Parses Netlify/Cloudflare `_headers`: path pattern → header lines. */
	function parseHeaders(text: string): Map<string, Map<string, string>> {
		const rules = new Map<string, Map<string, string>>();
		let current: Map<string, string> | undefined;
		for (const line of text.split('\n')) {
			if (!line.trim() || line.trim().startsWith('#')) continue;
			if (!/^\s/.test(line)) {
				current = new Map();
				rules.set(line.trim(), current);
			} else if (current) {
				const colon = line.indexOf(':');
				current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
			}
		}
		return rules;
	}

	test('dist/_headers sets the security headers and cache lifetimes', () => {
		const file = join(distDir, '_headers');
		expect(existsSync(file), `${file} exists`).toBe(true);
		const rules = parseHeaders(readFileSync(file, 'utf8'));
		const all = rules.get('/*');
		expect(all, 'a /* rule').toBeDefined();
		const hsts = /max-age=(\d+)/.exec(all?.get('strict-transport-security') ?? '');
		expect(Number(hsts?.[1] ?? 0), 'HSTS max-age of at least a year').toBeGreaterThanOrEqual(
			31_536_000,
		);
		expect(all?.get('x-content-type-options')).toBe('nosniff');
		expect(all?.get('referrer-policy')).toMatch(
			/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/,
		);
		expect(all?.get('permissions-policy')).toMatch(/camera=\(\)/);
		expect(all?.get('x-frame-options')).toMatch(/^(DENY|SAMEORIGIN)$/i);

		const maxAge = (pattern: string) =>
			Number(/max-age=(\d+)/.exec(rules.get(pattern)?.get('cache-control') ?? '')?.[1] ?? NaN);
		expect(maxAge('/_astro/*'), '/_astro/* is cached for a year').toBeGreaterThanOrEqual(
			31_536_000,
		);
		expect(rules.get('/_astro/*')?.get('cache-control')).toContain('immutable');
		expect(maxAge('/pagefind/*'), '/pagefind/* is cached briefly').toBeLessThanOrEqual(3_600);
		expect(rules.get('/pagefind/*')?.get('cache-control')).not.toContain('immutable');
	});
});

test.describe('external links in articles', () => {
	const articles = sitemapPaths.filter((p) => /\/articles\//.test(p));

	test('open with rel="noopener noreferrer"', async ({ page }) => {
		expect(articles.length).toBeGreaterThan(0);
		const bad: string[] = [];
		let external = 0;
		for (const path of articles) {
			await page.goto(path);
			const links = await page
				.locator('[data-pagefind-body] a[href^="http"]')
				.evaluateAll((anchors) =>
					anchors.map((a) => ({
						href: (a as HTMLAnchorElement).href,
						rel: a.getAttribute('rel') ?? '',
					})),
				);
			for (const { href, rel } of links) {
				const url = new URL(href);
				const local = url.origin === new URL(page.url()).origin;
				// An absolute link to one of the site's own pages stays on the site.
				const ownPage = url.origin === siteOrigin && sitemapPaths.includes(url.pathname);
				if (local || ownPage) continue;
				external++;
				const tokens = rel.toLowerCase().split(/\s+/);
				if (!tokens.includes('noopener') || !tokens.includes('noreferrer'))
					bad.push(`${path}: <a href="${href}" rel="${rel}">`);
			}
		}
		expect(external, 'the sample articles link out somewhere').toBeGreaterThan(0);
		expect(bad, bad.join('\n')).toEqual([]);
	});
});

test.describe('Pagefind under the CSP', () => {
	for (const locale of localeCodes) {
		for (const where of ['article', 'search'] as const) {
			test(`searching on the ${where} page (${locale}) raises no CSP violation`, async ({
				page,
			}) => {
				await page.addInitScript(() => {
					const log: string[] = [];
					(window as unknown as { cspViolations: string[] }).cspViolations = log;
					document.addEventListener('securitypolicyviolation', (event) =>
						log.push(
							`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
						),
					);
				});
				const console: string[] = [];
				page.on('console', (message) => {
					if (/content.security.policy|refused to|unsafe-eval|wasm/i.test(message.text()))
						console.push(`${message.type()}: ${message.text()}`);
				});
				const errors: string[] = [];
				page.on('pageerror', (error) => errors.push(error.message));

				await page.goto(pagesOf(locale)[where]);
				expect(await searchOn(page)).toBe(true);
				const results =
					where === 'search'
						? page.locator('[data-search-results] a')
						: page.getByRole('listbox').getByRole('option');
				expect(await results.count(), 'Pagefind answered, so its wasm ran').toBeGreaterThan(1);
				const violations = await page.evaluate(
					() => (window as unknown as { cspViolations: string[] }).cspViolations,
				);
				expect(
					[...violations, ...console, ...errors],
					'CSP reports, console messages and errors',
				).toEqual([]);
			});
		}
	}
});
