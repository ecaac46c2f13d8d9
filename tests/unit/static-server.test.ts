import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentTypeOf, resolveStaticRequest } from '../../scripts/support/static-server';

describe('contentTypeOf', () => {
	test.each([
		['/en/index.html', 'text/html; charset=utf-8'],
		['/_astro/app.js', 'text/javascript; charset=utf-8'],
		['/_astro/site.css', 'text/css; charset=utf-8'],
		['/pagefind/preview/en_1.json', 'application/json; charset=utf-8'],
		['/sitemap-0.xml', 'text/xml; charset=utf-8'],
		['/robots.txt', 'text/plain; charset=utf-8'],
		['/favicon.svg', 'image/svg+xml'],
		['/og/en.png', 'image/png'],
		['/fonts/noto.woff2', 'font/woff2'],
		['/pagefind/wasm.unknown.pagefind', 'application/octet-stream'],
		['/pagefind/index/en_1.pf_index', 'application/octet-stream'],
	])('%s → %s', (file, type) => {
		expect(contentTypeOf(file)).toBe(type);
	});
});

describe('resolveStaticRequest', () => {
	const root = mkdtempSync(join(tmpdir(), 'static-server-'));
	mkdirSync(join(root, 'en'));
	writeFileSync(join(root, 'en', 'index.html'), 'en');
	writeFileSync(join(root, '404.html'), 'missing');

	test('serves a directory index, redirects to the slash, and answers misses with 404.html', () => {
		expect(resolveStaticRequest(root, '/en/')).toEqual({
			kind: 'file',
			status: 200,
			file: join(root, 'en', 'index.html'),
		});
		expect(resolveStaticRequest(root, '/en?q=1')).toEqual({
			kind: 'redirect',
			location: '/en/?q=1',
		});
		expect(resolveStaticRequest(root, '/nope/')).toEqual({
			kind: 'file',
			status: 404,
			file: join(root, '404.html'),
		});
	});

	test('never leaves the root', () => {
		expect(resolveStaticRequest(root, '/../etc/passwd')).not.toMatchObject({ status: 200 });
		expect(resolveStaticRequest(root, '/%2e%2e/%2e%2e/etc/passwd')).not.toMatchObject({
			status: 200,
		});
	});
});
