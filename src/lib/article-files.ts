/**
 * Which files in content/articles/ become articles. The collection reads `**\/*.mdx` only, so an
 * article saved as `.md` or `.MDX` would silently never be published; these rules name it instead.
 */
import { IMAGE_EXTENSIONS, IMAGES_FOLDER } from './article-images';
import type { Issue } from './issues';
import { parseArticleId } from './routes';

/** Extensions writers reach for that the collection does not read: the file is an article in the wrong format. */
const ARTICLE_LIKE = /\.(?:mdx|md|markdown)$/i;

/** Hidden files and folders (.DS_Store, editor swap files) are the system's and editors', and the collection skips them. */
const isHidden = (path: string) => path.split('/').some((segment) => segment.startsWith('.'));

/** Returns whether a path under the articles folder is one the collection reads as an article: `<locale>/<slug>.mdx`. */
export function isArticlePath(path: string): boolean {
	return (
		!isHidden(path) &&
		path.endsWith('.mdx') &&
		parseArticleId(path.slice(0, -'.mdx'.length)) !== null
	);
}

const IMAGE_PATH = new RegExp(
	`^([^/]+)/${IMAGES_FOLDER}/([^/]+)/[^/]+\\.(?:${IMAGE_EXTENSIONS.join('|')})$`,
	'i',
);

/**
 * Returns why a file under the images folder is misplaced, or undefined when it is an image of an
 * article: `<locale>/images/<slug>/<name>.png` (or .jpg, .jpeg, .webp) beside `<locale>/<slug>.mdx`.
 */
function imageProblem(path: string, articles: ReadonlySet<string>): string | undefined {
	const match = IMAGE_PATH.exec(path);
	if (!match) {
		return `an article's images are ${IMAGE_EXTENSIONS.map((e) => `.${e}`).join(', ')} files in <locale>/${IMAGES_FOLDER}/<slug>/, next to <locale>/<slug>.mdx`;
	}
	const [, locale, slug] = match;
	if (!articles.has(`${locale}/${slug}.mdx`))
		return `no article ${locale}/${slug}.mdx uses images from this folder; move the image to the folder of its article's slug, or delete it`;
	return undefined;
}

/**
 * Returns an issue for every file under the articles folder that the collection would ignore or
 * could not place: not `.mdx`, or not at `<locale>/<slug>.mdx`, except an article's images in
 * `<locale>/images/<slug>/` (src/lib/article-images.ts). Hidden files are skipped.
 * @example findUnreadArticleFiles(['en/refund.md'], 'content/articles') // [{ file: 'content/articles/en/refund.md', rule: 'article-files', message: '… rename it to refund.mdx' }]
 */
export function findUnreadArticleFiles(paths: readonly string[], articlesDir: string): Issue[] {
	const articles = new Set(paths.filter(isArticlePath));
	return paths
		.filter((path) => !isHidden(path) && !isArticlePath(path))
		.flatMap((path): Issue[] => {
			const file = `${articlesDir}/${path}`;
			if (path.split('/')[1] === IMAGES_FOLDER) {
				const problem = imageProblem(path, articles);
				return problem ? [{ file, rule: 'article-files', message: problem }] : [];
			}
			const name = path.split('/').at(-1)!;
			if (name.endsWith('.mdx'))
				return [
					{
						file,
						rule: 'article-files',
						message: 'articles must live in content/articles/<locale>/<slug>.mdx',
					},
				];
			return [
				{
					file,
					rule: 'article-files',
					message: ARTICLE_LIKE.test(name)
						? `only .mdx files are published, so this article would be left out; rename it to ${name.replace(ARTICLE_LIKE, '')}.mdx`
						: `only articles (<locale>/<slug>.mdx) and their images (<locale>/${IMAGES_FOLDER}/<slug>/) belong in content/articles/, and this file would be left out; move it elsewhere`,
				},
			];
		});
}
