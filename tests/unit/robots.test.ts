import { describe, expect, test } from 'vitest';
import { getRobotsTxt } from '../../src/lib/robots';

describe('getRobotsTxt', () => {
	const robots = getRobotsTxt('https://help.example.com');

	// noindex pages must stay fetchable, or crawlers and link-preview bots never read their meta tags.
	test.each(['/a/', '/zh-cn/status/', '/en/status/translations/'])(
		'does not disallow %s',
		(prefix) => {
			const disallowed = [...robots.matchAll(/^disallow:\s*(\S*)/gim)].map((m) => m[1]!);
			const blocks = (rule: string) =>
				rule !== '' &&
				new RegExp(`^${rule.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}`).test(
					prefix,
				);
			expect(disallowed.filter(blocks)).toEqual([]);
		},
	);

	test('allows everything and names the sitemap by absolute URL', () => {
		expect(robots).toBe(
			'User-agent: *\nAllow: /\n\nSitemap: https://help.example.com/sitemap-index.xml\n',
		);
	});
});
