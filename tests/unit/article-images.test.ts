import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, describe, expect, test } from 'vitest';
import {
	altLanguageProblem,
	IMAGE_LIMITS,
	placeArticle,
	readImageSize,
	screenshotWidths,
} from '../../src/lib/article-images';
import { checkArticleMarkup } from '../../src/lib/article-markup';

/** A real PNG of one colour (what the image pipeline would read). */
function png(width: number, height: number): Buffer {
	const chunk = (type: string, data: Buffer) => {
		const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
		const length = Buffer.alloc(4);
		length.writeUInt32BE(data.length);
		const crc = Buffer.alloc(4);
		crc.writeUInt32BE(crc32(body));
		return Buffer.concat([length, body, crc]);
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
	const rows = Buffer.alloc((width + 1) * height, 0x80);
	for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0;
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(rows)),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

describe('readImageSize', () => {
	test('PNG', () => {
		expect(readImageSize(png(720, 1280))).toEqual({ format: 'png', width: 720, height: 1280 });
	});

	test('JPEG: the first start-of-frame after other segments', () => {
		const app0 = [0xff, 0xe0, 0x00, 0x10, ...Array<number>(14).fill(0)];
		const sof0 = [
			0xff,
			0xc0,
			0x00,
			0x11,
			0x08,
			0x05,
			0x00,
			0x02,
			0xd0,
			0x03,
			...Array<number>(9).fill(0),
		];
		expect(readImageSize(Uint8Array.from([0xff, 0xd8, ...app0, ...sof0]))).toEqual({
			format: 'jpeg',
			width: 720,
			height: 1280,
		});
	});

	test('WebP, lossy (VP8), lossless (VP8L) and extended (VP8X)', () => {
		const riff = (chunk: string, payload: number[]) =>
			Uint8Array.from([
				...Buffer.from('RIFF'),
				0,
				0,
				0,
				0,
				...Buffer.from('WEBP'),
				...Buffer.from(chunk),
				0,
				0,
				0,
				0,
				...payload,
			]);
		// VP8: frame tag (3 bytes), start code, then 14-bit width and height.
		expect(
			readImageSize(riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, 0xd0, 0x02, 0x00, 0x05])),
		).toEqual({ format: 'webp', width: 720, height: 1280 });
		// VP8L: signature 0x2f, then width-1 and height-1 in 14 bits each.
		const bits = (720 - 1) | ((1280 - 1) << 14);
		expect(
			readImageSize(
				riff('VP8L', [
					0x2f,
					bits & 0xff,
					(bits >> 8) & 0xff,
					(bits >> 16) & 0xff,
					(bits >>> 24) & 0xff,
					0,
				]),
			),
		).toEqual({ format: 'webp', width: 720, height: 1280 });
		// VP8X: flags (4 bytes), then canvas width-1 and height-1 in 24 bits each.
		expect(readImageSize(riff('VP8X', [0, 0, 0, 0, 0xcf, 0x02, 0x00, 0xff, 0x04, 0x00]))).toEqual({
			format: 'webp',
			width: 720,
			height: 1280,
		});
	});

	test.each([
		['a GIF', Buffer.from('GIF89a\x10\x00\x10\x00', 'latin1')],
		['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')],
		['a cut-off PNG', png(10, 10).subarray(0, 20)],
		['nothing', Buffer.alloc(0)],
	])('%s is not read', (_name, bytes) => {
		expect(readImageSize(bytes)).toBeUndefined();
	});
});

describe('altLanguageProblem', () => {
	test.each([
		['zh-cn', '首页，下方有“注册”按钮'],
		['zh-cn', 'OKPay钱包欢迎页'],
		['zh-tw', '歡迎頁'],
		['en', 'The welcome screen, with Register at the bottom'],
		['en', 'OKPay Wallet: “Register” — 2 buttons'],
	])('%s: %j is in the language', (locale, alt) => {
		expect(altLanguageProblem(alt, locale)).toBeUndefined();
	});

	test.each([
		['zh-cn', 'Welcome screen', 'has no Chinese'],
		['zh-cn', 'OKPay 2.0', 'has no Chinese'],
		['en', '欢迎页', 'is Chinese'],
		['en', 'The 注册 button', 'is Chinese'],
	])('%s: %j is not', (locale, alt, why) => {
		expect(altLanguageProblem(alt, locale)).toContain(why);
	});
});

describe('screenshotWidths', () => {
	test.each([
		[300, [300]],
		[360, [360]],
		[720, [360, 720]],
		[1000, [360, 720, 1000]],
		[1080, [360, 720, 1080]],
		[2400, [360, 720, 1080]],
	])('a file %i px wide is encoded at %j', (width, widths) => {
		expect(screenshotWidths(width)).toEqual(widths);
	});
});

describe('placeArticle', () => {
	test("an article's images folder is images/<slug>/ beside it", () => {
		expect(placeArticle('content/articles/zh-cn/register-account.mdx')).toMatchObject({
			locale: 'zh-cn',
			slug: 'register-account',
		});
		expect(
			relative(
				process.cwd(),
				placeArticle('content/articles/zh-cn/register-account.mdx')!.imagesDir,
			),
		).toBe('content/articles/zh-cn/images/register-account');
		expect(placeArticle('notes/x.mdx')).toBeUndefined();
		// A file name that breaks the slug rule is reported for its name only.
		expect(placeArticle('content/articles/en/Lost-Phone.mdx')).toBeUndefined();
	});
});

describe('images in an article (checkArticleMarkup)', () => {
	// A content folder of its own: articles/<locale>/<slug>.mdx beside articles/<locale>/images/<slug>/.
	const root = mkdtempSync(join(tmpdir(), 'article-images-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const put = (path: string, bytes: Buffer) => {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), bytes);
	};
	put('articles/en/images/sign-up/home.png', png(720, 1280));
	put('articles/zh-cn/images/sign-up/home.png', png(720, 1280));
	put('articles/en/images/sign-up/wide.png', png(IMAGE_LIMITS.maxSide + 1, 10));
	put(
		'articles/en/images/sign-up/huge.png',
		Buffer.concat([png(10, 10), Buffer.alloc(IMAGE_LIMITS.maxBytes)]),
	);
	put('articles/en/images/sign-up/logo.gif', Buffer.from('GIF89a\x10\x00\x10\x00', 'latin1'));
	put('articles/en/images/sign-up/fake.png', Buffer.from('not an image'));
	put('articles/en/images/other/home.png', png(720, 1280));

	const frontmatter = '---\ntitle: x\ndescription: x\n---\n';
	const check = (locale: string, body: string) =>
		checkArticleMarkup(`${frontmatter}\n${body}\n`, join(root, 'articles', locale, 'sign-up.mdx'));
	/** The body starts on line 6 of the file. */
	const LINE = 6;

	test.each([
		['en', '![The home screen, with Register at the bottom](./images/sign-up/home.png)'],
		['en', '![The home screen](images/sign-up/home.png "Home")'],
		['zh-cn', '![首页，下方有“注册”按钮](./images/sign-up/home.png)'],
		['en', '![The home screen][home]\n\n[home]: ./images/sign-up/home.png'],
		[
			'en',
			'A file of the site: <img src="/favicon.svg" alt="OKPay" />, and ![the OKPay logo](/favicon.svg)',
		],
	])('%s: %j is fine', (locale, body) => {
		expect(check(locale, body)).toEqual([]);
	});

	test.each([
		['a missing file', 'en', '![The home screen](./images/sign-up/missing.png)', 'no such file: '],
		[
			'a missing file in public/',
			'en',
			'![The logo](/images/logo.png)',
			'no such file: public/images/logo.png',
		],
		['no alt text', 'en', '![](./images/sign-up/home.png)', 'an image needs alt text'],
		['blank alt text', 'en', '![  ](./images/sign-up/home.png)', 'an image needs alt text'],
		['an <img> without alt', 'en', '<img src="/favicon.svg" />', 'an image needs alt text'],
		[
			'English alt text in a Chinese article',
			'zh-cn',
			'![Home screen](./images/sign-up/home.png)',
			'has no Chinese',
		],
		[
			'Chinese alt text in an English article',
			'en',
			'![首页](./images/sign-up/home.png)',
			'is Chinese',
		],
		[
			'an image over 2400 px',
			'en',
			'![A wide banner](./images/sign-up/wide.png)',
			'is 2401 × 10 px; no side may be over 2400 px',
		],
		[
			'an image over 1 MB',
			'en',
			'![A big picture](./images/sign-up/huge.png)',
			'is 1.0 MB; an image may be at most 1.0 MB',
		],
		[
			'a GIF',
			'en',
			'![An animation](./images/sign-up/logo.gif)',
			'screenshots are .png, .jpg, .jpeg, .webp files',
		],
		[
			'a file that is no image',
			'en',
			'![A picture](./images/sign-up/fake.png)',
			'is not a readable PNG, JPEG or WebP image',
		],
		[
			"another article's image",
			'en',
			'![The home screen](./images/other/home.png)',
			"an article's images are in ./images/sign-up/ next to it",
		],
		[
			"another language's image",
			'en',
			'![The home screen](../zh-cn/images/sign-up/home.png)',
			"an article's images are in ./images/sign-up/ next to it",
		],
		[
			'a relative <img>',
			'en',
			'<img src="./images/sign-up/home.png" alt="The home screen" />',
			'write screenshots as Markdown images',
		],
	])('%s is refused with its line', (_name, locale, body, message) => {
		const issues = check(locale, body);
		expect(issues, JSON.stringify(issues, null, 1)).toHaveLength(1);
		expect(issues[0]).toMatchObject({ line: LINE, field: expect.stringMatching(/^image "/) });
		expect(issues[0]!.message).toContain(message);
	});

	test('a reference names the line of the image, not of the definition', () => {
		const issues = check('en', 'Intro.\n\n![][home]\n\n[home]: ./images/sign-up/home.png');
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ line: LINE + 2, field: 'image "./images/sign-up/home.png"' });
	});
});
