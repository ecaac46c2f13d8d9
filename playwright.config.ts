import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/support/browser';

const executablePath = findChromium();
const port = Number(process.env['PORT'] ?? 4399);

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: Boolean(process.env['CI']),
	retries: 0,
	workers: 2,
	timeout: 60_000,
	reporter: [['list']],
	globalSetup: './tests/support/global-setup.ts',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
		trace: 'off',
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: `node_modules/.bin/node tests/support/serve.ts --dir ${process.env["DIST_DIR"] ?? "dist"} --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		env: { ASTRO_TELEMETRY_DISABLED: '1' },
		timeout: 60_000,
	},
});
