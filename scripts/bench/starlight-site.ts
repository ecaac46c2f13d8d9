/**
 * The Starlight peer site of the bench: installed from npm into its own folder (never a dependency
 * of the help center) and filled with the same generated articles, converted by ./starlight.ts.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import {
	astroConfig,
	CONTENT_CONFIG,
	homePage,
	packageJson,
	parseCategories,
	parseChannelLinks,
	STARLIGHT_LOCALES,
	toStarlightArticle,
} from './starlight.ts';

const run = promisify(execFile);

/** The latest Starlight line that supports Astro 7 (0.42.x: peer `astro ^7.2.10`). */
export const STARLIGHT_RANGE = '^0.42.4';

export interface StarlightInstall {
	readonly siteDir: string;
	readonly astro: string;
	readonly starlight: string;
	readonly pagefind: string;
	/** False when the folder was already installed with the same package.json. */
	readonly installed: boolean;
}

const versionOf = async (siteDir: string, name: string) =>
	(
		JSON.parse(await readFile(join(siteDir, 'node_modules', name, 'package.json'), 'utf8')) as {
			version: string;
		}
	).version;

/**
 * Installs Starlight with Astro pinned to the project's own version into `siteDir`, once: a folder
 * whose package.json is unchanged and whose packages are present is reused. npm and the builds run
 * on the project's pinned Node (Astro 7 needs Node ≥ 22.12).
 */
export async function installStarlight(
	siteDir: string,
	starlightRange = STARLIGHT_RANGE,
): Promise<StarlightInstall> {
	const astroVersion = await versionOf('.', 'astro');
	const wanted = packageJson(astroVersion, starlightRange);
	const file = join(siteDir, 'package.json');
	const current = existsSync(file) ? await readFile(file, 'utf8') : '';
	const ready =
		current === wanted &&
		existsSync(join(siteDir, 'node_modules', '@astrojs', 'starlight', 'package.json'));
	if (!ready) {
		await mkdir(siteDir, { recursive: true });
		await writeFile(file, wanted);
		const bin = resolve('node_modules/.bin');
		await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
			cwd: siteDir,
			env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` },
			maxBuffer: 64 * 1024 * 1024,
		});
	}
	const installedAstro = await versionOf(siteDir, 'astro');
	if (installedAstro !== astroVersion)
		throw new Error(`${siteDir} has astro ${installedAstro}, the project ${astroVersion}`);
	return {
		siteDir,
		astro: installedAstro,
		starlight: await versionOf(siteDir, '@astrojs/starlight'),
		pagefind: await versionOf(siteDir, 'pagefind'),
		installed: !ready,
	};
}

/**
 * Replaces the site's pages and config with the articles of `contentDir` (a tree written by
 * generate.ts): `src/content/docs/<category>/<slug>.mdx` for zh-cn (root locale) and
 * `src/content/docs/en/<category>/<slug>.mdx`, plus a home page per locale. Returns the page count.
 */
export async function writeStarlightSite(contentDir: string, siteDir: string): Promise<number> {
	const channels = parseChannelLinks(await readFile(join(contentDir, 'channels.yaml'), 'utf8'));
	const categories = parseCategories(await readFile(join(contentDir, 'categories.yaml'), 'utf8'));
	const docs = join(siteDir, 'src', 'content', 'docs');
	await rm(join(siteDir, 'src'), { recursive: true, force: true });
	await writeFile(join(siteDir, 'astro.config.mjs'), astroConfig(categories));
	await mkdir(docs, { recursive: true });
	await writeFile(join(siteDir, 'src', 'content.config.ts'), CONTENT_CONFIG);
	let pages = 0;
	for (const locale of STARLIGHT_LOCALES) {
		const root = locale === 'zh-cn' ? docs : join(docs, locale);
		await mkdir(root, { recursive: true });
		await writeFile(join(root, 'index.mdx'), homePage(locale));
		const folder = join(contentDir, 'articles', locale);
		for (const name of (await readdir(folder)).filter((f) => f.endsWith('.mdx')).sort()) {
			const article = toStarlightArticle(
				await readFile(join(folder, name), 'utf8'),
				locale,
				channels,
			);
			const target = join(root, article.category, name);
			await mkdir(dirname(target), { recursive: true });
			await writeFile(target, article.source);
			pages++;
		}
	}
	return pages;
}
