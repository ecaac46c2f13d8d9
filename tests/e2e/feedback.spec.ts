import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Request } from '@playwright/test';
import { buildIsolated, type IsolatedBuild } from '../support/build-site';
import { startCollector, type Collector } from '../support/feedback-collector';
import { serveStatic } from '../../scripts/support/static-server';

const ARTICLE = 'payment-failed';
/** A beacon the test sends itself, to know that everything the page sent before it has arrived. */
const MARKER = { type: 'test-marker' };

test.describe('with FEEDBACK_ENDPOINT set', () => {
	let collector: Collector;
	let site: IsolatedBuild;
	let server: Server;
	let origin: string;
	const bodies = () => collector.received.map((r) => r.body).filter((body) => !isMarker(body));
	const isMarker = (body: unknown) => JSON.stringify(body) === JSON.stringify(MARKER);

	/**
	 * The state in which anything the page would still send has been sent: every pending timer
	 * fired (the page runs on Playwright's clock, so the 1.5 s "no results" wait passes at once),
	 * then a marker beacon sent after them has reached the collector. No fixed wait.
	 */
	const afterEverythingSent = async (page: Page) => {
		await page.clock.runFor(60_000);
		await page.evaluate(
			([endpoint, marker]) => navigator.sendBeacon(endpoint, JSON.stringify(marker)),
			[collector.endpoint, MARKER] as const,
		);
		await expect.poll(() => collector.received.some((r) => isMarker(r.body))).toBe(true);
		collector.received.splice(
			0,
			collector.received.length,
			...collector.received.filter((r) => !isMarker(r.body)),
		);
	};

	test.beforeAll(async () => {
		test.setTimeout(180_000);
		collector = await startCollector();
		site = buildIsolated({ FEEDBACK_ENDPOINT: collector.endpoint });
		if (site.status !== 0)
			throw new Error(`build with FEEDBACK_ENDPOINT failed:\n${site.output.slice(-3000)}`);
		server = await serveStatic(site.outDir, 0);
		origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});

	test.afterAll(async () => {
		if (server) await new Promise((done) => server.close(done));
		await collector?.close();
		site?.remove();
	});

	test.beforeEach(async ({ page }) => {
		collector.received.length = 0;
		// Time flows as usual until a test asks the page's clock to run ahead.
		await page.clock.install();
	});

	test('"yes" sends one anonymous vote and thanks the reader', async ({ page }) => {
		await page.goto(`${origin}/en/articles/${ARTICLE}/`);
		const feedback = page.getByRole('group', { name: 'Was this article helpful?' });
		await feedback.getByRole('button', { name: 'Yes' }).click();
		await expect(
			page.getByRole('status').filter({ hasText: 'Thanks for your feedback!' }),
		).toBeVisible();
		await expect
			.poll(bodies)
			.toEqual([{ type: 'vote', article: ARTICLE, locale: 'en', helpful: true }]);
		expect(collector.received[0]!.headers.cookie).toBeUndefined();
		await expect(feedback).toBeHidden();
	});

	test('"no" shows further help and sends the vote with the optional comment', async ({ page }) => {
		await page.goto(`${origin}/zh-cn/articles/${ARTICLE}/`);
		await page.getByRole('button', { name: '没有帮助' }).click();
		const feedback = page.locator('help-feedback');
		await expect(feedback.getByRole('link', { name: '联系官方客服' })).toHaveAttribute(
			'href',
			'/zh-cn/contact/',
		);
		await expect(feedback.locator('a[href="/zh-cn/articles/unlock-account/"]')).toBeVisible();
		expect((await new AxeBuilder({ page }).include('help-feedback').analyze()).violations).toEqual(
			[],
		);
		await afterEverythingSent(page);
		expect(bodies(), 'the vote waits for the comment').toEqual([]);
		await feedback
			.getByLabel('缺少了什么内容？（选填）')
			.fill('没有说明银行卡被拒的情况，我的电话 13800138000');
		await feedback.getByRole('button', { name: '发送' }).click();
		await expect(
			page.getByRole('status').filter({ hasText: '已收到你的意见，谢谢！' }),
		).toBeVisible();
		await expect.poll(bodies).toEqual([
			{
				type: 'vote',
				article: ARTICLE,
				locale: 'zh-cn',
				helpful: false,
				comment: '没有说明银行卡被拒的情况，我的电话 [number]',
			},
		]);
		await page.goto(`${origin}/zh-cn/`);
		await afterEverythingSent(page);
		expect(bodies(), 'leaving after the comment sends nothing more').toHaveLength(1);
	});

	test('"no" without a comment is sent when the reader follows a link', async ({ page }) => {
		await page.goto(`${origin}/en/articles/${ARTICLE}/`);
		await page.getByRole('button', { name: 'No', exact: true }).click();
		await page
			.locator('help-feedback')
			.getByRole('link', { name: 'Contact official support' })
			.click();
		await expect(page).toHaveURL(/\/en\/contact\/$/);
		await expect
			.poll(bodies)
			.toEqual([{ type: 'vote', article: ARTICLE, locale: 'en', helpful: false }]);
	});

	test('a search page with no results reports the query once', async ({ page }) => {
		await page.goto(`${origin}/en/search/?q=${encodeURIComponent('zqxjv qqwv')}`);
		await expect(page.locator('[data-search-empty]')).toBeVisible();
		await afterEverythingSent(page);
		expect(bodies()).toEqual([{ type: 'zero-results', query: 'zqxjv qqwv', locale: 'en' }]);
	});

	test('typing in the search box reports only the query the reader stopped at', async ({
		page,
	}) => {
		await page.goto(`${origin}/zh-cn/articles/${ARTICLE}/`);
		const input = page.locator('header help-search input');
		await input.click();
		await input.pressSequentially('qzxjvk', { delay: 150 });
		await expect(page.getByRole('listbox')).toBeVisible();
		await expect(page.getByRole('listbox')).toContainText('qzxjvk');
		await afterEverythingSent(page);
		expect(bodies()).toEqual([{ type: 'zero-results', query: 'qzxjvk', locale: 'zh-cn' }]);
	});

	test('a search with results reports nothing', async ({ page }) => {
		await page.goto(`${origin}/en/search/?q=refund`);
		await expect(page.locator('[data-search-results] a').first()).toBeVisible();
		await afterEverythingSent(page);
		expect(bodies()).toEqual([]);
	});
});

test.describe('without FEEDBACK_ENDPOINT (the normal build)', () => {
	/** Returns the requests the page makes from now on (but the test's own marker). */
	const recordRequests = (page: Page) => {
		const requests: Request[] = [];
		page.on('request', (request) => requests.push(request));
		return requests;
	};
	const isMarker = (request: Request) => request.url().includes('test-marker');

	/**
	 * The state in which anything the page would still request has been requested: every pending
	 * timer fired on Playwright's clock, then a marker request made after them was seen. No fixed wait.
	 */
	const afterEverythingRequested = async (page: Page, requests: Request[]) => {
		await page.clock.runFor(60_000);
		await page.evaluate(() => fetch('/favicon.svg?test-marker').then(() => undefined));
		await expect.poll(() => requests.some(isMarker)).toBe(true);
	};

	test.beforeEach(async ({ page }) => {
		await page.clock.install();
	});

	for (const answer of ['Yes', 'No']) {
		test(`voting "${answer}" makes no request at all`, async ({ page }) => {
			await page.goto(`/en/articles/${ARTICLE}/`);
			await page.waitForLoadState('networkidle');
			expect(await page.locator('html').getAttribute('data-feedback-endpoint')).toBeNull();
			const requests = recordRequests(page);
			await page.getByRole('button', { name: answer, exact: true }).click();
			await expect(page.locator('[data-feedback-status]')).not.toBeEmpty();
			if (answer === 'No') {
				await expect(
					page.locator('help-feedback').getByRole('link', { name: 'Contact official support' }),
				).toBeVisible();
				await expect(
					page.locator('[data-feedback-comment]'),
					'no comment box when comments go nowhere',
				).toHaveCount(0);
			}
			await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pagehide')));
			await afterEverythingRequested(page, requests);
			expect(requests.filter((r) => !isMarker(r)).map((r) => r.url())).toEqual([]);
		});
	}

	test('a search with no results sends nothing', async ({ page }) => {
		const requests = recordRequests(page);
		await page.goto('/en/search/?q=zqxjv');
		await expect(page.locator('[data-search-empty]')).toBeVisible();
		await afterEverythingRequested(page, requests);
		expect(requests.filter((r) => r.method() !== 'GET').map((r) => r.url())).toEqual([]);
	});

	test('without JavaScript there are no dead buttons', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`/en/articles/${ARTICLE}/`);
		await expect(page.locator('help-feedback')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Yes' })).toHaveCount(0);
		await context.close();
	});
});
