import { existsSync } from 'node:fs';

/** Flags that let Chromium run headless as root on a machine with no outside network. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

const CANDIDATES = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * Returns the Chromium to drive: $CHROMIUM_PATH, then Debian's /usr/bin/chromium; undefined
 * means "use Playwright's own browser", which exists only where `npx playwright install` worked.
 */
export function findChromium(): string | undefined {
	return CANDIDATES.find((path): path is string => Boolean(path) && existsSync(path!));
}

/** The message printed when no browser can be found. */
export const NO_BROWSER_HELP = [
	'No Chromium found for the browser tests.',
	'Install one with:   sudo apt-get update && sudo apt-get install -y chromium',
	'or point CHROMIUM_PATH at an existing Chromium/Chrome binary,',
	'or, where downloads are allowed:   npx playwright install chromium',
].join('\n');
