/**
 * Search as a reader uses it: keyboard shortcuts, the header combobox, the search page with its
 * URL and history, the empty state, per-language results, Pagefind on demand, and no JavaScript.
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { readArticles } from '../support/help-content';
import { afterTwoFrames } from '../support/help-page';
import { localeCodes, pagesOf, sampleQuery, type LocaleCode } from '../support/site';

/** Waits until the search page has answered the current query. */
async function waitForSearchPage(page: Page): Promise<void> {
	await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false', {
		timeout: 15_000,
	});
}

/** Result link paths on the search page, best first. */
const resultPaths = (page: Page) =>
	page
		.locator('[data-search-results] a')
		.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

/** Records every request the page makes to `/pagefind/`. */
function watchPagefind(page: Page): Request[] {
	const requests: Request[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname.startsWith('/pagefind/')) requests.push(request);
	});
	return requests;
}

test.describe('keyboard shortcuts', () => {
	for (const [name, key] of [
		['/', 'Slash'],
		['Control+K', 'Control+KeyK'],
	] as const) {
		test(`${name} on an article focuses the header search`, async ({ page }) => {
			await page.goto(pagesOf('en').article);
			await page.locator('h1').click();
			await expect(page.locator('#search-header')).not.toBeFocused();
			await page.keyboard.press(key);
			await expect(page.locator('#search-header')).toBeFocused();
			// The shortcut is not typed into the field.
			await expect(page.locator('#search-header')).toHaveValue('');
		});
	}

	test('/ typed inside a text field is just a character', async ({ page }) => {
		await page.goto(pagesOf('en').contact);
		const checker = page.locator('#checker-input');
		await checker.click();
		await page.keyboard.press('Slash');
		await expect(checker).toBeFocused();
		await expect(checker).toHaveValue('/');
	});
});

test.describe('header combobox', () => {
	test('typing 支付失败 on /zh-cn/ opens a listbox; arrows, Enter and Escape work; the count is announced', async ({
		page,
	}) => {
		await page.goto('/zh-cn/');
		const input = page.locator('help-search input').first();
		await input.click();
		await expect(input).toHaveAttribute('role', 'combobox');
		await expect(input).toHaveAttribute('aria-expanded', 'false');
		await input.pressSequentially('支付失败');

		const listbox = page.getByRole('listbox');
		await expect(listbox).toBeVisible({ timeout: 15_000 });
		await expect(input).toHaveAttribute('aria-expanded', 'true');
		await expect(input).toHaveAttribute('aria-controls', (await listbox.getAttribute('id'))!);
		const options = listbox.getByRole('option');
		expect(await options.count()).toBeGreaterThanOrEqual(2);
		await expect(page.locator('help-search [role=status]').first()).toHaveText(/找到 \d+ 条结果/);

		await input.press('Escape');
		await expect(input).toHaveAttribute('aria-expanded', 'false');
		await expect(listbox).toBeHidden();
		await expect(input).toHaveValue('支付失败');

		await input.press('ArrowDown'); // reopens
		await expect(input).toHaveAttribute('aria-expanded', 'true');
		await expect(listbox).toBeVisible();
		await input.press('ArrowDown');
		const activeId = await input.getAttribute('aria-activedescendant');
		expect(activeId).toBeTruthy();
		const active = page.locator(`[id="${activeId}"]`);
		await expect(active).toHaveAttribute('role', 'option');
		await expect(active).toHaveAttribute('aria-selected', 'true');
		await expect(listbox.locator('[aria-selected="true"]')).toHaveCount(1);
		const href = (await active.getAttribute('data-href')) ?? '';
		expect(href).toMatch(/^\/zh-cn\/articles\/[^/]+\//);

		await input.press('Enter');
		await page.waitForURL((url) => url.pathname + url.hash === href);
		expect(new URL(page.url()).pathname).toMatch(/^\/zh-cn\/articles\/payment-failed\//);
	});

	test('a query with no match announces that nothing was found', async ({ page }) => {
		await page.goto(pagesOf('en').article);
		const input = page.locator('#search-header');
		await input.click();
		await input.fill('xyzzyqqq');
		await expect(page.locator('help-search.search--header [role=status]')).toHaveText(
			/No articles found/,
			{ timeout: 15_000 },
		);
	});

	test('Escape while the first search is still loading keeps the popup closed when its results arrive', async ({
		page,
	}) => {
		// Records the "see all" link (which query it is for) of every popup shown after Escape.
		await page.addInitScript(() => {
			const shown: string[] = [];
			(window as unknown as { popupsShown: string[] }).popupsShown = shown;
			let escaped = false;
			document.addEventListener('keydown', (event) => (escaped ||= event.key === 'Escape'), true);
			new MutationObserver(() => {
				const list = escaped ? document.querySelector<HTMLElement>('[role="listbox"]') : null;
				const seeAll = list?.lastElementChild as HTMLElement | null | undefined;
				if (
					list &&
					!list.hidden &&
					seeAll?.dataset['href'] &&
					shown.at(-1) !== seeAll.dataset['href']
				)
					shown.push(seeAll.dataset['href']);
			}).observe(document, { subtree: true, childList: true, attributes: true });
		});
		await page.goto(pagesOf('en').article, { waitUntil: 'networkidle' });
		const input = page.locator('#search-header');
		// Keyboard focus does not warm Pagefind, so the first query is still loading when Escape comes.
		await input.focus();
		await expect(input, 'the controller is attached').toHaveAttribute('role', 'combobox');
		await input.pressSequentially('refund');
		await input.press('Escape');
		await expect(page.getByRole('listbox')).toBeHidden();
		// Searches run one after another, so once a newer query's popup shows, the cancelled search
		// has finished: anything it would have shown is in the record by then.
		await input.pressSequentially(' fee');
		await expect(page.getByRole('listbox')).toBeVisible({ timeout: 15_000 });
		const shown = await page.evaluate(
			() => (window as unknown as { popupsShown: string[] }).popupsShown,
		);
		expect(shown.length).toBeGreaterThan(0);
		expect(
			shown.filter((href) => href.endsWith('?q=refund')),
			'the cancelled search never opened the popup',
		).toEqual([]);
	});
});

test.describe('search page', () => {
	test('/en/search/?q=refund lists the refund article in the top 3', async ({ page }) => {
		await page.goto('/en/search/?q=refund');
		await waitForSearchPage(page);
		await expect(page.locator('#search-page')).toHaveValue('refund');
		const paths = await resultPaths(page);
		expect(paths.length).toBeGreaterThan(0);
		expect(paths.slice(0, 3), paths.join('\n')).toContain('/en/articles/cancel-or-refund/');
		await expect(page.locator('[data-search-status]')).toHaveText(/\d+ results?/);
	});

	test('typing updates ?q=; submitting then going back restores the previous query and results', async ({
		page,
	}) => {
		await page.goto('/en/search/?q=refund');
		await waitForSearchPage(page);
		const refundResults = await resultPaths(page);
		expect(refundResults.length).toBeGreaterThan(0);

		const input = page.locator('#search-page');
		await input.fill('locked account');
		await expect(page).toHaveURL(/[?&]q=locked(\+|%20)account/);
		await expect(page.locator('[data-search-results] a').first()).toHaveAttribute(
			'href',
			/unlock-account/,
			{ timeout: 15_000 },
		);
		await input.press('Enter');
		await expect(page).toHaveURL(/[?&]q=locked(\+|%20)account/);
		await waitForSearchPage(page);
		const lockedResults = await resultPaths(page);
		expect(lockedResults).not.toEqual(refundResults);

		await page.goBack();
		await expect(page).toHaveURL(/[?&]q=refund(&|$)/);
		await expect(input).toHaveValue('refund');
		await expect.poll(() => resultPaths(page), { timeout: 15_000 }).toEqual(refundResults);
	});

	test('a query with no results shows the empty state with a contact link and no result links', async ({
		page,
	}) => {
		await page.goto('/en/search/?q=xyzzyqqq');
		await waitForSearchPage(page);
		const empty = page.locator('[data-search-empty]');
		await expect(empty).toBeVisible();
		await expect(empty).toContainText('xyzzyqqq');
		await expect(empty.locator('a[href="/en/contact/"]')).toBeVisible();
		await expect(page.locator('[data-search-results] a')).toHaveCount(0);
		await expect(page.locator('[data-search-status]')).toHaveText(/No results/);
	});

	test('what the reader types before the search module has loaded is kept and searched', async ({
		page,
	}) => {
		// A slow network: the search module is held back until the reader has typed the whole query.
		let release = () => {};
		const typed = new Promise<void>((resolve) => (release = resolve));
		let delayed = false;
		await page.route('**/_astro/controller*.js', async (route) => {
			delayed = true;
			await typed;
			await route.continue();
		});
		await page.goto('/en/search/');
		const input = page.locator('#search-page');
		await input.click();
		await input.pressSequentially('refund');
		await expect
			.poll(() => delayed, 'the search module (/_astro/controller.*.js) was requested and is held')
			.toBe(true);
		release();
		await expect(page.locator('[data-search-results]')).toHaveAttribute('data-query', 'refund', {
			timeout: 15_000,
		});
		await expect(input).toHaveValue('refund');
		await expect
			.poll(() => resultPaths(page), { timeout: 15_000 })
			.toContain('/en/articles/cancel-or-refund/');
	});

	const queries: Record<LocaleCode, string[]> = {
		en: ['refund', 'password', 'OKPay', 'account', '支付'],
		'zh-cn': ['退款', '密码', 'OKPay', '账户', 'refund'],
	};
	for (const locale of localeCodes) {
		test(`results on /${locale}/search/ link only to /${locale}/ pages`, async ({ page }) => {
			const foreign: string[] = [];
			let total = 0;
			for (const query of queries[locale]) {
				await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
				await waitForSearchPage(page);
				const paths = await resultPaths(page);
				total += paths.length;
				foreign.push(
					...paths.filter((p) => !p.startsWith(`/${locale}/`)).map((p) => `"${query}" → ${p}`),
				);
			}
			expect(total, 'the queries find something').toBeGreaterThan(0);
			expect(foreign, foreign.join('\n')).toEqual([]);
		});
	}
});

test.describe('404 page', () => {
	test('both search boxes on an unknown URL lead to results, without script errors', async ({
		page,
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		for (const locale of localeCodes) {
			await page.goto('/no-such-page/');
			const input = page.locator(`help-search[data-locale="${locale}"] input`);
			await input.click();
			await input.fill(sampleQuery[locale]);
			await input.press('Enter');
			await page
				.waitForURL((url) => url.pathname === `/${locale}/search/`, { timeout: 10_000 })
				.catch(() => undefined);
			expect(
				new URL(page.url()).pathname,
				`Enter in the ${locale} search box on /no-such-page/ left the reader on ${page.url()}; page errors: ${errors.join(' | ')}`,
			).toBe(`/${locale}/search/`);
			await waitForSearchPage(page);
			expect(await resultPaths(page)).not.toEqual([]);
		}
		expect(errors).toEqual([]);
	});
});

test.describe('Pagefind on demand', () => {
	for (const locale of localeCodes) {
		test(`an article loads nothing from /pagefind/ until the reader uses search (${locale})`, async ({
			page,
		}) => {
			const requests = watchPagefind(page);
			await page.goto(pagesOf(locale).article, { waitUntil: 'networkidle' });
			await page.mouse.wheel(0, 600);
			await page.keyboard.press('Tab');
			await afterTwoFrames(page);
			expect(requests.map((r) => r.url())).toEqual([]);

			const input = page.locator('#search-header');
			await input.focus();
			await input.fill(sampleQuery[locale]);
			await expect(page.getByRole('listbox')).toBeVisible({ timeout: 15_000 });
			expect(requests.some((r) => r.url().endsWith('/pagefind/pagefind.js'))).toBe(true);
		});
	}
});

test.describe('warming the index on intent', () => {
	test('tabbing into the header box loads nothing from /pagefind/; tapping it loads Pagefind before a key is typed', async ({
		page,
	}) => {
		const requests = watchPagefind(page);
		await page.goto(pagesOf('en').article, { waitUntil: 'networkidle' });
		const input = page.locator('#search-header');
		await input.focus();
		// Focus loads the search controller; once it is attached, any warm-up it started has started.
		await expect(input).toHaveAttribute('role', 'combobox');
		await afterTwoFrames(page);
		expect(
			requests.map((r) => r.url()),
			'keyboard focus alone',
		).toEqual([]);
		await input.click();
		await expect
			.poll(() => requests.map((r) => new URL(r.url()).pathname))
			.toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/synonyms.en.json']));
		await expect(input).toHaveValue('');
	});

	test('the search page starts loading Pagefind as it opens, and the first query still finds the refund article', async ({
		page,
	}) => {
		const requests = watchPagefind(page);
		await page.goto('/en/search/');
		await expect
			.poll(() => requests.map((r) => new URL(r.url()).pathname))
			.toEqual(expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/wasm.en.pagefind']));
		await page.locator('#search-page').pressSequentially('refund');
		await expect(page.locator('[data-search-results] a').first()).toHaveAttribute(
			'href',
			/\/en\/articles\/cancel-or-refund\//,
		);
	});

	for (const locale of localeCodes) {
		test(`/${locale}/search/ preloads Pagefind and its WASM while parsing, and each is fetched once`, async ({
			page,
		}) => {
			const requests = watchPagefind(page);
			await page.goto(`/${locale}/search/`);
			const preloads = await page
				.locator('link[rel="preload"], link[rel="modulepreload"]')
				.evaluateAll((links) =>
					links
						.map((l) => new URL((l as HTMLLinkElement).href).pathname)
						.filter((p) => p.startsWith('/pagefind/')),
				);
			expect(preloads).toEqual(
				expect.arrayContaining([
					'/pagefind/pagefind.js',
					expect.stringMatching(/^\/pagefind\/wasm\./),
				]),
			);
			await page.locator('#search-page').fill(sampleQuery[locale]);
			await expect(page.locator('[data-search-results]')).toHaveAttribute(
				'data-query',
				sampleQuery[locale],
			);
			const fetched = requests.map((r) => new URL(r.url()).pathname);
			for (const path of preloads)
				expect(
					fetched.filter((p) => p === path),
					path,
				).toHaveLength(1);
		});
	}

	test('a pointer over the header box warms Pagefind before the reader clicks', async ({
		page,
	}) => {
		const requests = watchPagefind(page);
		await page.goto(pagesOf('en').article, { waitUntil: 'networkidle' });
		expect(requests).toEqual([]);
		await page.locator('#search-header').hover();
		await expect
			.poll(() => requests.some((r) => r.url().endsWith('/pagefind/pagefind.js')))
			.toBe(true);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const locale of localeCodes) {
		test(`/${locale}/: no search box that cannot search; the header links to the search page, which lists every topic`, async ({
			page,
		}) => {
			await page.goto(pagesOf(locale).article);
			await expect(page.locator('input[type="search"], form[role="search"]')).toHaveCount(0);
			await page.locator('a.search__fallback').first().click();
			await page.waitForURL((url) => url.pathname === `/${locale}/search/`);
			await expect(page.locator('input, form[role="search"]')).toHaveCount(0);
			await expect(page.locator('[data-search-status]')).toContainText('JavaScript');
			// Every article of the language is one click away: listed under its topic, or behind the topic's "see all" link.
			const topics = page.locator('section[aria-labelledby="categories-heading"]');
			for (const article of readArticles().filter((a) => a.locale === locale)) {
				const card = topics
					.locator('.category-card')
					.filter({ has: page.locator(`a[href="/${locale}/categories/${article.category}/"]`) });
				const listed = await card.locator(`a[href="/${locale}/articles/${article.slug}/"]`).count();
				const seeAll = await card.locator('.category-card__more a').count();
				expect(listed + seeAll, article.slug).toBeGreaterThan(0);
			}
		});
	}
});

test.describe('what a result shows', () => {
	/** Returns each result's excerpt, and whether it is text of the article it links to (its body or summary). */
	async function excerptsOf(
		page: Page,
	): Promise<{ excerpt: string; inArticle: boolean; meta: string }[]> {
		const items = await page.locator('[data-search-results] > li').evaluateAll((lis) =>
			lis.map((li) => ({
				href: li.querySelector('a')!.href,
				excerpt: li.querySelector('.result__excerpt')!.textContent ?? '',
				meta: li.querySelector('.result__category')!.textContent ?? '',
			})),
		);
		return Promise.all(
			items.map(async ({ href, excerpt, meta }) => {
				const html = await (await page.request.get(new URL(href).pathname)).text();
				const inArticle = await page.evaluate(
					([source, text]) => {
						const doc = new DOMParser().parseFromString(source, 'text/html');
						doc.querySelectorAll('[data-pagefind-ignore]').forEach((e) => e.remove());
						const squash = (s: string) => s.replace(/\s+/g, '');
						const body = squash(doc.querySelector('[data-pagefind-body]')?.textContent ?? '');
						const summary = squash(
							doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
						);
						return text
							.split('…')
							.map(squash)
							.filter(Boolean)
							.every((piece) => body.includes(piece) || summary.includes(piece));
					},
					[html, excerpt] as const,
				);
				return { excerpt, inArticle, meta };
			}),
		);
	}

	for (const [locale, query] of [
		['zh-cn', '开户'],
		['zh-cn', '注册不了'],
		['en', "can't log in"],
		['en', 'insufficient funds'],
	] as const) {
		test(`${locale} "${query}": every excerpt is the article's own text, never its hidden keywords or synonyms`, async ({
			page,
		}) => {
			await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
			await expect(page.locator('[data-search-results]')).toHaveAttribute('data-query', query);
			const results = await excerptsOf(page);
			expect(results.length).toBeGreaterThan(0);
			for (const { excerpt, inArticle } of results) {
				expect(inArticle, excerpt).toBe(true);
				expect(excerpt).not.toContain(' · ');
			}
		});
	}

	test('a Chinese result names its section with a full-width colon', async ({ page }) => {
		await page.goto(`/zh-cn/search/?q=${encodeURIComponent('激活账户')}`);
		await expect(page.locator('[data-search-results]')).toHaveAttribute('data-query', '激活账户');
		const metas = (await excerptsOf(page)).map((r) => r.meta).filter((m) => m.includes('章节'));
		expect(metas.length).toBeGreaterThan(0);
		for (const meta of metas) expect(meta).toMatch(/章节：\S/);
	});
});
