import type { Page } from '@playwright/test';

/** Opens the search page for a query and returns the result links, best first, as the reader sees them. */
export async function searchResults(page: Page, locale: string, query: string): Promise<string[]> {
	await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
	const results = page.locator('[data-search-results]');
	await results.and(page.locator('[aria-busy="false"]')).waitFor();
	return results.locator('a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Returns the article slug of a result path like /en/articles/refund/. */
export function slugOf(path: string): string {
	return /\/articles\/([^/]+)\//.exec(path)?.[1] ?? path;
}
