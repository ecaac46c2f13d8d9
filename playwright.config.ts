import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/support/browser';

const executablePath = findChromium();
const port = Number(process.env['PORT'] ?? 4399);
/** The relevance corpus (tests/search/help-center/), built by `npm run build:relevance`, served beside the site. */
const relevancePort = port - 1;
const serve = (dir: string, servePort: number) => ({
	command: `node_modules/.bin/node scripts/support/static-server.ts --dir ${dir} --port ${servePort}`,
	url: `http://127.0.0.1:${servePort}/`,
	reuseExistingServer: false,
	env: { ASTRO_TELEMETRY_DISABLED: '1' },
	timeout: 60_000,
});

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	workers: 2,
	timeout: 60_000,
	reporter: [['list']],
	globalSetup: './tests/support/global-setup.ts',
	use: {
		launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
		trace: 'off',
	},
	projects: [
		{
			name: 'chromium',
			testIgnore: /help-center-relevance\.spec\.ts/,
			use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${port}` },
		},
		{
			name: 'relevance',
			testMatch: /help-center-relevance\.spec\.ts/,
			use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${relevancePort}` },
		},
	],
	webServer: [
		serve(process.env['DIST_DIR'] ?? 'dist', port),
		serve(process.env['RELEVANCE_DIST_DIR'] ?? 'dist-relevance', relevancePort),
	],
});
