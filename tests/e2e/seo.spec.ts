/**
 * A search engine or link preview reads the site: titles, descriptions, canonical and hreflang
 * links, OpenGraph cards, JSON-LD, the sitemap and robots.txt. Every built page is read once,
 * without JavaScript (as a crawler would), then checked per page type and language.
 */
import { expect, test } from '@playwright/test';
import { articleCardLimit } from '../../src/config/site';
import { useTranslations } from '../../src/i18n';
import { scanPage } from '../../src/lib/html-scan';
import { getArticleCardPath, getCardScope, getCategoryCardPath } from '../../src/lib/og/card-plan';
import { HelpPage, ofType, parseJsonLd, type HeadData } from '../support/help-page';
import {
	LOCALES,
	SITE,
	articlePath,
	categoryPath,
	contactPath,
	distHas,
	homePath,
	readArticles,
	readBuiltPages,
	readCategories,
	readChannels,
	readDist,
	readPngSize,
	readSitemapPaths,
	searchPath,
	shortPath,
	toLocalPath,
} from '../support/help-content';

interface PageData extends HeadData {
	readonly path: string;
	readonly h1: string;
	/** Titles of the home page's visible popular list, in order (home pages only). */
	readonly popular: readonly string[];
}

const articles = readArticles();
const categories = readCategories();
const channels = readChannels();
// Redirect stubs are not pages: a browser follows their meta refresh at once, so reading them
// there would read their target. support-links.spec.ts checks where they land.
const isRedirectFile = (path: string) =>
	scanPage(readDist(path.endsWith('/') ? `${path}index.html` : path)).refreshTo !== undefined;
const builtPages = readBuiltPages().filter((path) => !isRedirectFile(path));
const slugs = [...new Set(articles.map((a) => a.slug))];
// Set ARTICLE_CARD_LIMIT as for the build under test: above it, articles show their category's card.
const cardScope = getCardScope(articles, articleCardLimit);
const pages = new Map<string, PageData>();

const localeOfPath = (path: string) => LOCALES.find((l) => path.startsWith(`/${l.code}/`));
const isRedirect = (p: PageData) => p.refresh !== null;
const isNoindex = (p: PageData) => /\bnoindex\b/i.test(p.robots ?? '');
const page = (path: string): PageData => {
	const data = pages.get(path);
	if (!data) throw new Error(`${path} was not built (no ${path}index.html in the output)`);
	return data;
};

test.beforeAll(async ({ browser }) => {
	test.setTimeout(120_000);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const tab = await context.newPage();
	const help = new HelpPage(tab);
	for (const path of builtPages) {
		await help.goto(path);
		const locale = localeOfPath(path);
		const popular =
			locale && path === homePath(locale.code)
				? await tab
						.getByRole('region', { name: useTranslations(locale.code)('home.popular') })
						.locator('a')
						.allTextContents()
				: [];
		const h1 =
			(await tab
				.locator('h1')
				.first()
				.textContent({ timeout: 1000 })
				.catch(() => null)) ?? '';
		pages.set(path, {
			...(await help.readHead()),
			path,
			h1: h1.trim(),
			popular: popular.map((t) => t.trim()),
		});
	}
	await context.close();
});

test('every page type is built in both languages', () => {
	for (const { code } of LOCALES) {
		for (const path of [homePath(code), contactPath(code), searchPath(code), `/${code}/404/`])
			expect(builtPages).toContain(path);
		for (const c of categories) expect(builtPages).toContain(categoryPath(code, c.id));
		for (const a of articles.filter((x) => x.locale === code))
			expect(builtPages).toContain(articlePath(code, a.slug));
	}
	for (const slug of slugs) expect(builtPages).toContain(shortPath(slug));
	expect(builtPages).toContain('/');
	expect(builtPages).toContain('/404.html');
});

/** Lists titles shared by more than one of these pages. */
function duplicateTitles(list: readonly PageData[]): string[] {
	const byTitle = new Map<string, string[]>();
	for (const p of list) byTitle.set(p.title, [...(byTitle.get(p.title) ?? []), p.path]);
	return [...byTitle]
		.filter(([, paths]) => paths.length > 1)
		.map(([title, paths]) => `"${title}": ${paths.join(', ')}`);
}

test('every indexable page has its own <title>', () => {
	const indexable = [...pages.values()].filter((p) => !isRedirect(p) && !isNoindex(p));
	for (const p of indexable) expect(p.title.trim(), p.path).not.toBe('');
	const duplicates = duplicateTitles(indexable);
	expect(duplicates, duplicates.join('\n')).toEqual([]);
});

test('every page, noindex ones included, has its own <title>', () => {
	// Redirect stubs are not pages; /404.html is the host's copy of the not-found page for any URL.
	const titled = [...pages.values()].filter((p) => !isRedirect(p) && p.path !== '/404.html');
	for (const p of titled) expect(p.title.trim(), p.path).not.toBe('');
	const duplicates = duplicateTitles(titled);
	expect(duplicates, duplicates.join('\n')).toEqual([]);
});

for (const path of builtPages) {
	test(`head of ${path}: description, canonical, hreflang, OpenGraph, twitter, JSON-LD`, () => {
		const p = page(path);
		test.skip(isRedirect(p), 'a redirect stub');
		const locale = localeOfPath(path);
		if (locale) expect(p.lang, '<html lang>').toBe(locale.lang);

		expect(p.description, 'meta description').not.toBeNull();
		expect(p.description!.length, `description "${p.description}"`).toBeGreaterThanOrEqual(20);
		expect(p.description!.length, `description "${p.description}"`).toBeLessThanOrEqual(200);

		expect(p.canonical, 'canonical').toBe(`${SITE}${path}`);

		const og = p.meta;
		expect(og['og:title']?.trim(), 'og:title').toBeTruthy();
		expect(og['og:description']?.trim(), 'og:description').toBeTruthy();
		expect(og['og:url'], 'og:url').toBe(p.canonical);
		expect(og['og:image'], 'og:image').toMatch(/^https:\/\//);
		const image = toLocalPath(og['og:image']!);
		expect(distHas(image), `${image} is in the build`).toBe(true);
		expect(readPngSize(image), `${image} is a 1200×630 PNG`).toEqual({ width: 1200, height: 630 });
		expect(og['og:locale'], 'og:locale').toMatch(/^[a-z]{2,3}(_[A-Z]{2})?$/);
		expect(og['og:locale']!.split('_')[0], 'og:locale language = page language').toBe(
			p.lang.split('-')[0]!.toLowerCase(),
		);
		expect(['summary', 'summary_large_image'], 'twitter:card').toContain(og['twitter:card']);

		expect(() => parseJsonLd(p.jsonLd)).not.toThrow();

		if (!isNoindex(p) && locale) {
			const rest = path.slice(`/${locale.code}/`.length);
			const expected = LOCALES.flatMap(({ code, lang }) => {
				const other = pages.get(`/${code}/${rest}`);
				return other && !isNoindex(other) && !isRedirect(other)
					? [{ hreflang: lang, href: `${SITE}/${code}/${rest}` }]
					: [];
			});
			const listed = p.alternates.filter((a) => a.hreflang !== 'x-default');
			expect(new Set(listed.map((a) => `${a.hreflang} ${a.href}`)), 'hreflang alternates').toEqual(
				new Set(expected.map((a) => `${a.hreflang} ${a.href}`)),
			);
			expect(listed.length, 'no hreflang listed twice').toBe(expected.length);
			const xDefault = p.alternates.filter((a) => a.hreflang === 'x-default');
			expect(xDefault, 'one x-default').toHaveLength(1);
			expect([...expected.map((a) => a.href), `${SITE}/`]).toContain(xDefault[0]!.href);
		}
	});
}

test('hreflang links are reciprocal: if A lists B, B lists A', () => {
	const missing: string[] = [];
	for (const a of pages.values()) {
		for (const alt of a.alternates.filter((x) => x.hreflang !== 'x-default')) {
			const target = toLocalPath(alt.href);
			if (target === a.path) continue;
			const b = pages.get(target);
			if (!b) {
				missing.push(`${a.path} lists ${target}, which is not built`);
				continue;
			}
			if (!b.alternates.some((x) => x.hreflang === a.lang && x.href === `${SITE}${a.path}`)) {
				missing.push(
					`${a.path} lists ${target} (${alt.hreflang}), but ${target} does not list ${a.path} (${a.lang})`,
				);
			}
		}
	}
	expect(missing, missing.join('\n')).toEqual([]);
});

test.describe('structured data per page type', () => {
	for (const article of articles) {
		const path = articlePath(article.locale, article.slug);
		test(`article ${path}: Article + BreadcrumbList, social card`, () => {
			const p = page(path);
			const data = parseJsonLd(p.jsonLd);
			const [articleLd, ...more] = ofType(data, 'Article');
			expect(more, 'one Article').toHaveLength(0);
			expect(articleLd, 'Article JSON-LD').toBeDefined();
			expect(p.h1).toBe(article.title);
			expect(articleLd!['headline'], 'headline = h1').toBe(p.h1);
			expect(articleLd!['datePublished'], 'datePublished').toBe(article.updated);
			expect(articleLd!['author'], 'the organisation is the author').toMatchObject({
				'@type': 'Organization',
				url: `${SITE}${homePath(article.locale)}`,
			});
			expectBreadcrumbs(data, path, [
				homePath(article.locale),
				categoryPath(article.locale, article.category),
				path,
			]);

			const card = getArticleCardPath(article.locale, article, cardScope);
			expect(p.meta['og:image']).toBe(`${SITE}${card}`);
			expect(p.meta['twitter:image']).toBe(`${SITE}${card}`);
			const shown =
				cardScope === 'article'
					? article.title
					: categories.find((c) => c.id === article.category)!.title[article.locale];
			expect(p.meta['og:image:alt'], 'og:image:alt says what the card shows').toBe(shown);
			expect(readPngSize(card), `${card} is a 1200×630 PNG`).toEqual({ width: 1200, height: 630 });
		});
	}

	for (const { code } of LOCALES) {
		for (const category of categories) {
			const path = categoryPath(code, category.id);
			test(`category ${path}: BreadcrumbList, category card`, () => {
				expectBreadcrumbs(parseJsonLd(page(path).jsonLd), path, [homePath(code), path]);
				const card = getCategoryCardPath(code, category.id);
				expect(page(path).meta['og:image']).toBe(`${SITE}${card}`);
				expect(readPngSize(card), `${card} is a 1200×630 PNG`).toEqual({
					width: 1200,
					height: 630,
				});
			});
		}

		test(`home ${homePath(code)}: FAQPage questions are the visible popular articles`, () => {
			const p = page(homePath(code));
			const [faq, ...more] = ofType(parseJsonLd(p.jsonLd), 'FAQPage');
			expect(more, 'one FAQPage').toHaveLength(0);
			expect(faq, 'FAQPage JSON-LD').toBeDefined();
			expect(p.popular.length, 'popular list on the page').toBeGreaterThan(0);
			const questions = (faq!['mainEntity'] as Array<Record<string, unknown>>).map(
				(q) => q['name'],
			);
			expect(questions).toEqual(p.popular);
			for (const q of faq!['mainEntity'] as Array<Record<string, unknown>>) {
				expect(q['@type']).toBe('Question');
				expect(
					String((q['acceptedAnswer'] as Record<string, unknown>)?.['text'] ?? '').length,
				).toBeGreaterThan(0);
			}
		});

		test(`contact ${contactPath(code)}: Organization with one contactPoint per channel`, () => {
			const [org, ...more] = ofType(parseJsonLd(page(contactPath(code)).jsonLd), 'Organization');
			expect(more, 'one Organization').toHaveLength(0);
			expect(org, 'Organization JSON-LD').toBeDefined();
			expect(org!['url'], 'the home page, not the contact page').toBe(`${SITE}${homePath(code)}`);
			const logo = String(org!['logo'] ?? '');
			expect(
				logo.startsWith(`${SITE}/`) && distHas(toLocalPath(logo)),
				`logo ${logo} is self-hosted`,
			).toBe(true);
			const points = ([] as Array<Record<string, unknown>>).concat(
				(org!['contactPoint'] as never) ?? [],
			);
			expect(points, 'one contactPoint per channel in content/channels.yaml').toHaveLength(
				channels.length,
			);
			const digits = (s: unknown) => String(s ?? '').replace(/\D/g, '');
			for (const channel of channels) {
				const matches = points.filter((point) =>
					channel.phone
						? digits(point['telephone']) === digits(channel.phone)
						: channel.email
							? point['email'] === channel.email
							: point['url'] === channel.url,
				);
				expect(matches, `contactPoint for channel "${channel.id}"`).toHaveLength(1);
				expect(matches[0]!['name'], 'contactPoint named in the page language').toBe(
					channel.name[code],
				);
			}
		});
	}
});

/** Asserts a BreadcrumbList with positions 1..n whose items are these paths on the site. */
function expectBreadcrumbs(
	data: Array<Record<string, unknown>>,
	path: string,
	trail: string[],
): void {
	const [list, ...more] = ofType(data, 'BreadcrumbList');
	expect(more, 'one BreadcrumbList').toHaveLength(0);
	expect(list, 'BreadcrumbList JSON-LD').toBeDefined();
	const items = list!['itemListElement'] as Array<Record<string, unknown>>;
	expect(
		items.map((i) => i['position']),
		'positions 1..n',
	).toEqual(items.map((_, i) => i + 1));
	const urls = items.map((i) =>
		typeof i['item'] === 'string' ? i['item'] : (i['item'] as Record<string, unknown>)?.['@id'],
	);
	expect(urls.at(-1), 'last item is the page itself').toBe(`${SITE}${path}`);
	expect(urls).toEqual(trail.map((p) => `${SITE}${p}`));
	for (const item of items)
		expect(String(item['name'] ?? '').trim(), 'every crumb has a name').not.toBe('');
}

test('the sitemap lists exactly the indexable pages', () => {
	const listed = readSitemapPaths();
	expect(new Set(listed).size, 'no URL listed twice').toBe(listed.length);
	const indexable = [...pages.values()]
		.filter((p) => !isNoindex(p) && !isRedirect(p) && p.path !== '/' && p.path !== '/404.html')
		.map((p) => p.path);
	expect([...listed].sort()).toEqual(indexable.sort());
	const noindexListed = listed.filter((path) => pages.has(path) && isNoindex(page(path)));
	expect(noindexListed, 'no noindex page in the sitemap').toEqual([]);
});

test('robots.txt points at the sitemap', () => {
	const robots = readDist('robots.txt');
	const sitemaps = [...robots.matchAll(/^\s*sitemap:\s*(\S+)\s*$/gim)].map((m) => m[1]!);
	expect(sitemaps.length, 'a Sitemap: line').toBeGreaterThan(0);
	for (const url of sitemaps) {
		const local = toLocalPath(url);
		expect(distHas(local), `${local} is in the build`).toBe(true);
		const xml = readDist(local);
		if (xml.includes('<sitemapindex')) expect(xml).toContain(`${SITE}/sitemap-0.xml`);
		else expect(xml).toContain('<urlset');
	}
	expect(robots, 'robots.txt does not block the whole site').not.toMatch(
		/^\s*disallow:\s*\/\s*$/im,
	);
});

test('the chooser, short links and 404 pages are noindex and stay out of the sitemap', () => {
	const listed = new Set(readSitemapPaths());
	const expected = [
		'/',
		...slugs.map(shortPath),
		...LOCALES.map(({ code }) => `/${code}/404/`),
		'/404.html',
	];
	for (const path of expected) {
		expect(page(path).robots, `${path} robots`).toMatch(/\bnoindex\b/);
		expect(listed.has(path), `${path} is not in the sitemap`).toBe(false);
	}
});

test('robots.txt lets crawlers fetch every noindex page, so they read its noindex and og: tags', () => {
	const rules = [...readDist('robots.txt').matchAll(/^\s*disallow:\s*(\S+)/gim)].map((m) => m[1]!);
	// Google's matching: a prefix, where * stands for any characters and a final $ ends the path.
	const blocks = (rule: string, path: string) =>
		new RegExp(`^${rule.replace(/[.+?^{}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}`).test(path);
	const blocked = [...pages.values()]
		.filter((p) => isNoindex(p) && rules.some((rule) => blocks(rule, p.path)))
		.map((p) => p.path);
	expect(blocked).toEqual([]);
	expect([...pages.values()].filter(isNoindex).map((p) => p.path)).toContain(shortPath(slugs[0]!));
});

test('a missing translation would not be offered as an alternate (content check)', () => {
	// Every article's hreflang set matches the languages it exists in according to content/.
	for (const article of articles) {
		const p = page(articlePath(article.locale, article.slug));
		const languages = LOCALES.filter(({ code }) =>
			articles.some((a) => a.locale === code && a.slug === article.slug),
		);
		const listed = p.alternates.filter((a) => a.hreflang !== 'x-default').map((a) => a.hreflang);
		expect(new Set(listed), p.path).toEqual(new Set(languages.map((l) => l.lang)));
	}
});
