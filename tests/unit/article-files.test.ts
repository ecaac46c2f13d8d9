import { describe, expect, test } from 'vitest';
import { findUnreadArticleFiles, isArticlePath } from '../../src/lib/article-files';

const DIR = 'content/articles';

describe('findUnreadArticleFiles', () => {
	test('articles at <locale>/<slug>.mdx are read: no issues', () => {
		expect(findUnreadArticleFiles(['en/refund.mdx', 'zh-cn/refund.mdx'], DIR)).toEqual([]);
	});

	test.each([
		['en/refund.md', 'refund.mdx'],
		['en/refund.markdown', 'refund.mdx'],
		['en/refund.MDX', 'refund.mdx'],
		['zh-cn/Refund.Md', 'Refund.mdx'],
	])('an article saved as %s would be left out: rename it to %s', (path, renamed) => {
		expect(findUnreadArticleFiles([path], DIR)).toEqual([
			{
				file: `${DIR}/${path}`,
				rule: 'article-files',
				message: `only .mdx files are published, so this article would be left out; rename it to ${renamed}`,
			},
		]);
	});

	test.each(['en/notes.txt', 'README', 'en/refund.mdx.bak'])(
		'any other file (%s) would be left out too',
		(path) => {
			expect(findUnreadArticleFiles([path], DIR)).toEqual([
				{
					file: `${DIR}/${path}`,
					rule: 'article-files',
					message:
						'only articles (<locale>/<slug>.mdx) and their images (<locale>/images/<slug>/) belong in content/articles/, and this file would be left out; move it elsewhere',
				},
			]);
		},
	);

	test("an article's images in <locale>/images/<slug>/ belong there", () => {
		const paths = [
			'en/refund.mdx',
			'en/images/refund/home.png',
			'en/images/refund/form.WEBP',
			'zh-cn/refund.mdx',
			'zh-cn/images/refund/home.jpg',
		];
		expect(findUnreadArticleFiles(paths, DIR)).toEqual([]);
	});

	test.each([
		[
			'en/images/home.png',
			"an article's images are .png, .jpg, .jpeg, .webp files in <locale>/images/<slug>/",
		],
		[
			'en/images/refund/old/home.png',
			"an article's images are .png, .jpg, .jpeg, .webp files in <locale>/images/<slug>/",
		],
		[
			'en/images/refund/logo.svg',
			"an article's images are .png, .jpg, .jpeg, .webp files in <locale>/images/<slug>/",
		],
		['en/images/lost-card/home.png', 'no article en/lost-card.mdx uses images from this folder'],
		['zh-cn/images/refund/home.png', 'no article zh-cn/refund.mdx uses images from this folder'],
	])('an image at %s is misplaced', (path, message) => {
		const issues = findUnreadArticleFiles(['en/refund.mdx', path], DIR);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ file: `${DIR}/${path}` });
		expect(issues[0]!.message).toContain(message);
	});

	test.each(['refund.mdx', 'en/old/refund.mdx', 'English/refund.mdx'])(
		'an .mdx file outside a locale folder (%s) cannot be placed',
		(path) => {
			expect(findUnreadArticleFiles([path], DIR)).toEqual([
				{
					file: `${DIR}/${path}`,
					rule: 'article-files',
					message: 'articles must live in content/articles/<locale>/<slug>.mdx',
				},
			]);
		},
	);

	test.each(['.DS_Store', 'en/.DS_Store', 'en/.refund.mdx.swp', '.drafts/en/refund.md'])(
		'hidden files are the system’s and editors’ (%s)',
		(path) => {
			expect(findUnreadArticleFiles([path], DIR)).toEqual([]);
		},
	);
});

describe('isArticlePath', () => {
	test.each([
		['en/refund.mdx', true],
		['zh-cn/Payment-Help.mdx', true],
		['en/refund.md', false],
		['refund.mdx', false],
		['en/.refund.mdx', false],
	])('%s → %s', (path, expected) => {
		expect(isArticlePath(path)).toBe(expected);
	});
});
