/**
 * `nginx -t` on docs/nginx.conf, the deployment example, inside a minimal main config with a
 * throwaway certificate. Skipped, saying why, where nginx or openssl is not installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const missing = ['nginx', 'openssl'].filter((command) => !has(command));
const EXAMPLE = 'docs/nginx.conf';

/** Returns the example with its certificate paths pointed at the given files. */
export function withCertificate(config: string, cert: string, key: string): string {
	return config
		.replace(/^(\s*ssl_certificate)\s+\S+;/m, `$1 ${cert};`)
		.replace(/^(\s*ssl_certificate_key)\s+\S+;/m, `$1 ${key};`);
}

describe('docs/nginx.conf', () => {
	test('names every header and rule docs/deploy.md promises', () => {
		const config = readFileSync(EXAMPLE, 'utf8');
		for (const needle of [
			'Strict-Transport-Security',
			'X-Content-Type-Options "nosniff"',
			'Referrer-Policy "strict-origin-when-cross-origin"',
			'Permissions-Policy',
			'X-Frame-Options "DENY"',
			"frame-ancestors 'none'",
			'~^/_astro/ "public, max-age=31536000, immutable"',
			'~^/pagefind/ "public, max-age=300',
			'try_files $uri $uri/ =404;',
			'error_page 404 /404.html;',
			'error_page 404 /$hc_locale/404/;',
		]) {
			expect(config).toContain(needle);
		}
	});

	test.skipIf(missing.length > 0)(
		`passes nginx -t${missing.length > 0 ? ` (skipped: ${missing.join(' and ')} not on PATH; apt-get install nginx openssl)` : ''}`,
		() => {
			const dir = mkdtempSync(join(tmpdir(), 'hc-nginx-'));
			try {
				const cert = join(dir, 'cert.pem');
				const key = join(dir, 'key.pem');
				const made = spawnSync(
					'openssl',
					[
						'req',
						'-x509',
						'-newkey',
						'rsa:2048',
						'-nodes',
						'-days',
						'1',
						'-subj',
						'/CN=help.okpay.example.com',
						'-keyout',
						key,
						'-out',
						cert,
					],
					{ encoding: 'utf8' },
				);
				expect(made.status, made.stderr).toBe(0);
				writeFileSync(
					join(dir, 'site.conf'),
					withCertificate(readFileSync(EXAMPLE, 'utf8'), cert, key),
				);
				const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
					(t) => `${t}_temp_path ${join(dir, t)};`,
				);
				writeFileSync(
					join(dir, 'nginx.conf'),
					[
						`pid ${join(dir, 'nginx.pid')};`,
						`error_log ${join(dir, 'error.log')};`,
						'events {}',
						'http {',
						`\taccess_log off;`,
						...temp.map((line) => `\t${line}`),
						`\tinclude ${join(dir, 'site.conf')};`,
						'}',
					].join('\n'),
				);
				const result = spawnSync(
					'nginx',
					['-t', '-q', '-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')],
					{
						encoding: 'utf8',
					},
				);
				expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		},
	);
});
