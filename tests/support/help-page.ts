/**
 * Page object for the help center: what a reader sees on a page, and what a crawler reads in
 * its head. Plays the role of Starlight's `StarlightPage` in the browser tests.
 */
import { expect, type Browser, type Locator, type Page } from '@playwright/test';

/** Opens a page in a fresh browser context (own cookies, storage, locale, JavaScript setting). */
export async function newPage(
	browser: Browser,
	options: Parameters<Browser['newContext']>[0] = {},
): Promise<Page> {
	return (await browser.newContext(options)).newPage();
}

/** Everything in a page's head that search engines and link previews read. */
export interface HeadData {
	readonly lang: string;
	readonly title: string;
	readonly description: string | null;
	readonly robots: string | null;
	readonly canonical: string | null;
	/** hreflang → href, in document order. */
	readonly alternates: ReadonlyArray<{ hreflang: string; href: string }>;
	/** property/name → content for og:* and twitter:* meta tags. */
	readonly meta: Readonly<Record<string, string>>;
	/** Raw text of every `<script type="application/ld+json">`. */
	readonly jsonLd: readonly string[];
	/** Target of a `<meta http-equiv="refresh">`, or null. */
	readonly refresh: string | null;
}

export class HelpPage {
	constructor(readonly page: Page) {}

	get main(): Locator {
		return this.page.locator('main');
	}
	get h1(): Locator {
		return this.page.locator('h1');
	}
	get breadcrumbs(): Locator {
		return this.page.locator('nav.breadcrumbs');
	}
	/** The plain-link language switcher in the header. */
	get languageLinks(): Locator {
		return this.page.locator('.lang-switch a');
	}
	get themeToggle(): Locator {
		return this.page.locator('help-theme-toggle button');
	}
	get copyTools(): Locator {
		return this.page.locator('help-copy-tools');
	}
	get copyStatus(): Locator {
		return this.copyTools.locator('[role=status]');
	}
	/** The article body (the MDX content). */
	get prose(): Locator {
		return this.page.locator('article .prose');
	}

	async goto(path: string) {
		return this.page.goto(path, { waitUntil: 'load' });
	}

	/** Paths (pathname + hash) of the links a locator matches, in order; other origins stay absolute. */
	async linkPaths(links: Locator): Promise<string[]> {
		return links.evaluateAll((links) =>
			links.map((a) => {
				const url = new URL((a as HTMLAnchorElement).href);
				return url.origin === location.origin ? url.pathname + url.hash : url.href;
			}),
		);
	}

	/** Reads the page's `<head>` metadata. */
	async readHead(): Promise<HeadData> {
		return this.page.evaluate(() => {
			const attr = (selector: string, name: string) =>
				document.querySelector(selector)?.getAttribute(name) ?? null;
			const meta: Record<string, string> = {};
			for (const tag of document.querySelectorAll(
				'meta[property^="og:"], meta[name^="twitter:"]',
			)) {
				meta[tag.getAttribute('property') ?? tag.getAttribute('name')!] =
					tag.getAttribute('content') ?? '';
			}
			const refresh = attr('meta[http-equiv="refresh" i]', 'content');
			return {
				lang: document.documentElement.lang,
				title: document.title,
				description: attr('meta[name="description"]', 'content'),
				robots: attr('meta[name="robots"]', 'content'),
				canonical: attr('link[rel="canonical"]', 'href'),
				alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => ({
					hreflang: l.getAttribute('hreflang')!,
					href: l.getAttribute('href')!,
				})),
				meta,
				jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
					(s) => s.textContent ?? '',
				),
				refresh: refresh ? refresh.replace(/^\s*\d+\s*;\s*url=/i, '') : null,
			};
		});
	}
}

/** A console error, uncaught exception or failed/erroring request seen while a page was open. */
export type Problem = string;

/**
 * Starts recording console errors, uncaught exceptions, failed requests and HTTP errors on a
 * page; returns a function that lists them. `allowStatus` lets a test expect e.g. its own 404.
 */
export function watchProblems(
	page: Page,
	allowStatus: (url: string, status: number) => boolean = () => false,
) {
	const problems: Problem[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error')
			problems.push(`console error: ${message.text()} (${message.location().url})`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
	page.on('requestfailed', (request) =>
		problems.push(
			`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`,
		),
	);
	page.on('response', (response) => {
		if (response.status() >= 400 && !allowStatus(response.url(), response.status())) {
			problems.push(`HTTP ${response.status()}: ${response.url()}`);
		}
	});
	return () => [...problems];
}

/** Parses every JSON-LD block; throws naming the block that is not JSON. */
export function parseJsonLd(blocks: readonly string[]): Array<Record<string, unknown>> {
	return blocks.map((text, i) => {
		try {
			return JSON.parse(text) as Record<string, unknown>;
		} catch (error) {
			throw new Error(
				`JSON-LD block ${i + 1} is not JSON: ${(error as Error).message}\n${text.slice(0, 200)}`,
			);
		}
	});
}

/** Returns the JSON-LD objects of a schema.org type (top-level or inside @graph). */
export function ofType(
	objects: ReadonlyArray<Record<string, unknown>>,
	type: string,
): Array<Record<string, unknown>> {
	const flat = objects.flatMap((o) =>
		Array.isArray(o['@graph']) ? (o['@graph'] as Array<Record<string, unknown>>) : [o],
	);
	return flat.filter(
		(o) => o['@type'] === type || (Array.isArray(o['@type']) && o['@type'].includes(type)),
	);
}

/**
 * Resolves once the page has handled every event sent so far and painted twice: the state in
 * which anything those events would start (a request, a render) has started. For checks that
 * something did *not* happen, instead of waiting a fixed time.
 */
export async function afterTwoFrames(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) =>
				requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
			),
	);
}

/**
 * Resolves once every group of steps per platform on the page has become tabs, which hides the
 * other platforms' headings: checks that walk the visible headings run on the page as it stays.
 */
export async function afterPlatformTabs(page: Page): Promise<void> {
	const groups = page.locator('help-platforms');
	const count = await groups.count();
	if (count > 0) await expect(groups.getByRole('tablist')).toHaveCount(count);
}
