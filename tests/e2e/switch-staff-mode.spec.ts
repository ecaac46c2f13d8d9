/**
 * Support staff switch staff mode on once in their browser (an article opened with `?staff=on`)
 * and get the reply tools under every article; readers, crawlers and text browsers never see them,
 * and `?staff=off` puts them away. "Copy link" is for everyone (support-links.spec.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { locales } from '../../src/config/site';
import { useTranslations } from '../../src/i18n';
import {
	childrenOf,
	getAttr,
	isElement,
	parsePage,
	walkElements,
	type HtmlNode,
} from '../../src/lib/html-tree';
import { formatViolations, runAxe } from '../support/axe';
import { readClipboard, resetClipboard, useClipboardContext } from '../support/clipboard';
import { HelpPage } from '../support/help-page';
import {
	LOCALES,
	SITE,
	articlePath,
	otherLocale,
	readArticles,
	readDist,
	type Article,
	type LocaleCode,
} from '../support/help-content';

const articles = readArticles();
const inBoth = [...new Set(articles.map((a) => a.slug))].filter((slug) =>
	LOCALES.every(({ code }) => articles.some((a) => a.locale === code && a.slug === slug)),
);
const find = (locale: string, slug: string) =>
	articles.find((a) => a.locale === locale && a.slug === slug)!;
const languageLabel = (locale: LocaleCode) => locales.find((l) => l.code === locale)!.label;

/** What only staff may see on an article page of `locale`: the reply tools' labels and the reply greeting. */
function staffOnlyTexts(locale: LocaleCode): string[] {
	const t = useTranslations(locale);
	return [
		t('article.staffTools'),
		t('article.copyReply'),
		t('article.copyReplyIn', languageLabel(otherLocale(locale).code)),
		t('article.replyIntro'),
	];
}

/**
 * Reads a built page: its text and attribute values outside `<script>` and `<template>` (what a
 * crawler or a reader without JavaScript gets), and the markup of its staff data blocks.
 */
function readBuiltPage(html: string): { readable: string; staffBlocks: string[] } {
	const { document } = parsePage(html);
	const readable: string[] = [];
	const visit = (node: HtmlNode) => {
		if (isElement(node)) {
			if (node.name === 'script' || node.name === 'template') return;
			readable.push(...Object.values(node.attribs));
		} else if ('data' in node) {
			readable.push(node.data);
		}
		for (const child of childrenOf(node)) visit(child);
	};
	visit(document);
	const staffBlocks: string[] = [];
	walkElements(document, (element) => {
		if (element.name === 'script' && getAttr(element, 'data-script-only') === 'staff') {
			staffBlocks.push(
				childrenOf(element)
					.map((child) => ('data' in child ? child.data : ''))
					.join(''),
			);
		}
	});
	return { readable: readable.join('\n'), staffBlocks };
}

/** The built HTML of an article page. */
const builtArticle = (article: Article) =>
	readDist(`${article.locale}/articles/${article.slug}/index.html`);

test.describe('the built HTML', () => {
	for (const article of articles) {
		const url = articlePath(article.locale, article.slug);
		test(`${url}: has the reply tools only in the staff data block`, () => {
			const { readable, staffBlocks } = readBuiltPage(builtArticle(article));
			for (const text of staffOnlyTexts(article.locale)) expect(readable).not.toContain(text);
			// The tools are there for staff mode to put in.
			expect(staffBlocks).toHaveLength(1);
			expect(staffBlocks[0]).toContain(useTranslations(article.locale)('article.copyReply'));
		});
	}
});

test.describe('copy tools in and out of staff mode', () => {
	const clipboardContext = useClipboardContext();
	const replyButtons = (help: HelpPage, locale: LocaleCode) => {
		const t = useTranslations(locale);
		return help.copyTools.getByRole('button', {
			name: new RegExp(`^(${t('article.copyReply')}|${t('article.copyReplyIn', '.+')})$`),
		});
	};

	/** Opens an article and waits until its copy tools are in the page (staff ones too, if any). */
	async function openArticle(page: Page, locale: LocaleCode, path: string): Promise<HelpPage> {
		const help = new HelpPage(page);
		await help.goto(path);
		await expect(
			help.copyTools.getByRole('button', {
				name: useTranslations(locale)('article.copyLink'),
				exact: true,
			}),
		).toBeVisible();
		return help;
	}

	/** Checks a copied reply: greeting, title, summary, then the article's public URL. */
	function expectReply(text: string, article: Article) {
		const t = useTranslations(article.locale);
		const parts = [
			t('article.replyIntro'),
			article.title,
			article.description,
			`${SITE}${articlePath(article.locale, article.slug)}`,
		];
		const positions = parts.map((part) => text.indexOf(part));
		for (const [i, part] of parts.entries())
			expect(positions[i], `reply contains "${part}"\n---\n${text}`).toBeGreaterThanOrEqual(0);
		expect(positions, 'greeting, title, description, then URL').toEqual(
			[...positions].sort((a, b) => a - b),
		);
	}

	for (const { code } of LOCALES) {
		const t = useTranslations(code);
		const slug = inBoth[0]!;
		const url = articlePath(code, slug);

		test(`${url}: a reader gets copy link and no reply tools`, async () => {
			const page = await clipboardContext().newPage();
			const help = await openArticle(page, code, url);
			await expect(replyButtons(help, code)).toHaveCount(0);
			const shown = await help.copyTools.innerText();
			for (const text of staffOnlyTexts(code)) expect(shown).not.toContain(text);
			await expect(
				help.copyTools.getByRole('heading', { name: t('article.share') }),
			).toBeAttached();
		});

		test(`${url}?staff=on: the reply tools copy replies in both languages; the address loses the switch`, async () => {
			const page = await clipboardContext().newPage();
			const help = await openArticle(page, code, `${url}?staff=on`);
			expect(new URL(page.url()).search, 'the switch left the address bar').toBe('');
			await expect(replyButtons(help, code)).toHaveCount(LOCALES.length);

			await resetClipboard(page);
			await help.copyTools
				.getByRole('button', { name: t('article.copyReply'), exact: true })
				.click();
			expectReply(await readClipboard(page), find(code, slug));
			await expect(help.copyStatus).toHaveText(t('article.copied'));

			const other = otherLocale(code).code;
			await resetClipboard(page);
			await help.copyTools
				.getByRole('button', { name: t('article.copyReplyIn', languageLabel(other)), exact: true })
				.click();
			expectReply(await readClipboard(page), find(other, slug));

			// Copy link is unchanged in staff mode.
			await resetClipboard(page);
			await help.copyTools
				.getByRole('button', { name: t('article.copyLink'), exact: true })
				.click();
			expect(await readClipboard(page)).toBe(`${SITE}${url}`);
		});

		test(`${url}?staff=on: no WCAG A/AA violations with the reply tools shown`, async () => {
			const page = await clipboardContext().newPage();
			const help = await openArticle(page, code, `${url}?staff=on`);
			await expect(replyButtons(help, code).first()).toBeVisible();
			const violations = await runAxe(page);
			expect(violations, formatViolations(violations)).toEqual([]);
		});
	}

	test('staff mode stays on across articles, languages and reloads until ?staff=off', async () => {
		const page = await clipboardContext().newPage();
		const [first, second] = [inBoth[0]!, articles.find((a) => a.slug !== inBoth[0])!];
		await openArticle(page, 'zh-cn', `${articlePath('zh-cn', first)}?staff=on`);

		for (const article of [find('en', first), second]) {
			const help = await openArticle(
				page,
				article.locale,
				articlePath(article.locale, article.slug),
			);
			await expect(
				replyButtons(help, article.locale).first(),
				`reply tools on ${page.url()}`,
			).toBeVisible();
		}
		await page.reload();
		await expect(replyButtons(new HelpPage(page), second.locale).first()).toBeVisible();

		const off = await openArticle(page, 'en', `${articlePath('en', first)}?staff=off`);
		expect(new URL(page.url()).search).toBe('');
		await expect(replyButtons(off, 'en')).toHaveCount(0);
		const after = await openArticle(page, second.locale, articlePath(second.locale, second.slug));
		await expect(replyButtons(after, second.locale)).toHaveCount(0);
	});

	test('another browser is not in staff mode', async ({ browser }) => {
		const page = await clipboardContext().newPage();
		await openArticle(page, 'en', `${articlePath('en', inBoth[0]!)}?staff=on`);
		const otherBrowser = await browser.newContext();
		const help = await openArticle(
			await otherBrowser.newPage(),
			'en',
			articlePath('en', inBoth[0]!),
		);
		await expect(replyButtons(help, 'en')).toHaveCount(0);
		await otherBrowser.close();
	});
});
