/**
 * Screenshots in articles. An article shows images of its own language's app: the files live next
 * to it, in `content/articles/<locale>/images/<slug>/`, and the article writes them as Markdown
 * images with a relative path (`![…](./images/<slug>/home.png)`), which Astro's image pipeline
 * optimises (src/components/mdx/ArticleImage.astro). Each image needs alt text in the article's
 * language, must exist, and must stay within IMAGE_LIMITS. Problems carry the article's line, like
 * the other markup rules (src/lib/article-markup.ts runs these with them).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Nodes, Root } from 'mdast';
import type { MarkupProblem } from './article-markup';
import { SLUG_PATTERN } from './routes';

/** The largest image file an article may show: 1 MB, and 2400 px on either side. */
export const IMAGE_LIMITS = { maxBytes: 1024 * 1024, maxSide: 2400 } as const;

/** File types a screenshot may be (what the image pipeline reads and re-encodes). */
export const IMAGE_EXTENSIONS: readonly string[] = ['png', 'jpg', 'jpeg', 'webp'];

/** The folder, next to the article files of a language, that holds their images (one folder per slug). */
export const IMAGES_FOLDER = 'images';

/** What an image file's header says. */
export interface ImageSize {
	readonly format: 'png' | 'jpeg' | 'webp';
	readonly width: number;
	readonly height: number;
}

const ascii = (bytes: Uint8Array, start: number, length: number) =>
	String.fromCharCode(...bytes.subarray(start, start + length));

/**
 * Returns the format and pixel size of a PNG, JPEG or WebP file from its first bytes, or undefined
 * for anything else (or a file too short to say).
 * @example readImageSize(readFileSync('home.png')) // { format: 'png', width: 720, height: 1280 }
 */
export function readImageSize(bytes: Uint8Array): ImageSize | undefined {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (bytes.length >= 24 && ascii(bytes, 1, 3) === 'PNG' && ascii(bytes, 12, 4) === 'IHDR') {
		return { format: 'png', width: view.getUint32(16), height: view.getUint32(20) };
	}
	if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
		// JPEG: walk the segments to the first start-of-frame (SOF0–SOF15 except DHT, JPG, DAC).
		let offset = 2;
		while (offset + 9 <= bytes.length) {
			if (bytes[offset] !== 0xff) return undefined;
			const marker = bytes[offset + 1]!;
			if (marker === 0xff) {
				offset += 1;
				continue;
			}
			const length = view.getUint16(offset + 2);
			if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
				return {
					format: 'jpeg',
					height: view.getUint16(offset + 5),
					width: view.getUint16(offset + 7),
				};
			}
			offset += 2 + length;
		}
		return undefined;
	}
	if (bytes.length >= 25 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') {
		const chunk = ascii(bytes, 12, 4);
		if (chunk === 'VP8L') {
			const bits = view.getUint32(21, true);
			return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
		}
		if (bytes.length < 30) return undefined;
		if (chunk === 'VP8 ')
			return {
				format: 'webp',
				width: view.getUint16(26, true) & 0x3fff,
				height: view.getUint16(28, true) & 0x3fff,
			};
		if (chunk === 'VP8X') {
			const width = 1 + (bytes[24]! | (bytes[25]! << 8) | (bytes[26]! << 16));
			const height = 1 + (bytes[27]! | (bytes[28]! << 8) | (bytes[29]! << 16));
			return { format: 'webp', width, height };
		}
	}
	return undefined;
}

const HAN = /\p{Script=Han}/u;

/** Returns whether a language's text is written with Chinese characters (zh-cn, zh-tw …). */
const writesHan = (locale: string) => /^zh(?:-|$)/i.test(locale);

/**
 * Returns why an alt text is not in the article's language, or undefined when it is: a Chinese
 * article's alt text has Chinese characters, another language's has none.
 * @example altLanguageProblem('Home screen', 'zh-cn') // 'the alt text "Home screen" has no Chinese …'
 */
export function altLanguageProblem(alt: string, locale: string): string | undefined {
	const han = HAN.test(alt);
	if (writesHan(locale) && !han) {
		return `the alt text "${alt}" has no Chinese: a ${locale} article describes its screenshots in its own language`;
	}
	if (!writesHan(locale) && han) {
		return `the alt text "${alt}" is Chinese: a ${locale} article describes its screenshots in its own language (and shows its own language's app)`;
	}
	return undefined;
}

/** Where an article file is: its language, its slug and the folder its images must be in. */
export interface ArticlePlace {
	readonly locale: string;
	readonly slug: string;
	/** Absolute path of `<locale>/images/<slug>/`. */
	readonly imagesDir: string;
}

/**
 * Returns where an article file stands, or undefined when the path is not `…/articles/<locale>/<slug>.mdx`
 * with a valid slug (a misnamed file is reported once, for its name, not again for its images).
 */
export function placeArticle(articleFile: string): ArticlePlace | undefined {
	const match = /(?:^|[\\/])articles[\\/]([a-z]{2,3}(?:-[a-z0-9]+)*)[\\/]([^\\/]+)\.mdx$/.exec(
		articleFile,
	);
	if (!match || !SLUG_PATTERN.test(match[2]!)) return undefined;
	return {
		locale: match[1]!,
		slug: match[2]!,
		imagesDir: resolve(dirname(articleFile), IMAGES_FOLDER, match[2]!),
	};
}

const formatBytes = (bytes: number) =>
	bytes >= 1024 * 1024
		? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
		: `${Math.ceil(bytes / 1024)} KB`;

/** Returns why an image file may not be shown, or undefined when it is a PNG, JPEG or WebP within IMAGE_LIMITS. */
export function imageFileProblem(path: string, shownAs: string): string | undefined {
	const extension = path.split('.').at(-1)?.toLowerCase() ?? '';
	if (!IMAGE_EXTENSIONS.includes(extension)) {
		return `screenshots are ${IMAGE_EXTENSIONS.map((e) => `.${e}`).join(', ')} files; convert ${basename(path)} to PNG or WebP`;
	}
	const bytes = statSync(path).size;
	if (bytes > IMAGE_LIMITS.maxBytes) {
		return `${shownAs} is ${formatBytes(bytes)}; an image may be at most ${formatBytes(IMAGE_LIMITS.maxBytes)} (scale it to 1080 px wide, or save it as WebP)`;
	}
	const size = readImageSize(readFileSync(path));
	if (!size) return `${shownAs} is not a readable PNG, JPEG or WebP image`;
	if (Math.max(size.width, size.height) > IMAGE_LIMITS.maxSide) {
		return `${shownAs} is ${size.width} × ${size.height} px; no side may be over ${IMAGE_LIMITS.maxSide} px (scale it to 1080 px wide: readers see it at most 360 px wide)`;
	}
	return undefined;
}

/** Returns a URL as a file path would be read from it: without `?…`/`#…`, percent-decoded as Astro does. */
function filePart(url: string): string {
	const path = url.replace(/[?#].*$/, '');
	try {
		return decodeURI(path);
	} catch {
		return path;
	}
}

const snippet = (text: string, max = 60) =>
	text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** Returns whether a source is written the way refuseImage (article-markup.ts) already judges: another host, a scheme. */
const isJudgedElsewhere = (url: string) =>
	/^[a-z][a-z\d+.-]*:/i.test(url.trim()) || /^[\\/]{2}/.test(url.trim());

/**
 * Returns the problems of an article's images: Markdown images (`![alt](src)`, and references to a
 * definition) and `<img>` elements. `articleFile` is the article's path (relative to the working
 * folder or absolute); `publicDir` holds the site's own files that `/…` paths name.
 */
export function findImageProblems(
	tree: Root,
	articleFile: string,
	publicDir = 'public',
): MarkupProblem[] {
	const problems: MarkupProblem[] = [];
	const place = placeArticle(articleFile);
	const definitions = new Map<string, string>();
	const collect = (node: Nodes) => {
		if (node.type === 'definition') definitions.set(node.identifier, node.url);
		if ('children' in node) for (const child of node.children) collect(child);
	};
	collect(tree);

	const check = (
		node: Nodes,
		url: string | undefined,
		alt: string | null | undefined,
		element: boolean,
	) => {
		const line = node.position?.start.line ?? 1;
		const column = node.position?.start.column;
		const found = `image "${snippet(url ?? '')}"`;
		const report = (message: string) =>
			problems.push({ line, ...(column === undefined ? {} : { column }), found, message });
		if (url === undefined || isJudgedElsewhere(url)) return;
		if (!alt?.trim()) {
			report(
				'an image needs alt text that says what it shows, for readers who cannot see it: write ![what the screen shows](…)' +
					(place ? ` in the article's language (${place.locale})` : ''),
			);
		} else if (place) {
			const wrong = altLanguageProblem(alt.trim(), place.locale);
			if (wrong) report(wrong);
		}
		const path = filePart(url);
		if (path.startsWith('/')) {
			const file = join(publicDir, path);
			if (!existsSync(file))
				report(
					`no such file: ${file}; a path starting with / names a file in ${publicDir}/ (screenshots go next to the article, in ./${IMAGES_FOLDER}/<slug>/)`,
				);
			return;
		}
		if (element) {
			report(
				`write screenshots as Markdown images, ![alt](${path}), so the build can optimise them; <img> takes only files in public/ (src="/…")`,
			);
			return;
		}
		const file = resolve(dirname(articleFile), path);
		if (place && !(file.startsWith(place.imagesDir + sep) && dirname(file) === place.imagesDir)) {
			report(
				`an article's images are in ./${IMAGES_FOLDER}/${place.slug}/ next to it, so each language shows its own app; ` +
					`move the file to ${relative(process.cwd(), join(place.imagesDir, basename(file)))} and write ./${IMAGES_FOLDER}/${place.slug}/${basename(file)}`,
			);
			return;
		}
		if (!existsSync(file) || !statSync(file).isFile()) {
			report(`no such file: ${relative(process.cwd(), file)}`);
			return;
		}
		const why = imageFileProblem(file, relative(process.cwd(), file));
		if (why) report(why);
	};

	const walk = (node: Nodes) => {
		if (node.type === 'image') check(node, node.url, node.alt, false);
		else if (node.type === 'imageReference')
			check(node, definitions.get(node.identifier), node.alt, false);
		else if (
			(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
			node.name === 'img'
		) {
			const value = (name: string) => {
				const attribute = node.attributes.find(
					(a) => a.type === 'mdxJsxAttribute' && a.name === name,
				);
				return typeof attribute?.value === 'string' ? attribute.value : attribute ? '' : undefined;
			};
			// An expression or spread source is refused as code by the markup check.
			if (value('src') !== undefined) check(node, value('src'), value('alt'), true);
		}
		if ('children' in node) for (const child of node.children) walk(child);
	};
	walk(tree);
	return problems;
}

/** Returns the image files of an article (its `images/<slug>/` folder), for its pages' cache key. */
export function hashArticleImages(articleFile: string): Array<[string, string]> {
	const place = placeArticle(articleFile);
	if (!place || !existsSync(place.imagesDir)) return [];
	return readdirSync(place.imagesDir)
		.filter((name) => !name.startsWith('.'))
		.sort()
		.map((name) => [
			name,
			createHash('sha256')
				.update(readFileSync(join(place.imagesDir, name)))
				.digest('hex'),
		]);
}

/** How wide a screenshot is shown at most, in CSS pixels (a phone screen's width: readable, not blown up). */
export const SCREENSHOT_MAX_CSS_WIDTH = 360;

/** The `sizes` of a screenshot's srcset: the column's width on a narrow phone, else SCREENSHOT_MAX_CSS_WIDTH. */
export const SCREENSHOT_SIZES = `(max-width: ${SCREENSHOT_MAX_CSS_WIDTH + 40}px) calc(100vw - 2.5rem), ${SCREENSHOT_MAX_CSS_WIDTH}px`;

/**
 * Returns the widths a screenshot is encoded at for its srcset: 1×, 2× and 3× the width it is shown
 * at, never wider than the file itself (then the file's own width is the largest).
 * @example screenshotWidths(720) // [360, 720]
 * @example screenshotWidths(1000) // [360, 720, 1000]
 */
export function screenshotWidths(width: number): number[] {
	const largest = Math.min(width, 3 * SCREENSHOT_MAX_CSS_WIDTH);
	return [
		...[1, 2, 3].map((x) => x * SCREENSHOT_MAX_CSS_WIDTH).filter((w) => w < largest),
		largest,
	];
}
