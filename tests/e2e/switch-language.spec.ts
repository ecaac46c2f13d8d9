/**
 * A reader switches language: the header's plain language links keep them on the same page in
 * the other language, work without JavaScript, and the choice is remembered for `/` and short links.
 */
import { expect, test, type Page } from '@playwright/test';
import { HelpPage, newPage } from '../support/help-page';
import {
	LOCALES,
	articlePath,
	categoryPath,
	contactPath,
	homePath,
	langOf,
	otherLocale,
	readArticles,
	readCategories,
	searchPath,
	shortPath,
	type LocaleCode,
} from '../support/help-content';

const articles = readArticles();
const categories = readCategories();
const bothLanguages = [...new Set(articles.map((a) => a.slug))].filter((slug) =>
	LOCALES.every(({ code }) => articles.some((a) => a.locale === code && a.slug === slug)),
);

/** Clicks the switcher's link to `to` and returns the path it landed on. */
async function switchTo(page: Page, to: LocaleCode): Promise<string> {
	const link = new HelpPage(page).languageLinks.and(page.locator(`[hreflang="${langOf(to)}"]`));
	await expect(link).toHaveCount(1);
	await Promise.all([page.waitForURL((url) => url.pathname.startsWith(`/${to}/`)), link.click()]);
	return new URL(page.url()).pathname;
}

for (const javaScriptEnabled of [true, false]) {
	const mode = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

	test.describe(`the switcher keeps the reader on the same page (${mode})`, () => {
		test.use({ javaScriptEnabled });

		for (const { code: from, lang } of LOCALES) {
			const to = otherLocale(from);

			test(`${from} → ${to.code}: every article`, async ({ page }) => {
				expect(bothLanguages.length).toBeGreaterThan(0);
				for (const slug of bothLanguages) {
					await page.goto(articlePath(from, slug));
					await expect(page.locator('html')).toHaveAttribute('lang', lang);
					expect(await switchTo(page, to.code)).toBe(articlePath(to.code, slug));
					await expect(page.locator('html')).toHaveAttribute('lang', to.lang);
					const title = articles.find((a) => a.locale === to.code && a.slug === slug)!.title;
					await expect(page.locator('h1')).toHaveText(title);
				}
			});

			test(`${from} → ${to.code}: every category`, async ({ page }) => {
				for (const category of categories) {
					await page.goto(categoryPath(from, category.id));
					expect(await switchTo(page, to.code)).toBe(categoryPath(to.code, category.id));
					await expect(page.locator('h1')).toHaveText(category.title[to.code]);
				}
			});

			test(`${from} → ${to.code}: contact, home and search`, async ({ page }) => {
				for (const path of [contactPath, homePath, searchPath]) {
					await page.goto(path(from));
					expect(await switchTo(page, to.code)).toBe(path(to.code));
					await expect(page.locator('html')).toHaveAttribute('lang', to.lang);
				}
			});
		}

		test('the switcher is a list of plain links, each marked with its language', async ({
			page,
		}) => {
			await page.goto(articlePath('en', bothLanguages[0]!));
			const links = new HelpPage(page).languageLinks;
			await expect(links).toHaveCount(LOCALES.length - 1);
			await expect(links.first()).toBeVisible();
			await expect(links.first()).toHaveAttribute('href', articlePath('zh-cn', bothLanguages[0]!));
			await expect(links.first()).toHaveAttribute('lang', 'zh-CN');
		});
	});
}

test.describe('the choice is remembered', () => {
	// The browser asks for one language; the reader picks the other one; the pick must win.
	for (const { code: from } of LOCALES) {
		const to = otherLocale(from);
		const slug = bothLanguages[0]!;

		test(`a ${langOf(from)} reader who switches to ${to.code} gets ${to.code} from / and /a/<slug>/`, async ({
			browser,
		}) => {
			const page = await newPage(browser, { locale: langOf(from) });
			await page.goto(articlePath(from, slug));
			expect(await page.evaluate(() => localStorage.getItem('hc-locale'))).toBeNull();
			await switchTo(page, to.code);
			expect(await page.evaluate(() => localStorage.getItem('hc-locale'))).toBe(to.code);

			await page.goto('/');
			await page.waitForURL(`**${homePath(to.code)}`);
			expect(new URL(page.url()).pathname).toBe(homePath(to.code));

			await page.goto(shortPath(slug));
			await page.waitForURL(`**${articlePath(to.code, slug)}`);
			expect(new URL(page.url()).pathname).toBe(articlePath(to.code, slug));
			await page.context().close();
		});
	}

	test('without a saved choice the browser language decides (control)', async ({ browser }) => {
		const page = await newPage(browser, { locale: 'zh-CN' });
		await page.goto(shortPath(bothLanguages[0]!));
		await page.waitForURL(`**${articlePath('zh-cn', bothLanguages[0]!)}`);
		await page.context().close();
	});
});
