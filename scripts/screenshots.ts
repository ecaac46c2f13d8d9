/**
 * `npm run screenshots`: PNG screenshots of the built site for the docs — home, an article and
 * contact; zh-CN and English; light and dark; desktop (1280) and phone (390) widths — into
 * docs/screenshots/<page>-<locale>-<theme>-<width>.png, plus docs/screenshots/README.md listing them.
 *
 * Usage: npm run screenshots -- [--dir dist] [--build]
 * Uses dist/ (running `npm run build` first when it is missing, or always with --build).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser } from './bench/browser.ts';
import { startServer } from './bench/serve.ts';

const arg = (name: string) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : undefined;
};
const dir = arg('dir') ?? 'dist';
const OUT = join('docs', 'screenshots');
/** Tall phone pages are cut here so the PNGs stay small enough to review in a pull request. */
const MAX_HEIGHT = 2400;

const PAGES = [
	['home', '', 'Home page'],
	['article', 'articles/payment-failed/', 'Article “payment failed”'],
	['contact', 'contact/', 'Contact page'],
] as const;
const LOCALES = [
	['zh-cn', 'zh-CN'],
	['en', 'en-US'],
] as const;
const THEMES = ['light', 'dark'] as const;
const WIDTHS = [
	[1280, 800, 'desktop'],
	[390, 844, 'phone'],
] as const;

const started = performance.now();
if (process.argv.includes('--build') || (dir === 'dist' && !existsSync('dist/index.html'))) {
	console.log('Running npm run build for dist/ …');
	execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}
if (!existsSync(join(dir, 'index.html')))
	throw new Error(`${dir}/index.html not found: build the site first`);

await mkdir(OUT, { recursive: true });
for (const file of await readdir(OUT)) if (file.endsWith('.png')) await rm(join(OUT, file));

const server = await startServer(dir, { compress: true });
const browser = await launchBrowser();
const shots: {
	file: string;
	page: string;
	locale: string;
	theme: string;
	width: number;
	height: number;
	bytes: number;
}[] = [];
try {
	for (const [page, rest] of PAGES) {
		for (const [locale, browserLocale] of LOCALES) {
			for (const theme of THEMES) {
				for (const [width, height, device] of WIDTHS) {
					const phone = device === 'phone';
					const context = await browser.newContext({
						viewport: { width, height },
						deviceScaleFactor: 1,
						isMobile: phone,
						hasTouch: phone,
						colorScheme: theme,
						locale: browserLocale,
						reducedMotion: 'reduce',
					});
					const tab = await context.newPage();
					await tab.goto(`${server.url}/${locale}/${rest}`, { waitUntil: 'load' });
					await tab.evaluate(() => document.fonts.ready.then(() => undefined));
					const full = await tab.evaluate(() => document.documentElement.scrollHeight);
					const shotHeight = Math.min(full, MAX_HEIGHT);
					const file = `${page}-${locale}-${theme}-${width}.png`;
					await tab.screenshot({
						path: join(OUT, file),
						fullPage: true,
						clip: { x: 0, y: 0, width, height: shotHeight },
						animations: 'disabled',
						caret: 'hide',
					});
					const bytes = (await stat(join(OUT, file))).size;
					shots.push({ file, page, locale, theme, width, height: shotHeight, bytes });
					console.log(
						`${file}  ${width}×${shotHeight}${full > MAX_HEIGHT ? ` (page is ${full} px)` : ''}  ${(bytes / 1024).toFixed(0)} KB`,
					);
					await context.close();
				}
			}
		}
	}
} finally {
	await browser.close();
	await server.close();
}

const title = (page: string) => PAGES.find(([id]) => id === page)?.[2] ?? page;
const readme = [
	'# Screenshots',
	'',
	`Written by \`npm run screenshots\` (scripts/screenshots.ts) from \`${dir}/\` on ${new Date().toISOString().slice(0, 10)}, in headless Chromium:`,
	`light and dark colour scheme (\`prefers-color-scheme\`), desktop 1280 px and phone 390 px wide, device scale 1;`,
	`full page, cut at ${MAX_HEIGHT} px. Chinese text uses the system Noto Sans CJK font.`,
	'',
	'| Page | Locale | Theme | Width | File | Size |',
	'| --- | --- | --- | ---: | --- | ---: |',
	...shots.map(
		(s) =>
			`| ${title(s.page)} | ${s.locale} | ${s.theme} | ${s.width} | [${s.file}](${s.file}) | ${s.width}×${s.height}, ${(s.bytes / 1024).toFixed(0)} KB |`,
	),
	'',
];
await writeFile(join(OUT, 'README.md'), readme.join('\n'));
console.log(
	`Wrote ${shots.length} screenshots and ${OUT}/README.md in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
