/**
 * Service notices in the browser, on Playwright's clock. The sample content has one expired notice
 * (left out of every page) and one scheduled far ahead (content/notices/sample-maintenance.yaml):
 * every page it affects carries it in a data block, and `<help-notice>` shows it at its start and
 * hides it at its end, with no rebuild.
 *
 * A page built while a notice is active has the notice in its HTML instead (no data block, no
 * `hidden`; tests/unit/build-fixtures.test.ts checks that form). `asBuiltDuringTheWindow` serves
 * the built page in that form, so these tests also cover a page built during an outage and read
 * after it ended.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import { parseNoticeYaml } from '../../src/lib/notice-files';
import { noticeSchema } from '../../src/schemas/notice';
import { formatViolations, runAxe } from '../support/axe';
import { distDir, getSitemapPaths, localeCodes, pagesOf, type LocaleCode } from '../support/site';

const sample = noticeSchema.parse(
	parseNoticeYaml(readFileSync('content/notices/sample-maintenance.yaml', 'utf8')),
);
const START = sample.start.epochMs;
const END = sample.end.epochMs;
const MINUTE = 60_000;
const NOTICE = '#service-notice-sample-maintenance';

/** Every page type that shows the sample notice (it affects payments, payment-failed and the hotline). */
const pagesWithTheNotice = (locale: LocaleCode) => {
	const pages = pagesOf(locale);
	return [pages.home, pages.search, pages.category, pages.article, pages.contact];
};

/** Records the layout shifts of the page from its first byte (Chrome's layout-shift entries). */
async function recordLayoutShifts(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const shifts: number[] = [];
		(window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as Array<
				PerformanceEntry & { value: number; hadRecentInput: boolean }
			>) {
				if (!entry.hadRecentInput) shifts.push(entry.value);
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** Returns the layout shift score so far, once the page has had two frames to report any. */
const layoutShift = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<number>((resolve) =>
				requestAnimationFrame(() =>
					requestAnimationFrame(() =>
						resolve(
							(window as unknown as { layoutShifts: number[] }).layoutShifts.reduce(
								(a, b) => a + b,
								0,
							),
						),
					),
				),
			),
	);

/** Serves every page as the build writes it while the sample notice is active: the notice in the HTML. */
async function asBuiltDuringTheWindow(page: Page): Promise<void> {
	await page.route(
		(url) => url.pathname.endsWith('/'),
		async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace(
				/(<help-notice[^>]*?) hidden(?:="")?((?:\s[^>]*)?>)<script type="text\/html" data-script-only="everyone">([\s\S]*?)<\/script>/g,
				'$1$2$3',
			);
			await route.fulfill({ response, body: html });
		},
	);
}

/**
 * Leaves the notices' script as the only one on the page: the header's controls (theme toggle,
 * search box) are put in by their scripts after the first paint and shift the page a little on
 * their own, which would hide what this measures.
 */
async function onlyTheNoticeScript(page: Page): Promise<void> {
	await page.route('**/_astro/*.astro_astro_type_script_*.js', (route) =>
		/\/(NoticeList|ChannelNotices)\.astro_/.test(route.request().url())
			? route.continue()
			: route.fulfill({ contentType: 'text/javascript', body: '' }),
	);
}

/** Waits until the notice elements have their custom element (the script has run). */
const scriptReady = (page: Page) =>
	page.waitForFunction(() => customElements.get('help-notice') !== undefined);

for (const locale of localeCodes) {
	const t = useTranslations(locale);
	const title = sample.title[locale]!;

	test.describe(`service notices, ${locale}`, () => {
		test('a scheduled notice is not shown before its start, takes no space, and appears at its start on every page it affects', async ({
			page,
		}) => {
			await page.clock.install({ time: START - 5 * MINUTE });
			for (const path of pagesWithTheNotice(locale)) {
				await page.goto(path);
				await scriptReady(page);
				await expect(page.locator('help-notice').first()).toBeHidden();
				await expect(page.getByText(title)).toHaveCount(0);
				// Nothing of the notices list takes space while nothing in it shows.
				expect(
					await page.locator('.notices').evaluate((el) => el.getBoundingClientRect().height),
				).toBe(0);
				await page.clock.runFor(5 * MINUTE);
				const notice = page.locator(NOTICE);
				await expect(notice).toBeVisible();
				await expect(notice).toHaveAccessibleName(`${t('notice.severity.degraded')} ${title}`);
				await expect(notice).toHaveRole('region');
				// Added to a polite live region: announced once, without interrupting.
				await expect(page.locator('.notices')).toHaveAttribute('aria-live', 'polite');
				await page.clock.setSystemTime(START - 5 * MINUTE);
			}
		});

		test('the notice is hidden by the script at its end, in an open page', async ({ page }) => {
			await page.clock.install({ time: END - 10 * MINUTE });
			await page.goto(pagesOf(locale).home);
			await expect(page.locator(NOTICE)).toBeVisible();
			await page.clock.runFor(10 * MINUTE);
			await expect(page.locator(NOTICE)).toBeHidden();
			await expect(page.locator('help-notice')).toBeHidden();
		});

		test('a page built during the window and opened after its end does not show the expired notice', async ({
			page,
		}) => {
			await asBuiltDuringTheWindow(page);
			await page.clock.install({ time: END + MINUTE });
			await page.goto(pagesOf(locale).home);
			// The build's HTML has the notice; the script hides it as soon as it runs.
			await scriptReady(page);
			await expect(page.locator(NOTICE)).toHaveCount(1);
			await expect(page.locator(NOTICE)).toBeHidden();
		});

		test('a page built during the window shows the notice at load, above the fold, without layout shift', async ({
			page,
		}) => {
			await recordLayoutShifts(page);
			await onlyTheNoticeScript(page);
			await asBuiltDuringTheWindow(page);
			await page.clock.install({ time: START + 30 * MINUTE });
			for (const path of pagesWithTheNotice(locale)) {
				await page.goto(path);
				await scriptReady(page);
				await expect(page.locator(NOTICE)).toBeVisible();
				expect(await layoutShift(page), path).toBe(0);
				// The whole notice is on the first screen.
				const box = (await page.locator(NOTICE).boundingBox())!;
				expect(box.y + box.height, path).toBeLessThan(page.viewportSize()!.height);
			}
		});

		test('axe finds nothing with the notice shown, in the light and the dark theme', async ({
			page,
		}) => {
			await page.clock.install({ time: START + 30 * MINUTE });
			for (const colorScheme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme });
				for (const path of [pagesOf(locale).home, pagesOf(locale).contact]) {
					await page.goto(path);
					await expect(page.locator(NOTICE)).toBeVisible();
					const violations = await runAxe(page);
					expect(violations, `${path} ${colorScheme}\n${formatViolations(violations)}`).toEqual([]);
				}
			}
		});

		test('on the contact page the affected channel points to the notice; other channels do not', async ({
			page,
		}) => {
			await asBuiltDuringTheWindow(page);
			await page.clock.install({ time: START + 30 * MINUTE });
			await page.goto(pagesOf(locale).contact);
			const hotline = page.locator('#hotline');
			const link = hotline.getByRole('link', { name: title });
			await expect(link).toHaveAttribute('href', NOTICE);
			await expect(page.locator('#live-chat help-notice')).toHaveCount(0);
			await page.clock.runFor(END - (START + 30 * MINUTE));
			await expect(link).toBeHidden();
			await expect(page.locator(NOTICE)).toBeHidden();
		});
	});
}

test('without JavaScript a scheduled notice is neither shown nor printed', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(pagesOf('en').home);
	await expect(page.locator('help-notice')).toBeHidden();
	// Its markup waits in a data block, which no browser renders and text browsers skip.
	expect(
		await page
			.locator('help-notice')
			.evaluate((el) => [...el.children].map((c) => `${c.tagName}:${c.getAttribute('type')}`)),
	).toEqual(['SCRIPT:text/html']);
	await context.close();
});

test('notices are in no search index and have no page of their own', () => {
	const words = ['maintenance', 'Planned maintenance of payments'];
	// The English words of the sample notice are in no article, so any hit would be the notice's.
	const pagefind = join(distDir, 'pagefind');
	const texts = [
		...readdirSync(join(pagefind, 'preview')).map((f) =>
			readFileSync(join(pagefind, 'preview', f), 'utf8'),
		),
		...readdirSync(join(pagefind, 'fragment')).map((f) =>
			gunzipSync(readFileSync(join(pagefind, 'fragment', f))).toString('utf8'),
		),
	];
	expect(texts.length).toBeGreaterThan(0);
	for (const word of words)
		expect(texts.filter((text) => text.toLowerCase().includes(word.toLowerCase()))).toEqual([]);
	expect(getSitemapPaths().filter((path) => /notice/i.test(path))).toEqual([]);
});

test('every notice on a page is outside the indexed body and marked for search to ignore', async ({
	page,
}) => {
	for (const path of pagesWithTheNotice('zh-cn')) {
		await page.goto(path);
		const placement = await page.locator('help-notice').evaluateAll((hosts) =>
			hosts.map((host) => ({
				inBody: host.closest('[data-pagefind-body]') !== null,
				ignored: host.closest('[data-pagefind-ignore]') !== null,
			})),
		);
		expect(placement.length, path).toBeGreaterThan(0);
		expect(
			placement.every((p) => !p.inBody && p.ignored),
			path,
		).toBe(true);
	}
});
