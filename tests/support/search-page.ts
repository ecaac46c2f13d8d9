import type { Page } from '@playwright/test';

/** Waits until the search page lists the results of `query` and returns their link paths, best first. */
async function readResults(page: Page, query: string): Promise<string[]> {
	const trimmed = query.trim();
	await page.waitForFunction((q) => {
		const list = document.querySelector<HTMLElement>('[data-search-results]');
		return list?.dataset['query'] === q && list.getAttribute('aria-busy') === 'false';
	}, trimmed);
	return page
		.locator('[data-search-results] a')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Opens the search page for a query and returns the result links, best first, as the reader sees them. */
export async function searchResults(page: Page, locale: string, query: string): Promise<string[]> {
	await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
	return readResults(page, query);
}

/** Types a new query into an open search page (as one edit) and returns the result links, best first. */
export async function searchAgain(page: Page, query: string): Promise<string[]> {
	await page.locator('#search-page').fill(query);
	return readResults(page, query);
}

/** Returns the article slug of a result path like /en/articles/refund/. */
export function slugOf(path: string): string {
	return /\/articles\/([^/]+)\//.exec(path)?.[1] ?? path;
}
