/**
 * What an article body may contain besides Markdown: the one list of components (with their
 * props) and HTML elements (with their attributes). Everything else — imports, JavaScript
 * expressions, other elements, other attributes — is refused before rendering
 * (`src/lib/article-markup.ts`). To add a component, add its props schema here and the component
 * to `src/components/mdx/index.ts`; the type check fails until both lists name it.
 */
import { z } from 'astro/zod';
import { PLATFORMS } from './platform';

/** `<Callout type="warning" title="…">`: a box set apart from the text. */
export const calloutProps = z.strictObject({
	/** The box's colour and default title. */
	type: z.enum(['note', 'tip', 'warning', 'danger']).default('note'),
	/** Title shown above the text; defaults to the type's name in the page's language. */
	title: z.string().min(1).optional(),
});

/** `<Channel id="hotline" />`: an official channel of content/channels.yaml (its existence is checked when the page renders). */
export const channelProps = z.strictObject({
	/** Id of a channel in content/channels.yaml. */
	id: z.string().min(1),
});

/**
 * `<Platforms>`: steps that differ per platform, in a `##` section. Holds only `<Platform>` blocks,
 * at least two, each platform once (src/lib/platform-markup.ts). Headings without JavaScript, tabs with it.
 */
export const platformsProps = z.strictObject({});

/** `<Platform name="ios">`: one platform's steps, directly inside `<Platforms>`; its heading is the platform's name. */
export const platformProps = z.strictObject({
	/** The platform: `ios` (iPhone and iPad), `android` or `web` (the website in a browser). */
	name: z.enum(PLATFORMS),
});

/** Components articles use without importing them, each with the props it accepts (literal strings only). */
export const articleComponents = {
	Callout: calloutProps,
	Channel: channelProps,
	ChannelList: z.strictObject({}),
	Platform: platformProps,
	Platforms: platformsProps,
	Steps: z.strictObject({}),
} as const satisfies Record<string, z.ZodObject>;

export type ArticleComponentName = keyof typeof articleComponents;

/** Attributes every allowed HTML element may carry. No `dir`: it reorders text as bidi controls do. */
export const globalHtmlAttributes: readonly string[] = ['id', 'lang', 'title'];

/**
 * HTML elements an article may write as tags, with the attributes each accepts besides the global
 * ones. No h1 (the page's title is its h1), nothing that runs, styles, embeds or submits.
 */
export const articleHtmlElements: Readonly<Record<string, readonly string[]>> = {
	a: ['href'],
	abbr: [],
	b: [],
	blockquote: [],
	br: [],
	caption: [],
	code: [],
	dd: [],
	del: [],
	details: ['open'],
	div: [],
	dl: [],
	dt: [],
	em: [],
	figcaption: [],
	figure: [],
	h2: [],
	h3: [],
	h4: [],
	h5: [],
	h6: [],
	hr: [],
	i: [],
	img: ['src', 'alt', 'width', 'height'],
	ins: [],
	kbd: [],
	li: [],
	mark: [],
	ol: ['start', 'reversed'],
	p: [],
	pre: [],
	s: [],
	small: [],
	span: [],
	strong: [],
	sub: [],
	summary: [],
	sup: [],
	table: [],
	tbody: [],
	td: ['colspan', 'rowspan'],
	tfoot: [],
	th: ['colspan', 'rowspan', 'scope'],
	thead: [],
	tr: [],
	u: [],
	ul: [],
};

/** URL schemes a link may use (a path on this site needs none). `mailto:`/`tel:` still answer to the contact rules. */
export const linkSchemes: readonly string[] = ['https', 'http', 'mailto', 'tel'];
