/**
 * Support staff share links and replies: language-neutral short links, heading anchors, the
 * copy buttons, and old URLs of renamed articles.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import { readClipboard, resetClipboard, useClipboardContext } from '../support/clipboard';
import { afterPlatformTabs, HelpPage } from '../support/help-page';
import {
	LOCALES,
	SITE,
	articlePath,
	distHas,
	langOf,
	readArticles,
	readDist,
	shortPath,
} from '../support/help-content';

const articles = readArticles();
const slugs = [...new Set(articles.map((a) => a.slug))];
const inBoth = slugs.filter((slug) =>
	LOCALES.every(({ code }) => articles.some((a) => a.locale === code && a.slug === slug)),
);
const find = (locale: string, slug: string) =>
	articles.find((a) => a.locale === locale && a.slug === slug);
const pathOf = (page: Page) => new URL(page.url()).pathname;

async function newPage(
	browser: Browser,
	options: Parameters<Browser['newContext']>[0] = {},
): Promise<Page> {
	return (await browser.newContext(options)).newPage();
}

test.describe('short links /a/<slug>/', () => {
	for (const { browserLocale, locale } of [
		{ browserLocale: 'en-US', locale: 'en' },
		{ browserLocale: 'zh-CN', locale: 'zh-cn' },
	]) {
		test(`a ${browserLocale} browser opens the ${locale} article`, async ({ browser }) => {
			const page = await newPage(browser, { locale: browserLocale });
			for (const slug of slugs.filter((s) => find(locale, s))) {
				await page.goto(shortPath(slug));
				await page.waitForURL(`**${articlePath(locale, slug)}`);
				await expect(page.locator('h1')).toHaveText(find(locale, slug)!.title);
			}
			await page.context().close();
		});
	}

	test('a saved language choice beats the browser language', async ({ browser }) => {
		const slug = inBoth[0]!;
		const page = await newPage(browser, { locale: 'zh-CN' });
		await page.goto('/en/404/');
		await page.evaluate(() => localStorage.setItem('hc-locale', 'en'));
		await page.goto(shortPath(slug));
		await page.waitForURL(`**${articlePath('en', slug)}`);
		await page.context().close();
	});

	test('without JavaScript it shows one link per language and stays', async ({ browser }) => {
		const page = await newPage(browser, { javaScriptEnabled: false, locale: 'en-US' });
		for (const slug of slugs) {
			const response = await page.goto(shortPath(slug));
			expect(response?.status()).toBe(200);
			for (const { code, lang } of LOCALES) {
				const article = find(code, slug);
				const link = page.locator(`main a[href="${articlePath(code, slug)}"]`);
				if (!article) {
					await expect(link).toHaveCount(0);
					continue;
				}
				await expect(link).toBeVisible();
				await expect(link).toHaveAttribute('hreflang', lang);
				// The reader can tell which article it is before choosing.
				await expect(page.locator('main')).toContainText(article.title);
			}
			expect(pathOf(page)).toBe(shortPath(slug));
		}
		await page.context().close();
	});
});

test.describe('heading anchors', () => {
	for (const article of articles) {
		const url = articlePath(article.locale, article.slug);

		test(`${url}: every h2/h3 has an anchor to its own id`, async ({ page }) => {
			await page.goto(url);
			await afterPlatformTabs(page);
			// As tabs, steps per platform show no heading (tests/e2e/platform-tabs.spec.ts checks theirs).
			const headings = page.locator('article :is(h2, h3)').filter({ visible: true });
			const count = await headings.count();
			expect(count, 'the article has sections').toBeGreaterThan(0);
			for (let i = 0; i < count; i++) {
				const heading = headings.nth(i);
				const id = await heading.getAttribute('id');
				expect(id, `heading "${await heading.textContent()}" has an id`).toBeTruthy();
				const anchor = heading.locator(`a.heading-anchor[href="#${id}"]`);
				await expect(anchor, `anchor for #${id}`).toHaveCount(1);
				expect(await page.locator(`[id="${id}"]`).count(), `#${id} exists once`).toBe(1);
				await expect(anchor).toHaveAccessibleName(/.+/);
			}
		});
	}

	for (const { code } of LOCALES) {
		const article = articles.find((a) => a.locale === code)!;
		const url = articlePath(code, article.slug);

		test(`${url}: anchors become visible when reached with the keyboard`, async ({ page }) => {
			await page.goto(url);
			await afterPlatformTabs(page);
			const anchors = page.locator('article a.heading-anchor').filter({ visible: true });
			const total = await anchors.count();
			expect(total, 'anchors on the page').toBeGreaterThan(0);
			await expect(anchors.first()).toHaveCSS('opacity', '0');
			const seen = new Set<string>();
			for (let i = 0; i < 300 && seen.size < total; i++) {
				await page.keyboard.press('Tab');
				const focused = await page.evaluate(() => {
					const el = document.activeElement as HTMLElement | null;
					if (!el?.matches('a.heading-anchor')) return null;
					const style = getComputedStyle(el);
					const box = el.getBoundingClientRect();
					return {
						href: el.getAttribute('href')!,
						opacity: Number(style.opacity),
						visibility: style.visibility,
						width: box.width,
						height: box.height,
					};
				});
				if (!focused) continue;
				seen.add(focused.href);
				expect(focused.opacity, `${focused.href} opacity on focus`).toBeGreaterThan(0.5);
				expect(focused.visibility).toBe('visible');
				expect(focused.width * focused.height, `${focused.href} has a box`).toBeGreaterThan(0);
			}
			expect(seen.size, 'every anchor is reachable with Tab').toBe(total);
		});
	}
});

test.describe('copy buttons', () => {
	const clipboardContext = useClipboardContext();
	for (const { code } of LOCALES) {
		const t = useTranslations(code);
		const slug = inBoth[0]!;
		const url = articlePath(code, slug);

		// The reply tools are for staff only: switch-staff-mode.spec.ts.
		test(`${url}: copy link, with a confirmation`, async () => {
			const page = await clipboardContext().newPage();
			const help = new HelpPage(page);
			await help.goto(url);
			await expect(help.copyTools).toBeVisible();
			const tools = help.copyTools;

			await resetClipboard(page);
			await tools.getByRole('button', { name: t('article.copyLink'), exact: true }).click();
			expect(await readClipboard(page)).toBe(`${SITE}${url}`);
			expect(await readClipboard(page)).toBe(
				await page.locator('link[rel="canonical"]').getAttribute('href'),
			);
			await expect(help.copyStatus).toHaveText(t('article.copied'));
		});

		test(`${url}: the copy button beside a heading copies its URL with #id`, async () => {
			const page = await clipboardContext().newPage();
			await page.goto(url);
			await afterPlatformTabs(page);
			const headings = page.locator('article :is(h2, h3)[id]').filter({ visible: true });
			expect(await headings.count(), 'headings with ids').toBeGreaterThan(0);
			for (const heading of await headings.all()) {
				const id = (await heading.getAttribute('id'))!;
				const button = page
					.locator(`article [id="${id}"] + button, article [id="${id}"] button`)
					.first();
				await expect(button, `copy button for #${id}`).toHaveCount(1);
				await resetClipboard(page);
				await heading.hover();
				await button.click();
				// Percent-encoded: chat apps cut links at the first non-ASCII character.
				expect(await readClipboard(page)).toBe(`${SITE}${url}#${encodeURIComponent(id)}`);
				await expect(new HelpPage(page).copyStatus).toHaveText(t('article.copied'));
			}
		});
	}
});

test.describe('renamed articles', () => {
	test('the build writes a _redirects file', () => {
		expect(distHas('_redirects')).toBe(true);
	});

	const renamed = articles.flatMap((a) => a.formerSlugs.map((former) => ({ article: a, former })));
	test('content has renamed articles to check', () => {
		test.skip(renamed.length === 0, 'no article in content/ has formerSlugs');
		expect(renamed.length).toBeGreaterThan(0);
	});

	for (const { article, former } of renamed) {
		const oldUrl = articlePath(article.locale, former);
		const newUrl = articlePath(article.locale, article.slug);

		test(`${oldUrl} lands on ${newUrl}`, async ({ browser }) => {
			const lines = readDist('_redirects').split('\n');
			expect(
				lines.some((line) => line.includes(oldUrl) && line.includes(newUrl)),
				`_redirects maps ${oldUrl}`,
			).toBe(true);
			for (const javaScriptEnabled of [true, false]) {
				const page = await newPage(browser, { javaScriptEnabled, locale: langOf(article.locale) });
				await page.goto(oldUrl);
				await page.waitForURL(`**${newUrl}`);
				await expect(page.locator('h1')).toHaveText(article.title);
				await page.context().close();
			}
		});

		test(`/a/${former}/ opens ${newUrl}`, async ({ browser }) => {
			const page = await newPage(browser, { locale: langOf(article.locale) });
			await page.goto(shortPath(former));
			await page.waitForURL(`**${newUrl}`);
			await page.context().close();
		});
	}
});
