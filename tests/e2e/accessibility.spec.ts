/**
 * Accessibility: axe (WCAG 2.0–2.2 A/AA) on every page type in both languages, light and dark,
 * with the search popup open; reflow at 200 % text and 320 px; reduced motion.
 */
import { expect, test, type Page } from '@playwright/test';
import { useTranslations } from '../../src/i18n';
import { formatViolations, runAxe } from '../support/axe';
import { readArticles } from '../support/help-content';
import { localeCodes, pagesOf, sampleQuery } from '../support/site';

type Theme = 'light' | 'dark (system)' | 'dark (toggle)';
const themes: readonly Theme[] = ['light', 'dark (system)', 'dark (toggle)'];

interface Target {
	readonly name: string;
	readonly path: string;
	/**
	 * Language choosers redirect with JavaScript; as without it, the chooser must stay on screen.
	 * axe itself needs JavaScript, so the page's own scripts are stubbed out instead.
	 */
	readonly noRedirect?: boolean;
	/** Waits for what the page renders after loading (search results). */
	readonly ready?: (page: Page) => Promise<void>;
}

const waitForResults = async (page: Page) => {
	await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false', {
		timeout: 15_000,
	});
	await expect(page.locator('[data-search-results] li').first()).toBeVisible();
};

const targets: Target[] = [
	{ name: 'language chooser / (no redirect)', path: '/', noRedirect: true },
	{
		name: 'short link /a/payment-failed/ (no redirect)',
		path: '/a/payment-failed/',
		noRedirect: true,
	},
	{ name: 'unknown URL (root 404.html)', path: '/no-such-page/' },
	...localeCodes.flatMap((locale): Target[] => {
		const pages = pagesOf(locale);
		return [
			{ name: `home ${pages.home}`, path: pages.home },
			{ name: `category ${pages.category}`, path: pages.category },
			{ name: `article ${pages.article}`, path: pages.article },
			{ name: `contact ${pages.contact}`, path: pages.contact },
			{
				name: `search with results ${pages.search}`,
				path: `${pages.search}?q=${encodeURIComponent(sampleQuery[locale])}`,
				ready: waitForResults,
			},
			{ name: `404 ${pages.notFound}`, path: pages.notFound },
		];
	}),
];

/** Opens a page in a theme: the system setting, or the reader's choice stored by the toggle. */
async function openInTheme(page: Page, target: Target, theme: Theme): Promise<void> {
	await page.emulateMedia({ colorScheme: theme === 'dark (system)' ? 'dark' : 'light' });
	if (target.noRedirect) {
		await page.route('**/_astro/*.js', (route) =>
			route.fulfill({ contentType: 'text/javascript', body: '' }),
		);
	}
	await page.goto(target.path);
	if (target.noRedirect) expect(new URL(page.url()).pathname).toBe(target.path);
	if (theme === 'dark (toggle)') {
		const toggle = page.locator('help-theme-toggle button');
		if ((await toggle.count()) > 0) {
			await toggle.click();
		} else {
			// Pages without the toggle (the chooser) still honour a stored choice via the attribute.
			await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
		}
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	}
	await target.ready?.(page);
}

/** Time allowed for one axe run, page load included, on a machine busy with other builds. */
const AXE_BUDGET_MS = 120_000;

for (const target of targets) {
	test.describe(target.name, () => {
		for (const theme of themes) {
			test(`axe: no WCAG A/AA violations, ${theme}`, async ({ page }) => {
				// axe walks the whole page (contrast of every text node): a few seconds idle, far more on a busy machine.
				test.setTimeout(AXE_BUDGET_MS);
				await openInTheme(page, target, theme);
				const violations = await runAxe(page);
				expect(violations, `${target.path} (${theme}):\n${formatViolations(violations)}`).toEqual(
					[],
				);
			});
		}
	});
}

test.describe('header search popup open with results', () => {
	for (const locale of localeCodes) {
		for (const theme of themes) {
			test(`axe: ${pagesOf(locale).article}, ${theme}`, async ({ page }) => {
				test.setTimeout(AXE_BUDGET_MS);
				await openInTheme(page, { name: 'article', path: pagesOf(locale).article }, theme);
				const input = page.locator('#search-header');
				await input.click();
				await expect(input).toHaveAttribute('role', 'combobox');
				await input.fill(sampleQuery[locale]);
				await expect(page.getByRole('listbox')).toBeVisible({ timeout: 15_000 });
				await expect(input).toHaveAttribute('aria-expanded', 'true');
				await input.press('ArrowDown');
				await expect(input).toHaveAttribute('aria-activedescendant', /.+/);
				const violations = await runAxe(page);
				expect(
					violations,
					`${pagesOf(locale).article} popup (${theme}):\n${formatViolations(violations)}`,
				).toEqual([]);
			});
		}
	}
});

test.describe('header search field', () => {
	for (const locale of localeCodes) {
		test(`keeps a visible label while the reader types (${locale})`, async ({ page }) => {
			const name = useTranslations(locale)('search.label');
			await page.goto(pagesOf(locale).article);
			const input = page.locator('#search-header');
			await input.fill(sampleQuery[locale]);
			await expect(input).toHaveAccessibleName(name);
			const label = page.locator('label[for="search-header"]');
			await expect(label).toHaveText(name);
			// A visually hidden label is a clipped 1 px box; a readable one is a line of text.
			const box = await label.boundingBox();
			expect(box?.height ?? 0, 'label height').toBeGreaterThanOrEqual(10);
			expect(box?.width ?? 0, 'label width').toBeGreaterThan(40);
			expect(await label.evaluate((el) => getComputedStyle(el).clipPath)).toBe('none');
		});
	}
});

/** Returns how far the page scrolls sideways, in CSS pixels (0 when it does not). */
const horizontalOverflow = (page: Page) =>
	page.evaluate(() => {
		const root = document.documentElement;
		return Math.max(root.scrollWidth, document.body.scrollWidth) - root.clientWidth;
	});

/** Names the widest elements that stick out of the viewport, to say what to fix. */
const overflowingElements = (page: Page) =>
	page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		return [...document.querySelectorAll('body *')]
			.filter((el) => el.getBoundingClientRect().right > width + 1)
			.slice(0, 5)
			.map(
				(el) =>
					`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`,
			);
	});

test.describe('reflow', () => {
	const reflowPages = localeCodes.flatMap((locale) => {
		const pages = pagesOf(locale);
		return [pages.article, pages.contact, pages.home];
	});

	for (const path of reflowPages) {
		test(`text at 200% at 1280px has no horizontal scroll: ${path}`, async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 800 });
			await page.goto(path);
			// CSSOM changes are allowed by the CSP (a <style> tag would not be).
			await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
			expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
				'32px',
			);
			const overflow = await horizontalOverflow(page);
			expect(
				overflow,
				`${path} scrolls sideways by ${overflow}px: ${(await overflowingElements(page)).join('; ')}`,
			).toBeLessThanOrEqual(1);
		});
	}

	const narrowPages = [
		'/',
		...localeCodes.flatMap((locale) => {
			const pages = pagesOf(locale);
			return [
				pages.home,
				pages.category,
				pages.article,
				pages.contact,
				`${pages.search}?q=${encodeURIComponent(sampleQuery[locale])}`,
				pages.notFound,
			];
		}),
	];
	for (const locale of localeCodes) {
		test(`320px wide: no article heading is taller for its # link and copy button (${locale})`, async ({
			page,
		}) => {
			// Opens every article of the language: its budget grows with the site.
			test.setTimeout(60_000 + readArticles().length * 5_000);
			await page.setViewportSize({ width: 320, height: 640 });
			const grown: string[] = [];
			for (const { slug } of readArticles().filter((a) => a.locale === locale)) {
				await page.goto(`/${locale}/articles/${slug}/`);
				const headings = page.locator('.prose :is(h2, h3, h4):has(> .heading-anchor)');
				if ((await headings.count()) === 0) continue;
				await expect(
					headings.first().locator('.heading-copy'),
					'the copy buttons are in',
				).toBeAttached();
				// Each heading measured with its controls, then again once they are removed.
				const changed = await headings.evaluateAll((els) => {
					const measure = () => els.map((el) => Math.round(el.getBoundingClientRect().height));
					const before = measure();
					for (const el of els)
						el.querySelectorAll('.heading-anchor, .heading-copy').forEach((control) =>
							control.remove(),
						);
					const after = measure();
					return els.flatMap((el, i) =>
						before[i] === after[i] ? [] : [`"${el.textContent}" ${after[i]} → ${before[i]} px`],
					);
				});
				grown.push(...changed.map((heading) => `${slug}: ${heading}`));
			}
			expect(grown).toEqual([]);
		});
	}

	for (const path of narrowPages) {
		test(`320px wide viewport has no horizontal scroll: ${path}`, async ({ page }) => {
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto(path);
			if (path.includes('?q=')) await waitForResults(page);
			const overflow = await horizontalOverflow(page);
			expect(
				overflow,
				`${path} scrolls sideways by ${overflow}px: ${(await overflowingElements(page)).join('; ')}`,
			).toBeLessThanOrEqual(1);
		});
	}
});

test.describe('reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	for (const locale of localeCodes) {
		test(`prefers-reduced-motion: reduce turns off transitions and animations (${locale})`, async ({
			page,
		}) => {
			await page.goto(pagesOf(locale).article);
			const selectors = [
				'body',
				'a',
				'.skip-link',
				'.search__input',
				'.search__submit',
				'help-theme-toggle button',
				'.button',
				'.breadcrumbs li',
			];
			const durations = await page.evaluate((list) => {
				const longest = (value: string) =>
					Math.max(...value.split(',').map((v) => parseFloat(v) || 0));
				return list.map((selector) => {
					const el = document.querySelector(selector);
					if (!el) return { selector, found: false, transition: 0, animation: 0, before: 0 };
					const style = getComputedStyle(el);
					const before = getComputedStyle(el, '::before');
					return {
						selector,
						found: true,
						transition: longest(style.transitionDuration),
						animation: longest(style.animationDuration),
						before: Math.max(longest(before.transitionDuration), longest(before.animationDuration)),
					};
				});
			}, selectors);
			expect(
				durations.filter((d) => d.found).length,
				'the elements to check exist',
			).toBeGreaterThanOrEqual(5);
			const hasReduceRule = await page.evaluate(() =>
				[...document.styleSheets].some((sheet) =>
					[...sheet.cssRules].some(
						(rule) =>
							rule instanceof CSSMediaRule && rule.conditionText.includes('prefers-reduced-motion'),
					),
				),
			);
			expect(hasReduceRule, 'a @media (prefers-reduced-motion) rule is loaded').toBe(true);
			const moving = durations.filter((d) => d.transition > 0 || d.animation > 0 || d.before > 0);
			expect(moving, JSON.stringify(moving)).toEqual([]);
			expect(
				await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
			).toBe('auto');
		});
	}
});
