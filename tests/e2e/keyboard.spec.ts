/**
 * Keyboard only: skip link, visible focus on everything reachable with Tab, the theme toggle
 * with Enter and Space, and no focus trap (not even with the search popup open).
 */
import { expect, test, type Page } from '@playwright/test';
import { localeCodes, pagesOf, sampleQuery } from '../support/site';

/** What a test needs to know about the element that has focus. */
interface FocusInfo {
	/** `body` when focus left the page (to the browser's address bar). */
	readonly key: string;
	readonly description: string;
	readonly visible: boolean;
	readonly whyInvisible: string;
	readonly indicator: boolean;
	readonly indicatorStyle: string;
	/** Which of the landmarks in `LANDMARKS` the element is. */
	readonly is: readonly string[];
}

/** Controls the Tab order must reach on an article page. */
const LANDMARKS: Record<string, string> = {
	skipLink: 'a.skip-link',
	themeToggle: 'help-theme-toggle button',
	languageSwitcher: '.lang-switch a',
	headerSearch: 'help-search.search--header input',
	copyButton: 'button[data-copy]',
};

/** Describes the focused element: where it is, whether it can be seen, whether focus is drawn. */
const readFocus = (page: Page): Promise<FocusInfo> =>
	page.evaluate((landmarks) => {
		const el = document.activeElement;
		if (!el || el === document.body || el === document.documentElement) {
			return {
				key: 'body',
				description: 'body',
				visible: true,
				whyInvisible: '',
				indicator: true,
				indicatorStyle: '',
				is: [],
			};
		}
		const classes = [...el.classList].map((c) => `.${c}`).join('');
		const text = (
			el.getAttribute('aria-label') ??
			el.textContent ??
			(el as HTMLInputElement).value ??
			''
		)
			.trim()
			.slice(0, 40);
		const description = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${classes} "${text}"`;
		const key = `${description}@${[...document.querySelectorAll('*')].indexOf(el)}`;
		const rect = el.getBoundingClientRect();
		const reasons: string[] = [];
		if (rect.width <= 1 || rect.height <= 1) reasons.push(`size ${rect.width}x${rect.height}`);
		if (rect.bottom + scrollY <= 0 || rect.right + scrollX <= 0)
			reasons.push(`off-page at ${rect.left},${rect.top}`);
		for (let node: Element | null = el; node; node = node.parentElement) {
			const style = getComputedStyle(node);
			if (style.visibility === 'hidden' || style.display === 'none')
				reasons.push(`${node.tagName} hidden`);
			if (Number(style.opacity) === 0) reasons.push(`${node.tagName} opacity 0`);
			if (style.clipPath !== 'none' && node !== document.documentElement)
				reasons.push(`${node.tagName} clip-path ${style.clipPath}`);
		}
		const style = getComputedStyle(el);
		const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
		const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
		return {
			key,
			description,
			visible: reasons.length === 0,
			whyInvisible: reasons.join(', '),
			indicator: outline || shadow,
			indicatorStyle: `outline: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow: ${style.boxShadow}`,
			is: Object.entries(landmarks)
				.filter(([, selector]) => el.matches(selector))
				.map(([name]) => name),
		};
	}, LANDMARKS);

/** Presses Tab until focus leaves the page or comes back to where it started; returns each stop. */
async function tabThrough(
	page: Page,
	limit = 150,
	onEach?: (info: FocusInfo, index: number) => Promise<void>,
) {
	const stops: FocusInfo[] = [];
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		const info = await readFocus(page);
		if (info.key === 'body' || (stops.length > 0 && info.key === stops[0]!.key))
			return { stops, cycled: true, last: info };
		stops.push(info);
		await onEach?.(info, i);
	}
	return { stops, cycled: false, last: stops.at(-1) };
}

for (const locale of localeCodes) {
	const article = pagesOf(locale).article;

	test(`skip link is the first Tab stop and moves focus to #main (${article})`, async ({
		page,
	}) => {
		await page.goto(article);
		await page.keyboard.press('Tab');
		const skip = page.locator('a.skip-link');
		await expect(skip).toBeFocused();
		await expect(skip).toHaveAttribute('href', '#main');
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(page.locator('#main')).toBeFocused();
		expect(new URL(page.url()).hash).toBe('#main');
		// The next Tab continues inside the main content, not back in the header.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
	});

	test(`every Tab stop on ${article} is visible and shows focus; the header controls and copy buttons are reached`, async ({
		page,
	}) => {
		await page.goto(article);
		await expect(page.locator('help-theme-toggle button')).toBeVisible();
		const { stops, cycled } = await tabThrough(page);
		expect(cycled, `Tab never left the page after ${stops.length} stops: focus is trapped`).toBe(
			true,
		);

		const invisible = stops
			.filter((s) => !s.visible)
			.map((s) => `${s.description}: ${s.whyInvisible}`);
		expect(invisible, `focus landed on invisible elements:\n${invisible.join('\n')}`).toEqual([]);
		const noIndicator = stops
			.filter((s) => !s.indicator)
			.map((s) => `${s.description}: ${s.indicatorStyle}`);
		expect(
			noIndicator,
			`focused elements without a visible focus indicator:\n${noIndicator.join('\n')}`,
		).toEqual([]);

		const reached = stops.map((s) => s.description).join('\n');
		const count = (name: string) => stops.filter((s) => s.is.includes(name)).length;
		expect(stops[0]!.is, `the first stop is the skip link:\n${reached}`).toContain('skipLink');
		expect(count('themeToggle'), `theme toggle reached:\n${reached}`).toBe(1);
		expect(
			count('languageSwitcher'),
			`language switcher reached:\n${reached}`,
		).toBeGreaterThanOrEqual(1);
		expect(count('headerSearch'), `header search reached:\n${reached}`).toBe(1);
		const copyButtons = await page
			.locator('button[data-copy]')
			.evaluateAll(
				(buttons) => buttons.filter((b) => (b as HTMLElement).offsetParent !== null).length,
			);
		expect(copyButtons, 'copy buttons are shown').toBeGreaterThan(0);
		expect(count('copyButton'), `all ${copyButtons} copy buttons are Tab stops:\n${reached}`).toBe(
			copyButtons,
		);
	});

	test(`theme toggle works with Enter and Space and the choice survives a reload (${article})`, async ({
		page,
	}) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(article);
		const toggle = page.locator('help-theme-toggle button');
		await expect(toggle).toBeVisible();
		const html = page.locator('html');
		let found = false;
		for (let i = 0; i < 40 && !found; i++) {
			await page.keyboard.press('Tab');
			found = await toggle.evaluate((el) => el === document.activeElement);
		}
		expect(found, 'the theme toggle is reachable with Tab').toBe(true);

		await page.keyboard.press('Enter');
		await expect(html).toHaveAttribute('data-theme', 'dark');
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await page.keyboard.press('Space');
		await expect(html).toHaveAttribute('data-theme', 'light');
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await page.keyboard.press('Space');
		await expect(html).toHaveAttribute('data-theme', 'dark');
		await expect(toggle).toBeFocused();

		await page.reload();
		await expect(html).toHaveAttribute('data-theme', 'dark');
		await expect(page.locator('help-theme-toggle button')).toHaveAttribute('aria-pressed', 'true');
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
			'rgb(255, 255, 255)',
		);
	});

	test(`Tab moves past the header search with its results open, and focus cycles back (${article})`, async ({
		page,
	}) => {
		await page.goto(article);
		const input = page.locator('#search-header');
		let found = false;
		for (let i = 0; i < 20 && !found; i++) {
			await page.keyboard.press('Tab');
			found = await input.evaluate((el) => el === document.activeElement);
		}
		expect(found, 'the header search is reachable with Tab').toBe(true);
		await expect(input).toHaveAttribute('role', 'combobox');
		await page.keyboard.type(sampleQuery[locale]);
		await expect(page.getByRole('listbox')).toBeVisible({ timeout: 15_000 });
		await page.keyboard.press('ArrowDown');
		await expect(input).toHaveAttribute('aria-activedescendant', /.+/);

		await page.keyboard.press('Tab');
		const next = await readFocus(page);
		expect(next.description, 'Tab leaves the search field').not.toMatch(/^input#search-header/);
		const { stops, cycled, last } = await tabThrough(page);
		expect(cycled, `focus is trapped; last stop: ${last?.description}`).toBe(true);
		// From the end of the page, Tab returns to its start. Chromium may pass through its own
		// browser stop first (seen under load), so allow one extra Tab, never more.
		if (last?.key === 'body') {
			const skip = page.locator('a.skip-link');
			for (let i = 0; i < 2 && !(await skip.evaluate((el) => el === document.activeElement)); i++) {
				await page.keyboard.press('Tab');
			}
			await expect(skip).toBeFocused();
		}
		expect(stops.length).toBeGreaterThan(5);
	});
}
