import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { searchAgain, slugOf } from '../support/search-page';

interface Case {
	query: string;
	expected: string;
}

// The sample site's own sets: the articles a reader of this site must find in the top 3.
for (const locale of ['zh-cn', 'en']) {
	const cases = JSON.parse(readFileSync(`tests/search/relevance.${locale}.json`, 'utf8')) as Case[];

	test(`relevance set (${locale}): every expected article in the top 3`, async ({ page }) => {
		expect(cases.length).toBeGreaterThanOrEqual(20);
		await page.goto(`/${locale}/search/`);
		const misses: string[] = [];
		for (const { query, expected } of cases) {
			const top = (await searchAgain(page, query)).slice(0, 3).map(slugOf);
			if (!top.includes(expected))
				misses.push(`"${query}" → expected ${expected}, got [${top.join(', ')}]`);
		}
		expect(misses, misses.join('\n')).toEqual([]);
	});
}
