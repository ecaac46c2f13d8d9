/** The clipboard in browser tests of the copy buttons. */
import { test, type BrowserContext, type Page } from '@playwright/test';

/** Returns the text on the clipboard, as the page sees it. */
export const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Empties the clipboard, so that a copy button that copies nothing shows as one. */
export const resetClipboard = (page: Page) =>
	page.evaluate(() => navigator.clipboard.writeText(''));

/**
 * Gives each test of the calling describe block a fresh browser context that may read and write
 * the clipboard, closed after the test; returns a getter for it.
 */
export function useClipboardContext(): () => BrowserContext {
	let context: BrowserContext | undefined;
	test.beforeEach(async ({ browser, baseURL }) => {
		context = await browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
	});
	test.afterEach(async () => context?.close());
	return () => context!;
}
