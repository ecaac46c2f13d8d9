/**
 * Performance budgets on the sample site: an article page, before the reader uses search, costs at
 * most 20 KB gzip in all, uses no web font, and loads nothing from Pagefind; an article with
 * screenshots keeps that budget for the page and adds at most 12 KB per screenshot.
 */
import { gzipSync } from 'node:zlib';
import { expect, test, type Page, type Response } from '@playwright/test';
import { afterTwoFrames } from '../support/help-page';
import { localeCodes, pagesOf } from '../support/site';

const BUDGET_BYTES = 20 * 1024;

interface Loaded {
	readonly url: string;
	readonly type: string;
	readonly raw: number;
	readonly gzip: number;
}

/** Opens a page and returns every response it loaded, with body sizes raw and gzip-compressed. */
async function loadPage(page: Page, path: string): Promise<Loaded[]> {
	const responses: Response[] = [];
	page.on('response', (response) => responses.push(response));
	// networkidle: no request for 500 ms, so lazy work (idle callbacks, late module imports) shows up too.
	await page.goto(path, { waitUntil: 'networkidle' });
	return Promise.all(
		responses.map(async (response) => {
			const body =
				response.status() >= 300 && response.status() < 400
					? Buffer.alloc(0)
					: await response.body().catch(() => Buffer.alloc(0));
			return {
				url: new URL(response.url()).pathname,
				type: response.request().resourceType(),
				raw: body.length,
				gzip: body.length === 0 ? 0 : gzipSync(body, { level: 9 }).length,
			};
		}),
	);
}

const table = (loaded: readonly Loaded[]) =>
	loaded
		.map(
			(l) =>
				`${String(l.gzip).padStart(7)} B gzip  ${String(l.raw).padStart(7)} B raw  ${l.type.padEnd(10)} ${l.url}`,
		)
		.join('\n');

for (const locale of localeCodes) {
	const article = pagesOf(locale).article;

	test.describe(`${article} before search is used`, () => {
		test(`loads at most ${BUDGET_BYTES / 1024} KB gzip in total`, async ({ page }) => {
			const loaded = await loadPage(page, article);
			const total = loaded.reduce((sum, l) => sum + l.gzip, 0);
			expect(loaded.some((l) => l.type === 'document')).toBe(true);
			expect(
				loaded.some((l) => l.type === 'script'),
				'the page loads its scripts',
			).toBe(true);
			expect(
				total,
				`total ${total} B gzip > ${BUDGET_BYTES} B:\n${table(loaded)}`,
			).toBeLessThanOrEqual(BUDGET_BYTES);
		});

		test('requests no web font and has no render-blocking font', async ({ page }) => {
			const loaded = await loadPage(page, article);
			const fonts = loaded.filter(
				(l) => l.type === 'font' || /\.(woff2?|ttf|otf|eot)$/i.test(l.url),
			);
			expect(fonts, table(fonts)).toEqual([]);
			const fontUse = await page.evaluate(() => {
				const faces: string[] = [];
				for (const sheet of document.styleSheets) {
					for (const rule of sheet.cssRules) {
						if (rule instanceof CSSFontFaceRule) faces.push(rule.cssText.slice(0, 160));
					}
				}
				const preloads = [
					...document.querySelectorAll(
						'link[rel~="preload"][as="font"], link[href*="fonts.googleapis"]',
					),
				].map((l) => l.outerHTML);
				const loadedFaces = [...document.fonts]
					.filter((f) => f.status !== 'unloaded')
					.map((f) => `${f.family} (${f.status})`);
				return { faces, preloads, loadedFaces };
			});
			expect(fontUse).toEqual({ faces: [], preloads: [], loadedFaces: [] });
		});

		test('loads nothing from /pagefind/', async ({ page }) => {
			const loaded = await loadPage(page, article);
			const later: string[] = [];
			page.on('request', (r) => later.push(r.url()));
			// Reading the page (scrolling, tabbing to the first links) is not using search.
			await page.mouse.wheel(0, 800);
			await page.keyboard.press('Tab');
			await page.keyboard.press('Tab');
			await afterTwoFrames(page);
			const pagefind = loaded.filter((l) => l.url.startsWith('/pagefind/'));
			expect(pagefind, table(pagefind)).toEqual([]);
			expect(later.filter((u) => u.includes('/pagefind/'))).toEqual([]);
		});
	});
}

/**
 * An article with screenshots (two in the registration article): its page stays within the budget
 * above, and each screenshot a reader scrolls to adds at most SCREENSHOT_BYTES gzip, on a phone
 * with a 2× screen (which takes the 720 px AVIF, the largest a phone asks for).
 */
const SCREENSHOT_BYTES = 12 * 1024;
const PHONE = {
	viewport: { width: 360, height: 740 },
	deviceScaleFactor: 2,
	isMobile: true,
	hasTouch: true,
};

for (const locale of localeCodes) {
	const path = `/${locale}/articles/register-account/`;

	test(`${path} with its two screenshots loads at most ${(BUDGET_BYTES + 2 * SCREENSHOT_BYTES) / 1024} KB gzip in total`, async ({
		browser,
	}) => {
		const page = await browser.newPage(PHONE);
		const responses: Response[] = [];
		page.on('response', (response) => responses.push(response));
		await page.goto(path, { waitUntil: 'networkidle' });
		// Scroll to each screenshot so the lazy ones load too, and wait until every picture has arrived.
		for (const image of await page.locator('article .prose a.screenshot img').all()) {
			await image.scrollIntoViewIfNeeded();
			await expect
				.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
				.toBe(true);
		}
		await page.waitForLoadState('networkidle');
		const loaded = await Promise.all(
			responses.map(async (response) => {
				const body = await response.body().catch(() => Buffer.alloc(0));
				const url = new URL(response.url()).pathname;
				return {
					url,
					type: response.request().resourceType(),
					raw: body.length,
					gzip: body.length === 0 ? 0 : gzipSync(body, { level: 9 }).length,
				};
			}),
		);
		const images = loaded.filter((l) => l.type === 'image' && l.url.startsWith('/_astro/'));
		expect(images.map((l) => l.url.replace(/\..*$/, '')).sort(), table(loaded)).toEqual([
			'/_astro/register-form',
			'/_astro/welcome',
		]);
		const rest = loaded.filter((l) => !images.includes(l)).reduce((sum, l) => sum + l.gzip, 0);
		expect(
			rest,
			`the page without its screenshots: ${rest} B gzip > ${BUDGET_BYTES} B:\n${table(loaded)}`,
		).toBeLessThanOrEqual(BUDGET_BYTES);
		for (const image of images)
			expect(image.gzip, table(images)).toBeLessThanOrEqual(SCREENSHOT_BYTES);
		await page.close();
	});
}
