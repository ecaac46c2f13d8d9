/**
 * Without JavaScript: every page type, in both languages, shows no control that only works with
 * JavaScript (feedback vote, copy buttons, theme toggle, contact checker) — neither in the page a
 * browser with scripts off builds, nor in what a text browser prints. Text browsers (w3m, lynx)
 * ignore `hidden` and CSS and even print the content of a `<template>`, so such controls must not
 * be markup at all until their script puts them in the page.
 *
 * Search (the header box, the search page) is left out: it is judged by the search specs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { useTranslations } from '../../src/i18n';
import { htmlValidateConfig } from '../../src/lib/html-validation';
import { resolveStaticRequest } from '../../scripts/support/static-server';
import { distDir, localeCodes, pagesOf, type LocaleCode } from '../support/site';

/** Search's own parts (boxes, the search page's status and results), judged by the search specs. */
const SEARCH = 'help-search, [data-search-status], [data-search-results], [data-search-empty]';

const pages: readonly string[] = [
	'/',
	'/a/payment-failed/',
	'/404.html',
	...localeCodes.flatMap((locale) => {
		const { home, category, article, contact, search, notFound } = pagesOf(locale);
		return [home, category, article, contact, search, notFound, `/${locale}/status/translations/`];
	}),
];

/** Labels of the controls that only work with JavaScript, in every language. */
const scriptOnlyLabels = localeCodes.flatMap((locale: LocaleCode) => {
	const t = useTranslations(locale);
	const other = localeCodes.find((code) => code !== locale)!;
	const otherLabel = other === 'en' ? 'English' : '简体中文';
	return [
		t('feedback.question'),
		t('feedback.moreHelp'),
		t('article.share'),
		t('article.staffTools'),
		t('article.copyLink'),
		t('article.copyReply'),
		t('article.copyReplyIn', otherLabel),
		t('theme.toggle'),
		t('contact.checkerLabel'),
		t('contact.checkerHelp'),
	];
});

/**
 * Returns what a reader without JavaScript could operate or read that needs a script: form
 * controls outside search, and any text or control inside an element marked `hidden` (a text
 * browser shows it anyway). Content of `<template>` is not in the DOM, so it never counts.
 */
function scriptOnlyParts(page: Page): Promise<string[]> {
	return page.evaluate((search) => {
		// What a text browser prints of an element: its text, without script and style bodies.
		const printed = (el: Element) => {
			const copy = el.cloneNode(true) as Element;
			for (const hiddenBody of copy.querySelectorAll('script, style')) hiddenBody.remove();
			return (copy.textContent ?? '').trim();
		};
		const describe = (el: Element) =>
			`<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> ${printed(el).slice(0, 40) || el.getAttribute('aria-label') || ''}`.trim();
		const outsideSearch = (el: Element) => !el.closest(search);
		const controls = [
			...document.querySelectorAll(
				'button, input, select, textarea, form, [role="button"], [data-copy]',
			),
		]
			.filter(outsideSearch)
			.map((el) => `control ${describe(el)}`);
		const hidden = [...document.querySelectorAll('body [hidden]')]
			.filter(outsideSearch)
			.filter((el) => printed(el) !== '' || el.querySelector('button, input, select, textarea'))
			.map((el) => `hidden but printed by text browsers: ${describe(el)}`);
		return [...controls, ...hidden];
	}, SEARCH);
}

test.describe('a browser with JavaScript turned off', () => {
	test.use({ javaScriptEnabled: false });
	for (const path of pages) {
		test(`${path}: shows no control that needs JavaScript`, async ({ page }) => {
			await page.goto(path);
			await expect(page.locator('main')).toBeVisible();
			expect(await scriptOnlyParts(page)).toEqual([]);
		});
	}

	for (const locale of localeCodes) {
		const t = useTranslations(locale);
		test(`${pagesOf(locale).contact}: explains how to check a contact without the checker`, async ({
			page,
		}) => {
			await page.goto(pagesOf(locale).contact);
			const section = page.locator('section[aria-labelledby="checker-heading"]');
			await expect(section.getByRole('heading', { name: t('contact.checkerTitle') })).toBeVisible();
			await expect(section).toContainText(t('contact.checkerNoScript'));
		});
	}
});

test.describe('with JavaScript, the same pages get their controls', () => {
	for (const locale of localeCodes) {
		const t = useTranslations(locale);
		const { article, contact, home } = pagesOf(locale);

		test(`${article}: feedback, copy link and theme toggle`, async ({ page }) => {
			await page.goto(article);
			await expect(page.getByRole('group', { name: t('feedback.question') })).toBeVisible();
			await expect(
				page
					.locator('help-copy-tools')
					.getByRole('button', { name: t('article.copyLink'), exact: true }),
			).toBeVisible();
			// The reply tools wait for staff mode (switch-staff-mode.spec.ts).
			await expect(
				page
					.locator('help-copy-tools')
					.getByRole('button', { name: t('article.copyReply'), exact: true }),
			).toHaveCount(0);
			await expect(page.getByRole('button', { name: t('theme.toggle') })).toBeVisible();
			// The heading anchors keep their plain links and gain a copy button.
			await expect(
				page.locator('article .heading-anchor + button.heading-copy').first(),
			).toHaveCount(1);
		});

		test(`${contact}: the checker form, and no "needs JavaScript" note`, async ({ page }) => {
			await page.goto(contact);
			await expect(page.getByLabel(t('contact.checkerLabel'))).toBeVisible();
			await expect(page.getByText(t('contact.checkerNoScript'))).toBeHidden();
		});

		test(`${home}: the theme toggle`, async ({ page }) => {
			await page.goto(home);
			await expect(page.getByRole('button', { name: t('theme.toggle') })).toBeVisible();
		});
	}
});

/** Returns the built file a path is served from. */
function builtFile(path: string): string {
	const answer = resolveStaticRequest(resolve(distDir), path);
	if (answer.kind !== 'file') throw new Error(`${path} is not a built page`);
	return answer.file;
}

test.describe('script-only markup', () => {
	const validator = new HtmlValidate(htmlValidateConfig);
	// The build validates every page as served; this validates it as it reads once scripts ran
	// (for every audience, staff mode included).
	for (const path of pages) {
		test(`${path}: the page with its controls put in is valid HTML`, async () => {
			const html = readFileSync(builtFile(path), 'utf8');
			const stamped = html.replace(
				/<script type="text\/html" data-script-only="[a-z]+">([\s\S]*?)<\/script>/g,
				'$1',
			);
			const report = await validator.validateString(stamped, path);
			const messages = report.results.flatMap((r) =>
				r.messages.map((m) => `${m.line}: ${m.message} (${m.ruleId})`),
			);
			expect(messages).toEqual([]);
		});
	}
});

/** Returns whether a program runs on this machine. */
const installed = (program: string) => !spawnSync(program, ['-version'], { stdio: 'ignore' }).error;

/** Text browsers and how to make each print a page as plain UTF-8 text. */
const textBrowsers = [
	{
		name: 'w3m',
		dump: (file: string) => [
			'-dump',
			'-T',
			'text/html',
			'-I',
			'UTF-8',
			'-O',
			'UTF-8',
			'-cols',
			'200',
			file,
		],
	},
	{
		name: 'lynx',
		dump: (file: string) => [
			'-dump',
			'-nolist',
			'-force_html',
			'-assume_charset=utf-8',
			'-display_charset=utf-8',
			'-width=200',
			file,
		],
	},
] as const;

for (const browser of textBrowsers) {
	test.describe(`${browser.name} -dump`, () => {
		test.skip(!installed(browser.name), `${browser.name} is not installed (.ci/run installs it)`);
		for (const path of pages) {
			test(`${path}: prints no control that needs JavaScript`, () => {
				const run = spawnSync(browser.name, browser.dump(builtFile(path)), {
					encoding: 'utf8',
					maxBuffer: 16 * 1024 * 1024,
				});
				expect(run.status, run.stderr).toBe(0);
				const text = run.stdout;
				expect(text.length, 'the page printed something').toBeGreaterThan(100);
				expect(scriptOnlyLabels.filter((label) => text.includes(label))).toEqual([]);
				// lynx marks every button it prints; the search box's own submit button is search's concern.
				const submitLabels = localeCodes.map((locale) => useTranslations(locale)('search.submit'));
				const buttons = [...text.matchAll(/\(BUTTON\)[ \t]*([^\n]*)/g)]
					.map((m) => m[1]!.trim())
					.filter((label) => !submitLabels.some((submit) => label.startsWith(submit)));
				expect(buttons, 'buttons printed').toEqual([]);
			});
		}
	});
}
