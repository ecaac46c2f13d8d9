/**
 * Screenshots in articles (the registration article has two, in each language): optimised
 * (AVIF/WebP in several widths), sized so nothing shifts while they load, loaded lazily, readable
 * on a phone (at most 360 CSS px wide, centred), each a link to its full size that works without
 * JavaScript, alt text in the page's language, and axe clean.
 */
import { chromium, expect, test, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/support/browser';
import { useTranslations } from '../../src/i18n';
import { formatViolations, runAxe } from '../support/axe';
import { newPage } from '../support/help-page';
import type { LocaleCode } from '../support/site';

const locales = ['zh-cn', 'en'] as const;
const pathOf = (locale: LocaleCode) => `/${locale}/articles/register-account/`;
/** Blink's settings for how far below the fold lazy images are fetched early, per connection type. */
const LAZY_MARGINS = ['Unknown', 'Offline', 'Slow2G', '2G', '3G', '4G'].map(
	(type) => `lazyLoadingImageMarginPx${type}`,
);
const PHONE = {
	viewport: { width: 360, height: 740 },
	deviceScaleFactor: 2,
	isMobile: true,
	hasTouch: true,
};

const screenshots = (page: Page) => page.locator('article .prose a.screenshot');

interface ImageFacts {
	readonly alt: string;
	readonly width: string | null;
	readonly height: string | null;
	readonly loading: string | null;
	readonly decoding: string | null;
	readonly srcset: string[];
	readonly sources: Array<{ type: string; srcset: string[] }>;
	readonly href: string;
	readonly label: string | null;
}

const readImages = (page: Page): Promise<ImageFacts[]> =>
	screenshots(page).evaluateAll((links) =>
		links.map((link) => {
			const img = link.querySelector('img')!;
			const widths = (srcset: string) =>
				srcset.split(',').map((c) => c.trim().split(/\s+/)[1] ?? '');
			return {
				alt: img.alt,
				width: img.getAttribute('width'),
				height: img.getAttribute('height'),
				loading: img.getAttribute('loading'),
				decoding: img.getAttribute('decoding'),
				srcset: widths(img.getAttribute('srcset') ?? ''),
				sources: [...link.querySelectorAll('source')].map((s) => ({
					type: s.type,
					srcset: widths(s.srcset),
				})),
				href: (link as HTMLAnchorElement).getAttribute('href') ?? '',
				label: link.getAttribute('aria-label'),
			};
		}),
	);

for (const locale of locales) {
	const t = useTranslations(locale);

	test(`${locale}: two screenshots, optimised, sized and lazy, with alt text in the page's language`, async ({
		page,
	}) => {
		await page.goto(pathOf(locale));
		const images = await readImages(page);
		expect(images).toHaveLength(2);
		for (const image of images) {
			expect(image.alt.length).toBeGreaterThan(10);
			expect(/\p{Script=Han}/u.test(image.alt)).toBe(locale === 'zh-cn');
			expect(image.label).toBe(t('image.openFull', image.alt));
			// The file is 720 × 1280: the box is reserved before a byte of it arrives.
			expect([image.width, image.height]).toEqual(['720', '1280']);
			expect(image.loading).toBe('lazy');
			expect(image.decoding).toBe('async');
			expect(image.srcset).toEqual(['360w', '720w']);
			expect(image.sources).toEqual([{ type: 'image/avif', srcset: ['360w', '720w'] }]);
			expect(image.href).toMatch(/^\/_astro\/[\w.-]+\.webp$/);
		}
	});

	test(`${locale}: on a phone, nothing shifts while a screenshot loads, and one below the fold waits until scrolled to`, async ({
		baseURL,
	}) => {
		// Chromium fetches lazy images up to 1,250 px below the fold ahead of time; this browser has no
		// such margin, so "below the fold" is exact. Otherwise it is the browser the other tests use.
		const executablePath = findChromium();
		const browser = await chromium.launch({
			args: [
				...CHROMIUM_ARGS,
				`--blink-settings=${LAZY_MARGINS.map((name) => `${name}=0`).join(',')}`,
			],
			...(executablePath ? { executablePath } : {}),
		});
		try {
			const page = await browser.newPage({ ...PHONE, ...(baseURL ? { baseURL } : {}) });
			const requested: string[] = [];
			page.on('request', (request) => {
				if (request.resourceType() === 'image') requested.push(new URL(request.url()).pathname);
			});
			await page.goto(pathOf(locale), { waitUntil: 'load' });
			const second = screenshots(page).nth(1);
			await expect(second).not.toBeInViewport();
			expect(requested.filter((path) => path.includes('register-form'))).toEqual([]);
			// The reserved box already has the picture's proportions and the width of the list's column.
			const box = (await second.locator('img').boundingBox())!;
			const column = (await second.locator('xpath=ancestor::li[1]').boundingBox())!;
			expect(box.width).toBeLessThanOrEqual(360);
			expect(box.width).toBeGreaterThan(column.width * 0.8);
			const inner = await second
				.locator('img')
				.evaluate((img) => ({ width: img.clientWidth, height: img.clientHeight }));
			expect(Math.abs(inner.height - (inner.width * 1280) / 720)).toBeLessThanOrEqual(1);
			await second.scrollIntoViewIfNeeded();
			const loaded = () =>
				second
					.locator('img')
					.evaluate((img: HTMLImageElement) =>
						img.complete && img.naturalWidth > 0 ? new URL(img.currentSrc).pathname : '',
					);
			await expect.poll(loaded).not.toBe('');
			// A 2× phone screen takes the 720 px AVIF, and only that.
			const avif720 = await second
				.locator('source[type="image/avif"]')
				.evaluate((s: HTMLSourceElement) => s.srcset.split(',').at(-1)!.trim().split(/\s+/)[0]);
			expect(await loaded()).toBe(avif720);
			expect(requested.filter((path) => path.includes('register-form'))).toEqual([avif720]);
			expect((await second.locator('img').boundingBox())!.height).toBeCloseTo(box.height, 0);
		} finally {
			await browser.close();
		}
	});
}

test('on a wide screen a screenshot stays phone-sized and centred in the column', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(pathOf('en'));
	const link = screenshots(page).first();
	await link.scrollIntoViewIfNeeded();
	const image = (await link.locator('img').boundingBox())!;
	expect(image.width).toBeCloseTo(360, 0);
	const column = (await link.locator('xpath=..').boundingBox())!;
	const left = image.x - column.x;
	const right = column.x + column.width - (image.x + image.width);
	expect(Math.abs(left - right)).toBeLessThanOrEqual(1);
});

test('the full-size link opens the largest version, also without JavaScript', async ({
	browser,
}) => {
	const page = await newPage(browser, { javaScriptEnabled: false });
	await page.goto(pathOf('zh-cn'));
	const link = screenshots(page).first();
	const href = (await link.getAttribute('href'))!;
	const largest = await link
		.locator('img')
		.evaluate((img: HTMLImageElement) => img.srcset.split(',').at(-1)!.trim().split(/\s+/)[0]);
	expect(href).toBe(largest);
	await Promise.all([page.waitForURL(`**${href}`), link.click()]);
	const size = await page.evaluate(() => {
		const img = document.querySelector('img')!;
		return { type: document.contentType, width: img.naturalWidth, height: img.naturalHeight };
	});
	expect(size).toEqual({ type: 'image/webp', width: 720, height: 1280 });
	await page.context().close();
});

for (const locale of locales) {
	test(`${locale}: axe finds nothing on the article with screenshots, light and dark`, async ({
		browser,
	}) => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const page = await newPage(browser, { colorScheme });
			await page.goto(pathOf(locale));
			await page.evaluate(() =>
				Promise.all(
					[...document.images].map(
						(img) => ((img.loading = 'eager'), img.decode().catch(() => undefined)),
					),
				),
			);
			const violations = await runAxe(page);
			expect(violations, formatViolations(violations)).toEqual([]);
			await page.context().close();
		}
	});
}
