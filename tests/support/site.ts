import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { siteUrl } from '../../src/config/site';

/** The built site the browser tests serve (playwright.config.ts reads the same variable). */
export const distDir = process.env['DIST_DIR'] ?? 'dist';

/** The deployed origin, e.g. https://help.okpay.example.com, as written in the sitemap. */
export const siteOrigin = new URL(siteUrl).origin;

/** The site's locales as URL segments. */
export const localeCodes = ['zh-cn', 'en'] as const;
export type LocaleCode = (typeof localeCodes)[number];

/** Returns the local paths (`/en/contact/`) of every URL in the built sitemap. */
export function getSitemapPaths(): string[] {
	const xml = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => {
		const url = new URL(loc!.trim());
		return `${url.pathname}${url.search}`;
	});
}

/** Returns every HTML file of the built site, as paths relative to the repository. */
export function getHtmlFiles(dir = distDir): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return getHtmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** Returns the URL path a built HTML file is served at: dist/en/index.html → /en/. */
export function toPagePath(file: string): string {
	const path = `/${relative(distDir, file).split('\\').join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Paths of the representative pages of one locale, by page type. */
export function pagesOf(locale: LocaleCode) {
	return {
		home: `/${locale}/`,
		category: `/${locale}/categories/payments/`,
		article: `/${locale}/articles/payment-failed/`,
		contact: `/${locale}/contact/`,
		search: `/${locale}/search/`,
		notFound: `/${locale}/404/`,
	};
}

/** A query with several results in each locale. */
export const sampleQuery: Record<LocaleCode, string> = { 'zh-cn': '支付失败', en: 'refund' };
