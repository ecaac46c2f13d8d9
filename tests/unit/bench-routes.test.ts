import { describe, expect, test } from 'vitest';
import { countSocialCards, readRouteLines } from '../../scripts/bench/routes.ts';

// Lines as Astro 7 logs them; a warning logged while a card renders splits its line in two.
const log = [
	'17:33:23   ├─ /a/payment-failed/index.html (+3ms) ',
	'17:33:23   ├─ /build-manifest.json (+3ms) ',
	'17:33:23   ├─ /en/articles/payment-failed/index.html (restored)',
	'17:33:23   ├─ /og/zh-cn.png (+112ms) ',
	'17:33:24   ├─ /og/en.png (restored)',
	'17:34:27   ├─ /og/en/categories/contact.png17:34:27 [WARN] /og/en/categories/contact.png: no glyph for 🔒; the card shows a box there',
	' (+1.26s) ',
	'17:34:28   ├─ /og/en/payment-failed.png (cached)',
	'17:34:28   └─ /zh-cn/index.html (+15ms) ',
	'17:34:28 [build] 4 page(s) built in 2.97s',
].join('\n');

describe('readRouteLines', () => {
	test('reads each route with its render time, or undefined when it was reused', () => {
		expect(readRouteLines(log)).toEqual([
			{ path: '/a/payment-failed/index.html', ms: 3 },
			{ path: '/build-manifest.json', ms: 3 },
			{ path: '/en/articles/payment-failed/index.html', ms: undefined },
			{ path: '/og/zh-cn.png', ms: 112 },
			{ path: '/og/en.png', ms: undefined },
			{ path: '/og/en/categories/contact.png', ms: 1260 },
			{ path: '/og/en/payment-failed.png', ms: undefined },
			{ path: '/zh-cn/index.html', ms: 15 },
		]);
	});

	test('a route without a status never takes the next route’s', () => {
		expect(readRouteLines('├─ /og/en.png\n├─ /og/zh-cn.png (cached)')).toEqual([
			{ path: '/og/zh-cn.png', ms: undefined },
		]);
	});
});

test('countSocialCards: cards of the build, those drawn, and the time drawing them', () => {
	expect(countSocialCards(readRouteLines(log))).toEqual({ count: 4, rendered: 2, ms: 1372 });
});
