/**
 * A reader browses the help center: the language chooser, home, categories, articles, contact,
 * search and 404 pages, in both languages, with and without JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import { HelpPage, newPage, watchProblems } from '../support/help-page';
import {
	LOCALES,
	articlePath,
	categoryPath,
	contactPath,
	homePath,
	langOf,
	readArticles,
	readCategories,
	readChannels,
	readSitemapPaths,
	searchPath,
	shortPath,
	type LocaleCode,
} from '../support/help-content';

const articles = readArticles();
const categories = readCategories();
const channels = readChannels();

const path = (page: Page) => new URL(page.url()).pathname;

test.describe('language chooser at /', () => {
	for (const { browserLocale, lands } of [
		{ browserLocale: 'en-US', lands: '/en/' },
		{ browserLocale: 'zh-CN', lands: '/zh-cn/' },
	]) {
		test(`a ${browserLocale} browser lands on ${lands}`, async ({ browser }) => {
			const page = await newPage(browser, { locale: browserLocale });
			const problems = watchProblems(page);
			await page.goto('/');
			await page.waitForURL(`**${lands}`);
			expect(path(page)).toBe(lands);
			await expect(page.locator('html')).toHaveAttribute('lang', lands === '/en/' ? 'en' : 'zh-CN');
			expect(problems().filter((p) => !p.startsWith('request failed'))).toEqual([]);
			await page.context().close();
		});
	}

	for (const { browserLocale, saved, lands } of [
		{ browserLocale: 'en-US', saved: 'zh-cn', lands: '/zh-cn/' },
		{ browserLocale: 'zh-CN', saved: 'en', lands: '/en/' },
	]) {
		test(`a saved choice (hc-locale=${saved}) beats the ${browserLocale} browser language`, async ({
			browser,
		}) => {
			const page = await newPage(browser, { locale: browserLocale });
			await page.goto('/en/404/');
			await page.evaluate((value) => localStorage.setItem('hc-locale', value), saved);
			await page.goto('/');
			await page.waitForURL(`**${lands}`);
			expect(path(page)).toBe(lands);
			await page.context().close();
		});
	}

	test('without JavaScript it shows a plain link to each language and stays', async ({
		browser,
	}) => {
		const page = await newPage(browser, { javaScriptEnabled: false, locale: 'en-US' });
		const response = await page.goto('/');
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		for (const { code, lang } of LOCALES) {
			const link = page.locator(`a[href="${homePath(code)}"]`);
			await expect(link).toBeVisible();
			// Each option is written in, and marked as, its own language.
			await expect(page.locator(`[lang="${lang}"] a[href="${homePath(code)}"]`)).toHaveCount(1);
		}
		// Without scripts only a meta refresh could move the reader on.
		await expect(page.locator('meta[http-equiv="refresh" i]')).toHaveCount(0);
		expect(path(page)).toBe('/');
		await page.context().close();
	});

	test('its language cards are apart, not touching', async ({ browser }) => {
		const page = await newPage(browser, { javaScriptEnabled: false });
		await page.goto('/');
		const boxes = await page
			.locator('.chooser__option')
			.evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().toJSON() as DOMRect));
		expect(boxes.length).toBe(LOCALES.length);
		for (let i = 1; i < boxes.length; i++) {
			expect(
				boxes[i]!.top - boxes[i - 1]!.bottom,
				'space between two cards',
			).toBeGreaterThanOrEqual(8);
		}
		await page.context().close();
	});
});

for (const { code: locale, lang } of LOCALES) {
	const t = useTranslations(locale);
	const own = articles.filter((a) => a.locale === locale);
	const titleOf = (slug: string) => own.find((a) => a.slug === slug)?.title;

	test.describe(`${locale}: pages`, () => {
		test(`home ${homePath(locale)}: search box, categories with articles, popular list, contact link`, async ({
			page,
		}) => {
			const help = new HelpPage(page);
			await help.goto(homePath(locale));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(help.h1).toHaveText(t('home.title'));

			const search = help.main.locator('form[role="search"]');
			await expect(search).toHaveAttribute('action', searchPath(locale));
			await expect(search.locator('input[name="q"]')).toBeVisible();

			const categoryLinks = help.main.locator('a[href*="/categories/"]');
			await expect(categoryLinks).toHaveCount(categories.length);
			for (const category of categories) {
				const linkSelector = `a[href="${categoryPath(locale, category.id)}"]`;
				await expect(help.main.locator(linkSelector)).toHaveText(category.title[locale]);
				const card = help.main.locator('li').filter({ has: page.locator(linkSelector) });
				const expected = own
					.filter((a) => a.category === category.id)
					.map((a) => articlePath(locale, a.slug));
				expect(new Set(await help.linkPaths(card.locator('a[href*="/articles/"]')))).toEqual(
					new Set(expected),
				);
			}

			const popular = page.getByRole('region', { name: t('home.popular') });
			const popularLinks = popular.locator('a[href*="/articles/"]');
			expect(await popularLinks.count()).toBeGreaterThan(0);
			for (const link of await popularLinks.all()) {
				const slug =
					/\/articles\/([^/]+)\//.exec((await link.getAttribute('href')) ?? '')?.[1] ?? '';
				expect(await link.getAttribute('href')).toBe(articlePath(locale, slug));
				await expect(link).toHaveText(titleOf(slug) ?? `(no ${locale} article "${slug}")`);
			}
			const pinned = own.filter((a) => a.pinned).map((a) => articlePath(locale, a.slug));
			if (pinned.length > 0 && pinned.length <= 6) {
				expect(new Set(await help.linkPaths(popularLinks))).toEqual(new Set(pinned));
			}

			await expect(help.main.locator(`a[href="${contactPath(locale)}"]`).first()).toBeVisible();
		});

		for (const category of categories) {
			test(`category ${categoryPath(locale, category.id)}`, async ({ page }) => {
				const help = new HelpPage(page);
				await help.goto(categoryPath(locale, category.id));
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expect(help.h1).toHaveText(category.title[locale]);
				const crumbs = page.getByRole('navigation', { name: t('nav.breadcrumbs') });
				await expect(crumbs.locator('a')).toHaveAttribute('href', homePath(locale));
				await expect(crumbs.locator('[aria-current="page"]')).toHaveText(category.title[locale]);

				const expected = own.filter((a) => a.category === category.id);
				expect(expected.length).toBeGreaterThan(0);
				const links = help.main.locator('a[href*="/articles/"]');
				expect(new Set(await help.linkPaths(links))).toEqual(
					new Set(expected.map((a) => articlePath(locale, a.slug))),
				);
				for (const article of expected) {
					await expect(
						help.main.locator(`a[href="${articlePath(locale, article.slug)}"]`),
					).toHaveText(article.title);
				}
			});
		}

		for (const article of own) {
			test(`article ${articlePath(locale, article.slug)}`, async ({ page }) => {
				const help = new HelpPage(page);
				await help.goto(articlePath(locale, article.slug));
				await expect(page.locator('html')).toHaveAttribute('lang', lang);
				await expect(help.h1).toHaveText(article.title);

				const crumbs = page.getByRole('navigation', { name: t('nav.breadcrumbs') });
				expect(await help.linkPaths(crumbs.locator('a'))).toEqual([
					homePath(locale),
					categoryPath(locale, article.category),
				]);
				await expect(crumbs.locator('a').nth(1)).toHaveText(
					categories.find((c) => c.id === article.category)!.title[locale],
				);
				await expect(crumbs.locator('[aria-current="page"]')).toHaveText(article.title);

				const time = page.locator('article time[datetime]');
				await expect(time).toHaveAttribute('datetime', article.updated);
				await expect(time).not.toBeEmpty();
				// The label carries its language's colon: full-width and unspaced in Chinese.
				await expect(page.locator('.article__meta')).toHaveText(
					locale === 'zh-cn' ? /^最后更新：\d{4}年/ : /^Last updated: [A-Z][a-z]+ \d/,
				);

				const related = article.related.filter((slug) => titleOf(slug));
				const relatedSection = page.getByRole('region', { name: t('article.related') });
				if (related.length > 0) {
					expect(await help.linkPaths(relatedSection.locator('a'))).toEqual(
						related.map((slug) => articlePath(locale, slug)),
					);
					for (const slug of related) {
						await expect(
							relatedSection.locator(`a[href="${articlePath(locale, slug)}"]`),
						).toHaveText(titleOf(slug)!);
					}
				} else {
					await expect(relatedSection).toHaveCount(0);
				}

				const stillNeedHelp = page.getByRole('complementary', { name: t('article.helpTitle') });
				await expect(stillNeedHelp.locator(`a[href="${contactPath(locale)}"]`)).toBeVisible();
			});
		}

		test(`contact ${contactPath(locale)}: one card per official channel`, async ({ page }) => {
			const help = new HelpPage(page);
			await help.goto(contactPath(locale));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(help.h1).toHaveText(t('contact.title'));
			for (const channel of channels) {
				const card = page.locator(`[id="${channel.id}"]`);
				await expect(card).toBeVisible();
				await expect(card.getByRole('heading')).toContainText(channel.name[locale]);
			}
		});

		test(`search ${searchPath(locale)}`, async ({ page }) => {
			const help = new HelpPage(page);
			await help.goto(searchPath(locale));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(help.h1).toHaveText(t('search.title'));
			const form = help.main.locator('form[role="search"]');
			await expect(form).toHaveAttribute('action', searchPath(locale));
			await expect(form.locator('input[name="q"]')).toBeVisible();
		});

		test(`404 page /${locale}/404/`, async ({ page }) => {
			const help = new HelpPage(page);
			await help.goto(`/${locale}/404/`);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(help.h1).toHaveText(t('notFound.title'));
			await expect(help.main.locator(`a[href="${homePath(locale)}"]`)).toBeVisible();
		});
	});
}

test('an unknown URL answers 404 with the not-found text in both languages', async ({ page }) => {
	const response = await page.goto('/en/articles/no-such-article-here/');
	expect(response?.status()).toBe(404);
	for (const { code, lang } of LOCALES) {
		const t = useTranslations(code);
		await expect(page.getByRole('heading', { name: t('notFound.title') })).toBeVisible();
		await expect(page.getByText(t('notFound.text'))).toBeVisible();
		await expect(page.locator(`main a[href="${homePath(code)}"]`)).toBeVisible();
		// Each language's block is marked with its language, whatever the page's own lang.
		const marked = page.locator(`html[lang="${lang}"] main > :first-child, main [lang="${lang}"]`);
		await expect(marked.filter({ hasText: t('notFound.title') }).first()).toBeVisible();
	}
});

test.describe('no console errors and no failed requests', () => {
	// A language no locale matches: the chooser pages stay put and are checked themselves.
	test.use({ locale: 'fr-FR' });
	const slugs = [...new Set(articles.map((a) => a.slug))];
	const urls = [
		...new Set([
			...readSitemapPaths(),
			'/',
			'/404.html',
			...LOCALES.map(({ code }) => `/${code}/404/`),
			...slugs.map(shortPath),
		]),
	];

	test('the walk covers every page type', () => {
		for (const { code } of LOCALES) {
			expect(urls).toContain(homePath(code));
			expect(urls).toContain(contactPath(code));
			expect(urls).toContain(searchPath(code));
			for (const category of categories) expect(urls).toContain(categoryPath(code, category.id));
			for (const a of articles.filter((x) => x.locale === code))
				expect(urls).toContain(articlePath(code, a.slug));
		}
	});

	for (const url of urls) {
		test(`${url}`, async ({ page }) => {
			const problems = watchProblems(page);
			const response = await page.goto(url, { waitUntil: 'networkidle' });
			expect(response?.status(), `${url} status`).toBe(200);
			expect(path(page), 'stayed on the page').toBe(url);
			expect(problems(), problems().join('\n')).toEqual([]);
		});
	}
});

test.describe('reading needs no JavaScript', () => {
	for (const article of articles) {
		const url = articlePath(article.locale, article.slug);
		test(`${url}: text, headings and links are all there`, async ({ browser }) => {
			const read = async (javaScriptEnabled: boolean) => {
				const page = await newPage(browser, {
					javaScriptEnabled,
					locale: langOf(article.locale as LocaleCode),
				});
				const help = new HelpPage(page);
				await help.goto(url);
				await expect(help.h1).toHaveText(article.title);
				await expect(help.prose).toBeVisible();
				const content = await page.locator('article').evaluate((node) => {
					const copy = node.cloneNode(true) as HTMLElement;
					// Buttons are enhancements added by scripts, not content.
					for (const extra of copy.querySelectorAll('button, .heading-anchor')) extra.remove();
					return {
						headings: [...copy.querySelectorAll('h1, h2, h3, h4')].map(
							(h) => `${h.tagName} ${h.textContent?.trim()}`,
						),
						links: [...copy.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
						text: (copy.textContent ?? '').replace(/\s+/g, ' ').trim(),
					};
				});
				return { page, help, content };
			};
			const withJs = await read(true);
			const withoutJs = await read(false);
			expect(withoutJs.content.headings).toEqual(withJs.content.headings);
			expect(withoutJs.content.links).toEqual(withJs.content.links);
			expect(withoutJs.content.text).toEqual(withJs.content.text);

			// Against the source: every markdown heading, and the first paragraph, are on the page.
			const normalize = (s: string) =>
				s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
			const sourceHeadings = [
				...article.body.matchAll(/^(#{2,4})\s+(.+?)\s*(?:\{#[^}]+\})?\s*$/gm),
			].map((m) => `H${m[1]!.length} ${normalize(m[2]!.replace(/[*_`]/g, ''))}`);
			const pageHeadings = withoutJs.content.headings.map(normalize);
			for (const heading of sourceHeadings) expect(pageHeadings).toContain(heading);
			const firstParagraph = article.body
				.split(/\r?\n\s*\r?\n/)
				.map((block) => block.trim())
				.find(
					(block) =>
						block && !/^(import |export |#|[-*>]|\d+\.|\|)/.test(block) && !/[<{]/.test(block),
				);
			if (firstParagraph) {
				const plain = firstParagraph.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').replace(/[*_`]/g, '');
				expect(normalize(withoutJs.content.text)).toContain(normalize(plain));
			}
			for (const link of await withoutJs.help.prose.locator('a[href]').all())
				await expect(link).toBeVisible();
			await withJs.page.context().close();
			await withoutJs.page.context().close();
		});
	}

	for (const { code } of LOCALES) {
		for (const url of [
			homePath(code),
			articlePath(code, articles.find((a) => a.locale === code)!.slug),
		]) {
			test(`${url}: the theme toggle shows only when its script runs`, async ({ browser }) => {
				const withJs = new HelpPage(await newPage(browser));
				await withJs.goto(url);
				await expect(withJs.themeToggle).toBeVisible();
				const withoutJs = new HelpPage(await newPage(browser, { javaScriptEnabled: false }));
				await withoutJs.goto(url);
				await expect(withoutJs.page.locator('help-theme-toggle')).toHaveCount(1);
				// Not even hidden: text browsers ignore `hidden` and would print a button that does nothing.
				await expect(
					withoutJs.themeToggle,
					'a button that does nothing without JavaScript',
				).toHaveCount(0);
				await withJs.page.context().close();
				await withoutJs.page.context().close();
			});
		}
	}
});
