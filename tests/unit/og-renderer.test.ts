/**
 * Social cards drawn for real (satori + resvg + Noto Sans SC): every character of the site's
 * titles has a glyph, text stays inside the card, long titles wrap, and a card's pixels depend on
 * its own text only (the cache keys cards by their text).
 */
import { describe, expect, test } from 'vitest';
import { CARD_SIZE, type CardText } from '../../src/lib/og/card';
import { createCardRenderer } from '../../src/lib/og/renderer';
import { LOCALES, readArticles, readCategories } from '../support/help-content';

const renderer = createCardRenderer();

/** Bounding box of every glyph path in a card's SVG (satori writes absolute coordinates). */
function textBounds(svg: string, fill?: string) {
	const boxes = [...svg.matchAll(/<path fill="([^"]+)"[^>]* d="([^"]+)"/g)]
		.filter(([, color]) => fill === undefined || color === fill)
		.map(([, , d]) => {
			const numbers = d!.match(/-?\d+(?:\.\d+)?/g)!.map(Number);
			const xs = numbers.filter((_, i) => i % 2 === 0);
			const ys = numbers.filter((_, i) => i % 2 === 1);
			return {
				left: Math.min(...xs),
				right: Math.max(...xs),
				top: Math.min(...ys),
				bottom: Math.max(...ys),
			};
		});
	return {
		left: Math.min(...boxes.map((b) => b.left)),
		right: Math.max(...boxes.map((b) => b.right)),
		top: Math.min(...boxes.map((b) => b.top)),
		bottom: Math.max(...boxes.map((b) => b.bottom)),
	};
}

function pngSize(png: Buffer) {
	expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('card text', () => {
	test('every article and category title of the site can be drawn (no boxes), in both languages', async () => {
		const categories = readCategories();
		const cards: CardText[] = [
			...readArticles().map((a) => ({ brand: 'OKPay', title: a.title, footer: a.description })),
			...categories.flatMap((c) =>
				LOCALES.map(({ code }) => ({
					brand: 'OKPay',
					title: c.title[code],
					footer: c.description[code],
				})),
			),
		];
		expect(cards.some((card) => /\p{Script=Han}/u.test(card.title))).toBe(true);
		for (const card of cards) expect(await renderer.uncovered(card), card.title).toEqual([]);
	});

	test('a character outside the font is reported, not drawn as a box silently', async () => {
		expect(
			await renderer.uncovered({ brand: 'OKPay', title: '账户 𪚥 locked 🔒', footer: '安全' }),
		).toEqual(['𪚥', '🔒']);
	});
});

describe('card layout', () => {
	const longEnglish: CardText = {
		brand: 'OKPay Help Center',
		title: 'Why can I not receive the verification code on my new phone while I am abroad?',
		footer: 'Sign-up and verification',
	};

	test.each([
		['a long English title', longEnglish],
		[
			'a Chinese title',
			{
				brand: 'OKPay 帮助中心',
				title: '换了新手机收不到验证码，出国时怎么登录账户？',
				footer: '注册与身份验证',
			},
		],
		[
			'a long category description',
			{
				brand: 'OKPay Help Center',
				title: 'Account security',
				footer:
					'Recover a locked account and take steps to keep your account safe, even when you lose your phone abroad.',
			},
		],
	])('%s stays inside the card, footer included', async (_, card) => {
		const svg = await renderer.svg(card);
		const all = textBounds(svg);
		expect(all.left).toBeGreaterThanOrEqual(72 - 4);
		expect(all.right).toBeLessThanOrEqual(CARD_SIZE.width - 72 + 4);
		expect(all.top).toBeGreaterThanOrEqual(0);
		expect(all.bottom).toBeLessThanOrEqual(CARD_SIZE.height - 64 + 12);
		expect(textBounds(svg, '#dbe9f8').bottom, 'footer').toBeGreaterThan(CARD_SIZE.height / 2);
	});

	test('a long English title wraps onto several lines', async () => {
		const title = textBounds(await renderer.svg(longEnglish), '#ffffff');
		// One line of 60 px type is about 60 px tall; two lines at line height 1.25 reach over 120.
		expect(title.bottom - title.top).toBeGreaterThan(120);
	});
});

describe('card image', () => {
	test('is a 1200×630 PNG', async () => {
		expect(
			pngSize(
				await renderer.render({ brand: 'OKPay', title: 'OKPay 帮助中心', footer: '钱包问题' }),
			),
		).toEqual(CARD_SIZE);
	});

	test("depends on the card's own text only, not on the cards drawn before it", async () => {
		const card: CardText = {
			brand: 'OKPay Help Center',
			title: 'Reset your password',
			footer: 'Account security',
		};
		const alone = await createCardRenderer().render(card);
		const other = createCardRenderer();
		await other.render({
			brand: 'OKPay 帮助中心',
			title: '在哪里重试汇率（境外使用）？',
			footer: '支付与转账',
		});
		expect((await other.render(card)).equals(alone)).toBe(true);
	});
});
