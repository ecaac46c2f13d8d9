import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, NO_BROWSER_HELP, findChromium } from '../../scripts/support/browser';

/** Fails fast, with instructions, when there is no browser or no built site. */
export default async function globalSetup(): Promise<void> {
	const dist = process.env['DIST_DIR'] ?? 'dist';
	if (!existsSync(`${dist}/index.html`) || !existsSync(`${dist}/pagefind/pagefind.js`)) {
		throw new Error('The built site is missing: run `npm run build` first (npm test does).');
	}
	const relevance = process.env['RELEVANCE_DIST_DIR'] ?? 'dist-relevance';
	if (!existsSync(`${relevance}/pagefind/pagefind.js`)) {
		throw new Error(
			'The relevance corpus site is missing: run `npm run build:relevance` first (npm test does).',
		);
	}
	const executablePath = findChromium();
	try {
		const browser = await chromium.launch({
			args: CHROMIUM_ARGS,
			...(executablePath ? { executablePath } : {}),
		});
		await browser.close();
	} catch (error) {
		throw new Error(`${NO_BROWSER_HELP}\n\n(${(error as Error).message.split('\n')[0]})`);
	}
}
