/**
 * Which files in content/articles/ become articles. The collection reads `**\/*.mdx` only, so an
 * article saved as `.md` or `.MDX` would silently never be published; these rules name it instead.
 */
import type { Issue } from './issues';
import { parseArticleId } from './routes';

/** Extensions writers reach for that the collection does not read: the file is an article in the wrong format. */
const ARTICLE_LIKE = /\.(?:mdx|md|markdown)$/i;

/** Hidden files and folders (.DS_Store, editor swap files) are the system's and editors', and the collection skips them. */
const isHidden = (path: string) => path.split('/').some((segment) => segment.startsWith('.'));

/** Returns whether a path under the articles folder is one the collection reads as an article: `<locale>/<slug>.mdx`. */
export function isArticlePath(path: string): boolean {
	return !isHidden(path) && path.endsWith('.mdx') && parseArticleId(path.slice(0, -'.mdx'.length)) !== null;
}

/**
 * Returns an issue for every file under the articles folder that the collection would ignore or
 * could not place: not `.mdx`, or not at `<locale>/<slug>.mdx`. Hidden files are skipped.
 * @example findUnreadArticleFiles(['en/refund.md'], 'content/articles') // [{ file: 'content/articles/en/refund.md', rule: 'article-files', message: '… rename it to refund.mdx' }]
 */
export function findUnreadArticleFiles(paths: readonly string[], articlesDir: string): Issue[] {
	return paths
		.filter((path) => !isHidden(path) && !isArticlePath(path))
		.map((path) => {
			const file = `${articlesDir}/${path}`;
			const name = path.split('/').at(-1)!;
			if (name.endsWith('.mdx')) return { file, rule: 'article-files', message: 'articles must live in content/articles/<locale>/<slug>.mdx' };
			return {
				file,
				rule: 'article-files',
				message: ARTICLE_LIKE.test(name)
					? `only .mdx files are published, so this article would be left out; rename it to ${name.replace(ARTICLE_LIKE, '')}.mdx`
					: 'only articles (<locale>/<slug>.mdx) belong in content/articles/, and this file would be left out; move it elsewhere',
			};
		});
}
