/**
 * Typing through an input method, as most Chinese readers do: pinyin letters are composed into
 * characters, and nothing may search, render or change the URL until the composition ends.
 * Chromium's DevTools protocol drives a real composition (Input.imeSetComposition / insertText).
 */
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { pagesOf } from '../support/site';

/** Composes pinyin letter by letter in the focused field, then commits the characters. */
async function typeWithIme(cdp: CDPSession, pinyin: string, commit: string): Promise<void> {
	for (let i = 1; i <= pinyin.length; i++) {
		const text = pinyin.slice(0, i);
		await cdp.send('Input.imeSetComposition', {
			text,
			selectionStart: text.length,
			selectionEnd: text.length,
		});
	}
	await cdp.send('Input.insertText', { text: commit });
}

/**
 * Records, from the page's first script on, everything search shows or writes: each text of its
 * status lines, listbox, results and empty state, the query the results are for, and every URL
 * put into history. Searches run one after another, so once the committed query's results are
 * shown, anything a search for the composing letters would have shown is in this record.
 */
async function recordSearchOutput(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { searchOutput: string[] }).searchOutput = seen;
		for (const method of ['pushState', 'replaceState'] as const) {
			const original = history[method].bind(history);
			history[method] = (data, unused, url) => {
				seen.push(`url:${String(url)}`);
				original(data, unused, url);
			};
		}
		const selector =
			'[role="status"], [role="listbox"], [data-search-results], [data-search-empty]';
		new MutationObserver(() => {
			for (const element of document.querySelectorAll<HTMLElement>(selector)) {
				seen.push(`${element.textContent ?? ''} ${element.dataset['query'] ?? ''}`);
			}
		}).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
	});
	return () => page.evaluate(() => (window as unknown as { searchOutput: string[] }).searchOutput);
}

/** Returns the recorded lines that show a partly composed pinyin (three letters or more, URLs decoded). */
const showsPinyin = (output: readonly string[], pinyin: string) =>
	output.filter((line) => {
		const text = decodeURIComponent(line.replace(/\+/g, ' '));
		return Array.from({ length: pinyin.length - 2 }, (_, i) => pinyin.slice(0, i + 3)).some(
			(prefix) => text.includes(prefix),
		);
	});

test.describe('typing with an input method', () => {
	test('header box: composing "zhuce" opens nothing; committing 注册 shows results for 注册', async ({
		page,
	}) => {
		const output = await recordSearchOutput(page);
		await page.goto(pagesOf('zh-cn').article, { waitUntil: 'networkidle' });
		const input = page.locator('#search-header');
		await input.click();
		await expect(input, 'the controller is attached').toHaveAttribute('role', 'combobox');
		const cdp = await page.context().newCDPSession(page);
		await typeWithIme(cdp, 'zhuce', '注册');
		await expect(input).toHaveValue('注册');
		const listbox = page.getByRole('listbox');
		await expect(listbox.getByRole('option').first()).toContainText('注册');
		expect(
			showsPinyin(await output(), 'zhuce'),
			'nothing shown for the letters being composed',
		).toEqual([]);
	});

	test('search page: composing changes neither the results nor the URL; the committed text searches and goes into ?q=', async ({
		page,
	}) => {
		const output = await recordSearchOutput(page);
		await page.goto('/zh-cn/search/', { waitUntil: 'networkidle' });
		await page.locator('#search-page').click();
		const cdp = await page.context().newCDPSession(page);
		await typeWithIme(cdp, 'zhuce', '注册');
		await expect(page).toHaveURL(/[?&]q=%E6%B3%A8%E5%86%8C/);
		await expect(page.locator('[data-search-results]')).toHaveAttribute('data-query', '注册');
		await expect(page.locator('[data-search-results] a').first()).toHaveAttribute(
			'href',
			/\/zh-cn\/articles\/register-account\//,
		);
		expect(
			showsPinyin(await output(), 'zhuce'),
			'no results, no empty state and no ?q= for the letters being composed',
		).toEqual([]);
	});

	test('a composition that starts before the search module has loaded is not searched either', async ({
		page,
	}) => {
		const output = await recordSearchOutput(page);
		// The search module is held back until the composition has started.
		let release = () => {};
		const composing = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_astro/controller*.js', async (route) => {
			await composing;
			await route.continue();
		});
		await page.goto(pagesOf('zh-cn').article);
		const input = page.locator('#search-header');
		await input.focus();
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Input.imeSetComposition', {
			text: 'tuikuan',
			selectionStart: 7,
			selectionEnd: 7,
		});
		await expect(input, 'the controller is not attached yet').not.toHaveAttribute(
			'role',
			'combobox',
		);
		release();
		await expect(input, 'the controller attaches during the composition').toHaveAttribute(
			'role',
			'combobox',
			{ timeout: 15_000 },
		);
		await cdp.send('Input.insertText', { text: '退款' });
		await expect(page.getByRole('listbox').getByRole('option').first()).toContainText('退款');
		expect(showsPinyin(await output(), 'tuikuan')).toEqual([]);
	});
});
