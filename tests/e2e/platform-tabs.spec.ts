/**
 * Steps per platform (`<Platforms>` in "Use the official app and keep it updated" of the account
 * security article): every variant under its own heading without JavaScript, WAI-ARIA tabs with it,
 * opened at the reader's platform or their last pick (remembered across articles), or at the
 * variant a link's #fragment names (what a search result links to).
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import { PLATFORM_STORAGE_KEY } from '../../src/lib/platforms';
import { formatViolations, runAxe } from '../support/axe';
import { newPage } from '../support/help-page';
import type { LocaleCode } from '../support/site';

const UA = {
	iphone:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
	android:
		'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
};

const article: Record<LocaleCode, { path: string; section: string }> = {
	en: {
		path: '/en/articles/account-security/',
		section: 'use-the-official-app-and-keep-it-updated',
	},
	'zh-cn': { path: '/zh-cn/articles/account-security/', section: '使用官方app并及时更新' },
};
const en = article.en;

const group = (page: Page) => page.locator('help-platforms');
const tab = (page: Page, name: string) => group(page).getByRole('tab', { name, exact: true });
const panel = (page: Page, name: string) =>
	group(page).getByRole('tabpanel', { name, exact: true });

/** Waits for the tabs and returns the selected tab's name. */
async function selectedTab(page: Page): Promise<string> {
	const selected = group(page).locator('[role="tab"][aria-selected="true"]');
	await expect(selected).toHaveCount(1);
	return (await selected.textContent()) ?? '';
}

/** Asserts that exactly the named tab is selected and only its panel shows. */
async function expectSelected(page: Page, name: string, other: string) {
	await expect(tab(page, name)).toHaveAttribute('aria-selected', 'true');
	await expect(tab(page, name)).toHaveAttribute('tabindex', '0');
	await expect(tab(page, other)).toHaveAttribute('aria-selected', 'false');
	await expect(tab(page, other)).toHaveAttribute('tabindex', '-1');
	await expect(panel(page, name)).toBeVisible();
	await expect(
		group(page).locator(
			`[role="tabpanel"][aria-labelledby="${await tab(page, other).getAttribute('id')}"]`,
		),
	).toBeHidden();
}

const openAs = (browser: Browser, userAgent?: string) =>
	newPage(browser, userAgent ? { userAgent } : {});

test.describe('without JavaScript', () => {
	for (const locale of ['zh-cn', 'en'] as const) {
		test(`${locale}: every variant shows under its own heading, and nothing is a tab`, async ({
			browser,
		}) => {
			const t = useTranslations(locale);
			const page = await newPage(browser, { javaScriptEnabled: false });
			await page.goto(article[locale].path);
			for (const name of ['ios', 'android'] as const) {
				// A heading like every other: the platform's name, and an anchor link to it.
				const heading = page.locator(`h3[id="${article[locale].section}-${name}"]`);
				await expect(heading).toBeVisible();
				await expect(heading).toHaveAccessibleName(new RegExp(`^${t(`platform.${name}`)}\\b`));
				await expect(
					heading.locator(`a.heading-anchor[href="#${article[locale].section}-${name}"]`),
				).toHaveCount(1);
			}
			await expect(page.getByText('App Store', { exact: false }).first()).toBeVisible();
			await expect(page.getByText('Google Play', { exact: false })).toBeVisible();
			await expect(
				page
					.locator('[role="tablist"], [role="tab"], [role="tabpanel"], [hidden]')
					.filter({ hasText: /App Store|Google Play/ }),
			).toHaveCount(0);
			await page.context().close();
		});
	}
});

test.describe('with JavaScript: tabs', () => {
	test('a tab list named in the page language, one tab per variant in the writer’s order', async ({
		browser,
	}) => {
		for (const locale of ['zh-cn', 'en'] as const) {
			const t = useTranslations(locale);
			const page = await openAs(browser);
			await page.goto(article[locale].path);
			const tablist = group(page).getByRole('tablist', { name: t('platform.choose') });
			await expect(tablist).toBeVisible();
			await expect(tablist.getByRole('tab')).toHaveText([t('platform.ios'), t('platform.android')]);
			// The tab names the platform: its heading leaves the screen but stays the target of links to it.
			await expect(group(page).locator('h3')).toHaveCount(2);
			await expect(group(page).locator('h3').first()).toBeHidden();
			// Each panel is labelled by its tab; the heading stays in the page for the outline and links.
			const ios = tab(page, t('platform.ios'));
			await expect(panel(page, t('platform.ios'))).toHaveAttribute(
				'aria-labelledby',
				(await ios.getAttribute('id'))!,
			);
			await expect(ios).toHaveAttribute(
				'aria-controls',
				(await panel(page, t('platform.ios')).getAttribute('id'))!,
			);
			await page.context().close();
		}
	});

	test('the keyboard: arrows move and select with wrap-around, Home and End, Tab into the panel, focus drawn', async ({
		browser,
	}) => {
		const page = await openAs(browser);
		await page.goto(en.path);
		// A desktop browser has no app: the group's first platform opens.
		await expectSelected(page, 'iPhone', 'Android');
		await tab(page, 'iPhone').focus();
		await page.keyboard.press('ArrowRight');
		await expect(tab(page, 'Android')).toBeFocused();
		await expectSelected(page, 'Android', 'iPhone');
		await page.keyboard.press('ArrowRight');
		await expect(tab(page, 'iPhone')).toBeFocused();
		await expectSelected(page, 'iPhone', 'Android');
		await page.keyboard.press('ArrowLeft');
		await expectSelected(page, 'Android', 'iPhone');
		await page.keyboard.press('Home');
		await expect(tab(page, 'iPhone')).toBeFocused();
		await expectSelected(page, 'iPhone', 'Android');
		await page.keyboard.press('End');
		await expect(tab(page, 'Android')).toBeFocused();
		await expectSelected(page, 'Android', 'iPhone');
		// Roving tabindex: Tab leaves the tab list for the open panel, Shift+Tab comes back to the selected tab.
		await page.keyboard.press('Tab');
		await expect(panel(page, 'Android')).toBeFocused();
		const outline = await panel(page, 'Android').evaluate(
			(el) => getComputedStyle(el).outlineStyle,
		);
		expect(outline).toBe('solid');
		await page.keyboard.press('Shift+Tab');
		await expect(tab(page, 'Android')).toBeFocused();
		expect(await tab(page, 'Android').evaluate((el) => getComputedStyle(el).outlineStyle)).toBe(
			'solid',
		);
		// Enter and Space on the selected tab keep it selected; a click selects too.
		await page.keyboard.press('Enter');
		await expectSelected(page, 'Android', 'iPhone');
		await tab(page, 'iPhone').click();
		await expectSelected(page, 'iPhone', 'Android');
		await page.context().close();
	});

	test.describe('the reader’s platform opens first', () => {
		for (const [device, userAgent, expected] of [
			['an iPhone', UA.iphone, 'iPhone'],
			['an Android phone', UA.android, 'Android'],
		] as const) {
			test(`on ${device}: ${expected}`, async ({ browser }) => {
				const page = await openAs(browser, userAgent);
				await page.goto(en.path);
				expect(await selectedTab(page)).toBe(expected);
				await page.context().close();
			});
		}
	});

	test('a pick is remembered across articles and beats the browser’s platform', async ({
		browser,
	}) => {
		const page = await openAs(browser, UA.iphone);
		await page.goto(en.path);
		expect(await selectedTab(page)).toBe('iPhone');
		await tab(page, 'Android').click();
		expect(await page.evaluate((key) => localStorage.getItem(key), PLATFORM_STORAGE_KEY)).toBe(
			'android',
		);
		// Another article (the Chinese one) in the same browser opens at the pick.
		await page.goto(article['zh-cn'].path);
		expect(await selectedTab(page)).toBe('Android');
		await page.context().close();
	});

	test('storage that throws (blocked by the browser) still gives working tabs', async ({
		browser,
	}) => {
		const page = await openAs(browser, UA.android);
		await page.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('blocked', 'SecurityError');
				},
			});
		});
		await page.goto(en.path);
		expect(await selectedTab(page)).toBe('Android');
		await tab(page, 'iPhone').click();
		await expectSelected(page, 'iPhone', 'Android');
		await page.context().close();
	});

	test('a link to one variant opens its tab and shows it, on load and on a later #fragment', async ({
		browser,
	}) => {
		const page = await openAs(browser, UA.iphone);
		await page.goto(`${en.path}#${en.section}-android`);
		await expectSelected(page, 'Android', 'iPhone');
		await expect(panel(page, 'Android')).toBeInViewport();
		// Not a pick: the reader's own choice is not overwritten by a link.
		expect(
			await page.evaluate((key) => localStorage.getItem(key), PLATFORM_STORAGE_KEY),
		).toBeNull();
		await page.evaluate((id) => {
			location.hash = `#${id}`;
		}, `${en.section}-ios`);
		await expectSelected(page, 'iPhone', 'Android');
		// A Chinese heading id, percent-encoded as a browser sends it.
		await page.goto(
			`${article['zh-cn'].path}#${encodeURIComponent(`${article['zh-cn'].section}-android`)}`,
		);
		expect(await selectedTab(page)).toBe('Android');
		await page.context().close();
	});

	test('a search result found in one variant links to it and opens its tab', async ({
		browser,
	}) => {
		const page = await openAs(browser, UA.iphone);
		await page.goto(`/en/search/?q=${encodeURIComponent('Google Play')}`);
		const result = page
			.locator(`[data-search-results] a[href*="/en/articles/account-security/"]`)
			.first();
		await expect(result).toBeVisible({ timeout: 15_000 });
		expect(decodeURIComponent(new URL((await result.getAttribute('href'))!, page.url()).hash)).toBe(
			`#${en.section}-android`,
		);
		await result.click();
		await page.waitForURL(`**/en/articles/account-security/**`);
		await expectSelected(page, 'Android', 'iPhone');
		await page.context().close();
	});

	test('printed, every variant shows under its heading', async ({ browser }) => {
		const page = await openAs(browser, UA.iphone);
		await page.goto(en.path);
		await expect(panel(page, 'Android')).toBeHidden();
		await page.emulateMedia({ media: 'print' });
		for (const name of ['ios', 'android'])
			await expect(page.locator(`h3[id="${en.section}-${name}"]`)).toBeVisible();
		await expect(page.getByText('Google Play')).toBeVisible();
		await expect(group(page).getByRole('tablist')).toBeHidden();
		await page.context().close();
	});

	for (const locale of ['zh-cn', 'en'] as const) {
		test(`${locale}: axe finds nothing with the tabs, in light and dark`, async ({ browser }) => {
			for (const colorScheme of ['light', 'dark'] as const) {
				const page = await newPage(browser, { colorScheme });
				await page.goto(article[locale].path);
				await expect(group(page).getByRole('tablist')).toBeVisible();
				const violations = await runAxe(page);
				expect(violations, formatViolations(violations)).toEqual([]);
				await page.context().close();
			}
		});
	}
});
