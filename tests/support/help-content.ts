/**
 * Facts the browser tests check the site against, read straight from `content/` and the built
 * output: what the pages must show, not what the site's own code computes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** The built site the tests serve (playwright.config.ts serves the same folder). */
export const DIST = process.env['DIST_DIR'] ?? 'dist';

/** The published origin every canonical, hreflang and og:url must use. */
export const SITE = 'https://help.okpay.example.com';

/** Locales as the spec names them: URL segment, `<html lang>`, og:locale. */
export const LOCALES = [
	{ code: 'zh-cn', lang: 'zh-CN', ogLocale: 'zh_CN' },
	{ code: 'en', lang: 'en', ogLocale: 'en' },
] as const;

export type LocaleCode = (typeof LOCALES)[number]['code'];

/** The other locale of a two-language site. */
export function otherLocale(locale: LocaleCode): (typeof LOCALES)[number] {
	return LOCALES.find((l) => l.code !== locale)!;
}

/** Returns the `<html lang>` tag of a locale. */
export function langOf(locale: LocaleCode): string {
	return LOCALES.find((l) => l.code === locale)!.lang;
}

export interface Article {
	readonly locale: LocaleCode;
	readonly slug: string;
	readonly title: string;
	readonly description: string;
	readonly category: string;
	/** YYYY-MM-DD */
	readonly updated: string;
	readonly related: readonly string[];
	readonly pinned: boolean;
	readonly formerSlugs: readonly string[];
	/** MDX body without frontmatter. */
	readonly body: string;
}

function isoDate(value: unknown): string {
	return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/** Published (non-draft) articles in every locale, from content/articles/<locale>/<slug>.mdx. */
export function readArticles(): Article[] {
	return LOCALES.flatMap(({ code }) => {
		const dir = join('content/articles', code);
		if (!existsSync(dir)) return [];
		return readdirSync(dir)
			.filter((file) => file.endsWith('.mdx'))
			.sort()
			.flatMap((file): Article[] => {
				const source = readFileSync(join(dir, file), 'utf8');
				const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
				if (!match) throw new Error(`${dir}/${file}: no frontmatter`);
				const data = parseYaml(match[1]!) as Record<string, unknown>;
				if (data['draft'] === true) return [];
				return [
					{
						locale: code,
						slug: file.replace(/\.mdx$/, ''),
						title: String(data['title']).trim(),
						description: String(data['description']).trim(),
						category: String(data['category']),
						updated: isoDate(data['updated']),
						related: (data['related'] as string[] | undefined) ?? [],
						pinned: data['pinned'] === true,
						formerSlugs: (data['formerSlugs'] as string[] | undefined) ?? [],
						body: match[2]!,
					},
				];
			});
	});
}

export interface Category {
	readonly id: string;
	readonly title: Record<LocaleCode, string>;
	readonly description: Record<LocaleCode, string>;
}

/** Entries of content/categories.yaml. */
export function readCategories(): Category[] {
	return parseYaml(readFileSync('content/categories.yaml', 'utf8')) as Category[];
}

export interface Channel {
	readonly id: string;
	readonly kind: 'phone' | 'chat' | 'email' | 'social';
	readonly name: Record<LocaleCode, string>;
	readonly phone?: string;
	readonly email?: string;
	readonly url?: string;
}

/** Entries of content/channels.yaml. */
export function readChannels(): Channel[] {
	return parseYaml(readFileSync('content/channels.yaml', 'utf8')) as Channel[];
}

/** Turns an absolute URL on the published site into a local path; throws for other origins. */
export function toLocalPath(url: string): string {
	const parsed = new URL(url);
	if (parsed.origin !== SITE) throw new Error(`${url} is not on ${SITE}`);
	return parsed.pathname + parsed.search;
}

/** The local paths listed in the built sitemap-0.xml, in file order. */
export function readSitemapPaths(): string[] {
	const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => toLocalPath(m[1]!.trim()));
}

/** Every built HTML page, as the URL path a reader opens (`/en/` for en/index.html). */
export function readBuiltPages(): string[] {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.html')) {
				const rel = relative(DIST, path).split(sep).join('/');
				pages.push(rel === 'index.html' ? '/' : `/${rel.replace(/(^|\/)index\.html$/, '$1')}`);
			}
		}
	};
	walk(DIST);
	return pages.sort();
}

/** Reads a built file's text, e.g. readDist('robots.txt'). */
export function readDist(path: string): string {
	return readFileSync(join(DIST, path.replace(/^\//, '')), 'utf8');
}

/** Whether a built file exists, e.g. distHas('/og/en.png'). */
export function distHas(path: string): boolean {
	return existsSync(join(DIST, path.replace(/^\//, '')));
}

/** Width and height from a built PNG's IHDR chunk, or null when the file is not a PNG. */
export function readPngSize(path: string): { width: number; height: number } | null {
	const bytes = readFileSync(join(DIST, path.replace(/^\//, '')));
	const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) return null;
	if (bytes.subarray(12, 16).toString('ascii') !== 'IHDR') return null;
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export const articlePath = (locale: string, slug: string) => `/${locale}/articles/${slug}/`;
export const categoryPath = (locale: string, id: string) => `/${locale}/categories/${id}/`;
export const contactPath = (locale: string) => `/${locale}/contact/`;
export const searchPath = (locale: string) => `/${locale}/search/`;
export const homePath = (locale: string) => `/${locale}/`;
export const shortPath = (slug: string) => `/a/${slug}/`;
