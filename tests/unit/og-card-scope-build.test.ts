/**
 * Above ARTICLE_CARD_LIMIT articles in a language, the build draws one card per category and
 * language instead of one per article, and every page still points at a card that exists.
 * valid-minimal has two published zh-cn articles and one category, so a limit of 1 switches it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { countSocialCards, readRouteLines } from '../../scripts/bench/routes';
import { buildIsolated, type IsolatedBuild } from '../support/build-site';

let build: IsolatedBuild;
const SITE = 'https://help.okpay.example.com';

beforeAll(() => {
	build = buildIsolated({
		CONTENT_DIR: resolve('tests/fixtures/valid-minimal/content'),
		ARTICLE_CARD_LIMIT: '1',
	});
	expect(build.status, build.output.slice(-2000)).toBe(0);
}, 300_000);
afterAll(() => build?.remove());

const metaOf = (page: string, property: string) =>
	new RegExp(`<meta (?:property|name)="${property}" content="([^"]+)"`).exec(
		readFileSync(join(build.outDir, page), 'utf8'),
	)?.[1];

function isPng1200x630(path: string): boolean {
	const bytes = readFileSync(join(build.outDir, path));
	return (
		bytes.subarray(1, 4).toString('latin1') === 'PNG' &&
		bytes.readUInt32BE(16) === 1200 &&
		bytes.readUInt32BE(20) === 630
	);
}

test.each([
	['zh-cn/articles/reset-password/index.html', '/og/zh-cn/categories/general.png'],
	['zh-cn/articles/change-language/index.html', '/og/zh-cn/categories/general.png'],
	['en/articles/reset-password/index.html', '/og/en/categories/general.png'],
	['en/categories/general/index.html', '/og/en/categories/general.png'],
])('%s shows its category card', (page, card) => {
	expect(metaOf(page, 'og:image')).toBe(`${SITE}${card}`);
	expect(metaOf(page, 'twitter:image')).toBe(`${SITE}${card}`);
	expect(isPng1200x630(card)).toBe(true);
});

test("an article's og:image:alt names what its card shows: the category", () => {
	expect(metaOf('en/articles/reset-password/index.html', 'og:image:alt')).toBe('Common questions');
});

test('only site and category cards are drawn, and Astro logs each one', () => {
	const drawn = readdirSync(join(build.outDir, 'og'), { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.png'))
		.sort();
	expect(drawn).toEqual([
		'en.png',
		'en/categories/general.png',
		'zh-cn.png',
		'zh-cn/categories/general.png',
	]);
	expect(existsSync(join(build.outDir, 'og/zh-cn/reset-password.png'))).toBe(false);
	expect(countSocialCards(readRouteLines(build.output))).toMatchObject({ count: 4, rendered: 4 });
});
