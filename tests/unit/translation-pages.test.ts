/**
 * Builds a copy of the content in which one source article changed and one translation is gone,
 * and checks what readers and staff see: the stale notice and the translation status page.
 */
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildIsolated, type IsolatedBuild } from '../support/build-site';
import { copyContent } from '../support/run-script';

let content: string;
let site: IsolatedBuild;
const html = (path: string) => readFileSync(join(site.outDir, path, 'index.html'), 'utf8');

beforeAll(() => {
	content = copyContent();
	appendFileSync(
		join(content, 'articles/zh-cn/payment-failed.mdx'),
		'\n如果仍然无法支付，请稍后再试。\n',
	);
	rmSync(join(content, 'articles/en/unlock-account.mdx'));
	// English articles may only relate to published English articles.
	for (const name of readdirSync(join(content, 'articles/en')).filter((n) => n.endsWith('.mdx'))) {
		const file = join(content, 'articles/en', name);
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace(/^(related: \[.*)$/m, (line) =>
				line.replace(/unlock-account(, )?|, unlock-account/, ''),
			),
		);
	}
	site = buildIsolated({
		CONTENT_DIR: content,
		FEEDBACK_ENDPOINT: 'https://collect.example.com/help',
	});
	if (site.status !== 0) throw new Error(`build failed:\n${site.output.slice(-3000)}`);
}, 300_000);

afterAll(() => {
	site?.remove();
	rmSync(join(content, '..'), { recursive: true, force: true });
});

describe('stale translation notice', () => {
	test('a translation whose source changed links readers to the source', () => {
		const page = html('en/articles/payment-failed');
		expect(page).toMatch(/class="callout callout--warning stale-notice"[^>]*data-pagefind-ignore/);
		expect(page).toContain('This translation may be behind the original.');
		expect(page).toMatch(
			/<a href="\/zh-cn\/articles\/payment-failed\/" hreflang="zh-CN"[^>]*>Read the original in 简体中文<\/a>/,
		);
	});

	test.each(['en/articles/account-security', 'zh-cn/articles/payment-failed'])(
		'%s has no notice',
		(path) => {
			expect(html(path)).not.toContain('stale-notice');
		},
	);
});

describe('translation status page', () => {
	test.each([
		['en', 'Translation status', 'Stale: source changed', 'Missing'],
		['zh-cn', '翻译状态', '已过期：原文有改动', '缺少译文'],
	])('/%s/status/translations/ is localized', (locale, title, stale, missing) => {
		const page = html(`${locale}/status/translations`);
		expect(page).toContain(`<h1`);
		expect(page).toContain(title);
		const row = (slug: string) =>
			new RegExp(`<code[^>]*>${slug}</code></th>([\\s\\S]*?)</tr>`).exec(page)?.[1] ?? '';
		expect(row('payment-failed')).toMatch(
			new RegExp(`data-state="stale"[^>]*><a href="/en/articles/payment-failed/"[^>]*>${stale}`),
		);
		expect(row('unlock-account')).toMatch(new RegExp(`data-state="missing"[^>]*>${missing}</td>`));
		expect(row('account-security')).toContain('data-state="current"');
	});

	test('is kept out of search engines, the search index and the sitemap', () => {
		const page = html('en/status/translations');
		expect(page).toMatch(/<meta name="robots" content="noindex/);
		expect(page).not.toContain('data-pagefind-body');
		expect(readFileSync(join(site.outDir, 'sitemap-0.xml'), 'utf8')).not.toContain('/status/');
		// robots.txt must let crawlers fetch it, or they never read its noindex.
		expect(readFileSync(join(site.outDir, 'robots.txt'), 'utf8')).not.toMatch(
			/^Disallow:.*status/m,
		);
	});
});

describe('feedback endpoint setting', () => {
	test('is passed to every page and allowed by the CSP', () => {
		for (const path of ['en/articles/payment-failed', 'zh-cn/search']) {
			const page = html(path);
			expect(page).toContain('data-feedback-endpoint="https://collect.example.com/help"');
			expect(page).toMatch(/connect-src 'self' https:\/\/collect\.example\.com/);
		}
	});

	test('enables the optional comment after "no"', () => {
		expect(html('en/articles/payment-failed')).toMatch(
			/<form data-feedback-comment[\s\S]*maxlength="500"/,
		);
	});
});
