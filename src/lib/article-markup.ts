/**
 * Articles are content, not code. MDX would let an article import modules, run JavaScript at build
 * time (`{process.env.HOME}`), and publish `<script>` or `onerror=` handlers; writers and
 * translators must not be able to do any of that. An article may hold Markdown, the components and
 * HTML elements of `src/schemas/article-markup.ts` with literal props, `{/* comments *\/}`, and
 * nothing else; no invisible bidi control may disguise its text.
 *
 * The body is read with the parser Astro's MDX uses (remark-parse, remark-mdx, remark-gfm), so
 * what is checked is what would be compiled. The same walk runs on the tree Astro itself parses
 * (`remarkArticleMarkup`) and on the file before the build (`checkArticleMarkup`), with how
 * `<Platforms>` groups are built (src/lib/platform-markup.ts) and the article's images: alt text in
 * its language, files that exist next to it and within the size limits (src/lib/article-images.ts).
 */
import { relative } from 'node:path';
import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isScalar, LineCounter, parseDocument, visit as visitYaml } from 'yaml';
import {
	articleComponents,
	articleHtmlElements,
	globalHtmlAttributes,
	linkSchemes,
	type ArticleComponentName,
} from '../schemas/article-markup';
import { findImageProblems } from './article-images';
import { formatPropsProblems } from './component-props';
import { formatIssues, type Issue } from './issues';
import { findPlatformProblems } from './platform-markup';

/** One thing an article may not contain, where it is. */
export interface MarkupProblem {
	/** 1-based line in the file (frontmatter included). */
	readonly line: number;
	/** 1-based column, when known. */
	readonly column?: number;
	/** What was found, short: `import`, `<script>`, `<img onerror>`, `U+202E`. */
	readonly found: string;
	readonly message: string;
	/** Frontmatter field holding it, for text in the frontmatter. */
	readonly field?: string;
}

/** Invisible controls that reorder the text around them: embeddings, overrides and isolates. */
const BIDI_CONTROLS: Readonly<Record<string, string>> = {
	'\u202A': 'LEFT-TO-RIGHT EMBEDDING',
	'\u202B': 'RIGHT-TO-LEFT EMBEDDING',
	'\u202C': 'POP DIRECTIONAL FORMATTING',
	'\u202D': 'LEFT-TO-RIGHT OVERRIDE',
	'\u202E': 'RIGHT-TO-LEFT OVERRIDE',
	'\u2066': 'LEFT-TO-RIGHT ISOLATE',
	'\u2067': 'RIGHT-TO-LEFT ISOLATE',
	'\u2068': 'FIRST STRONG ISOLATE',
	'\u2069': 'POP DIRECTIONAL ISOLATE',
};
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

/** Astro's own frontmatter pattern (@astrojs/internal-helpers), so the body is the text MDX compiles. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

const COMMENT_ONLY = /^\s*(?:\/\*[\s\S]*?\*\/\s*)*$/;
const CODE_ELEMENTS: ReadonlySet<string> = new Set([
	'script',
	'style',
	'iframe',
	'object',
	'embed',
	'frame',
	'frameset',
]);
const COMPONENT_NAMES = Object.keys(articleComponents).join(', ');

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

type Node = Nodes;
type JsxElement = Extract<Node, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
type Expression = Extract<Node, { type: 'mdxFlowExpression' | 'mdxTextExpression' }>;
interface Point {
	readonly line: number;
	readonly column?: number;
}

/** Returns text shortened to `max` characters for a message, on one line. */
function snippet(text: string, max = 40): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Returns a character's code point as written in Unicode charts: `U+202E`. */
function codePointOf(char: string): string {
	return `U+${char.codePointAt(0)!.toString(16).toUpperCase()}`;
}

function bidiMessage(char: string): string {
	return `invisible bidi control ${codePointOf(char)} (${BIDI_CONTROLS[char]}): it makes text display in another order than it is written, a classic way to disguise a number or link; delete it`;
}

/** Returns the position of the first bidi control in a decoded value that starts at `start`. */
function bidiIn(value: string, start: Point): { char: string; at: Point } | undefined {
	const match = BIDI.exec(value);
	if (!match) return undefined;
	const before = value.slice(0, match.index);
	const newlines = before.split('\n').length - 1;
	// A decoded value (entities, escapes) has no exact column; the first line's is the node's.
	return { char: match[0], at: newlines === 0 ? start : { line: start.line + newlines } };
}

/** Returns a URL's scheme, lowercase, as a browser reads it (tabs and newlines removed, leading controls trimmed). */
function schemeOf(url: string): string | undefined {
	const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
	return /^([a-z][a-z\d+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** Returns why a link target is refused, or undefined when it is a path or a web, mail or phone URL. */
export function refuseLink(url: string): string | undefined {
	const scheme = schemeOf(url);
	if (scheme === undefined || linkSchemes.includes(scheme)) return undefined;
	return `a ${scheme}: link can run code or open something other than a page; links are paths on this site or ${linkSchemes.map((s) => `${s}:`).join(', ')} URLs`;
}

/** Returns why an image source is refused, or undefined when it is a file of this site (or inline data). */
export function refuseImage(url: string): string | undefined {
	const scheme = schemeOf(url);
	const cleaned = url.replace(/[\t\n\r]/g, '').trim();
	if (scheme === 'data' && /^data:image\//i.test(cleaned)) return undefined;
	if (scheme !== undefined || /^[\\/]{2}/.test(cleaned)) {
		return 'images are files of this site (a path like /images/card.png): a page never loads anything from another host';
	}
	return undefined;
}

function pointOf(
	node: { position?: { start: { line: number; column: number } } | undefined },
	fallback: Point,
): Point {
	return node.position
		? { line: node.position.start.line, column: node.position.start.column }
		: fallback;
}

function isCommentOnly(node: Expression): boolean {
	const program = node.data?.estree;
	return COMMENT_ONLY.test(node.value) && (!program || program.body.length === 0);
}

/**
 * Returns every problem in an MDX tree (with positions from its source). `body` is that source,
 * frontmatter blanked, for the bidi controls the tree does not keep (in comments, attribute quotes).
 */
export function findMarkupProblems(tree: Root, body: string): MarkupProblem[] {
	const problems: MarkupProblem[] = [];
	const report = (at: Point, found: string, message: string) =>
		problems.push({
			line: at.line,
			...(at.column === undefined ? {} : { column: at.column }),
			found,
			message,
		});
	const bidiLines = new Set<number>();
	const reportBidi = (value: string | null | undefined, start: Point) => {
		const hit = value ? bidiIn(value, start) : undefined;
		if (!hit || bidiLines.has(hit.at.line)) return;
		bidiLines.add(hit.at.line);
		report(hit.at, codePointOf(hit.char), bidiMessage(hit.char));
	};

	const checkUrl = (
		url: string,
		at: Point,
		refuse: (url: string) => string | undefined,
		what: string,
	) => {
		const why = refuse(url);
		if (why) report(at, `${what} "${snippet(url)}"`, why);
	};

	const checkElement = (node: JsxElement, at: Point) => {
		const name = node.name ?? '';
		const isComponent = Object.hasOwn(articleComponents, name);
		const htmlAttributes = Object.hasOwn(articleHtmlElements, name)
			? articleHtmlElements[name]
			: undefined;
		if (!isComponent && !htmlAttributes) {
			const tag = `<${name}>`;
			report(
				at,
				tag,
				CODE_ELEMENTS.has(name.toLowerCase())
					? `${tag} cannot be used in articles: articles are text, and may not run code, style the page or embed other pages`
					: `${tag} is not a component or HTML element articles may use; the components are ${COMPONENT_NAMES}, and the HTML elements allowed are listed in docs/writing.md`,
			);
			return;
		}
		const schema = isComponent ? articleComponents[name as ArticleComponentName] : undefined;
		const allowed = schema
			? Object.keys(schema.shape)
			: [...globalHtmlAttributes, ...(htmlAttributes ?? [])];
		const props: Record<string, unknown> = {};
		let refused = false;
		for (const attribute of node.attributes) {
			const where = pointOf(attribute, at);
			if (attribute.type === 'mdxJsxExpressionAttribute') {
				report(
					where,
					`<${name} {${snippet(attribute.value, 20)}}>`,
					'spread and expression attributes are code; write each attribute with a literal value, like type="warning"',
				);
				refused = true;
				continue;
			}
			const attr = attribute.name;
			if (/^on/i.test(attr)) {
				report(
					where,
					`<${name} ${attr}>`,
					"event handlers (on…=) run code in the reader's browser; articles cannot have them",
				);
				refused = true;
			} else if (attribute.value !== null && typeof attribute.value === 'object') {
				report(
					where,
					`<${name} ${attr}={…}>`,
					`attribute values are literal text: write ${attr}="…", not ${attr}={…}, which runs code`,
				);
				refused = true;
			} else if (!allowed.includes(attr)) {
				report(
					where,
					`<${name} ${attr}>`,
					`<${name}> takes no "${attr}" attribute; it takes ${allowed.length > 0 ? allowed.map((a) => `"${a}"`).join(', ') : 'none'}`,
				);
				refused = true;
			} else {
				const value = attribute.value ?? true;
				props[attr] = value;
				if (typeof value === 'string') {
					reportBidi(value, where);
					if (name === 'a' && attr === 'href') checkUrl(value, where, refuseLink, 'link');
					if (name === 'img' && attr === 'src') checkUrl(value, where, refuseImage, 'image');
				}
			}
		}
		if (schema && !refused) {
			const result = schema.safeParse(props);
			if (!result.success)
				report(
					at,
					`<${name}>`,
					`<${name}> has invalid props: ${formatPropsProblems(result.error)}`,
				);
		}
	};

	const imageLabels = new Set<string>();
	const collectImageLabels = (node: Node) => {
		if (node.type === 'imageReference') imageLabels.add(node.identifier);
		if ('children' in node) for (const child of node.children) collectImageLabels(child);
	};
	collectImageLabels(tree);

	const walk = (node: Node) => {
		const at = pointOf(node, { line: 1 });
		switch (node.type) {
			case 'mdxjsEsm':
				report(
					at,
					/^\s*export\b/.test(node.value) ? 'export' : 'import',
					`"${snippet(node.value)}": articles cannot import or export code; the components (${COMPONENT_NAMES}) are there without importing them`,
				);
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (!isCommentOnly(node)) {
					report(
						at,
						`{${snippet(node.value, 30)}}`,
						'articles cannot run JavaScript expressions: write the text itself, "\\{" for a literal brace, or {/* … */} for a comment',
					);
				}
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				checkElement(node, at);
				break;
			case 'html':
				report(
					at,
					'HTML',
					'raw HTML cannot be used in articles; write Markdown or an allowed element',
				);
				break;
			case 'link':
			case 'definition':
				checkUrl(node.url, at, refuseLink, 'link');
				// `![alt][ref]` shows the definition's URL as an image.
				if (node.type === 'definition' && imageLabels.has(node.identifier))
					checkUrl(node.url, at, refuseImage, 'image');
				reportBidi(node.url, at);
				reportBidi(node.title, at);
				break;
			case 'image':
				checkUrl(node.url, at, refuseImage, 'image');
				reportBidi(node.url, at);
				reportBidi(node.alt, at);
				reportBidi(node.title, at);
				break;
			case 'text':
			case 'inlineCode':
			case 'code':
				reportBidi(node.value, at);
				break;
		}
		if ('children' in node) for (const child of node.children) walk(child);
	};
	// Bidi controls as typed, wherever they are (comments and attribute quotes included), with their
	// exact column; the walk then adds those written as entities (`&#x202E;`), which only decoding shows.
	body.split('\n').forEach((text, index) => {
		const match = BIDI.exec(text);
		if (match) reportBidi(match[0], { line: index + 1, column: match.index + 1 });
	});
	walk(tree);
	problems.push(...findPlatformProblems(tree));
	return problems.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

/** Returns the frontmatter's bidi controls, typed or written as YAML escapes (`"\u202E"`), with their field. */
function findFrontmatterProblems(source: string): MarkupProblem[] {
	const match = FRONTMATTER.exec(source);
	if (!match) return [];
	const yaml = match[1]!;
	// +1: the YAML starts on the line after the opening delimiter.
	const firstLine = source.slice(0, match.index + match[0].indexOf(yaml)).split('\n').length;
	const lineCounter = new LineCounter();
	const document = parseDocument(yaml, { lineCounter });
	const problems = new Map<number, MarkupProblem>();
	const add = (line: number, char: string, field: string | undefined, column?: number) => {
		if (problems.has(line)) return;
		problems.set(line, {
			line,
			...(column === undefined ? {} : { column }),
			found: codePointOf(char),
			message: bidiMessage(char),
			...(field ? { field } : {}),
		});
	};
	// The field of a line is the last top-level key that starts before it.
	const keys = (isMap(document.contents) ? document.contents.items : []).flatMap((item) =>
		isScalar(item.key) && item.key.range
			? [{ name: String(item.key.value), start: item.key.range[0] }]
			: [],
	);
	const fieldAt = (offset: number) => keys.filter((key) => key.start <= offset).at(-1)?.name;
	yaml.split('\n').reduce((offset, text, index) => {
		const hit = BIDI.exec(text);
		if (hit) add(firstLine + index, hit[0], fieldAt(offset + hit.index), hit.index + 1);
		return offset + text.length + 1;
	}, 0);
	// Escapes (`"\u202E"`) show only in the parsed value; a value that holds a typed control was reported above.
	if (document.errors.length === 0) {
		visitYaml(document, {
			Scalar(_key, node) {
				if (
					typeof node.value !== 'string' ||
					!node.range ||
					BIDI.test(yaml.slice(node.range[0], node.range[1]))
				)
					return;
				const hit = BIDI.exec(node.value);
				if (hit)
					add(
						firstLine + lineCounter.linePos(node.range[0]).line - 1,
						hit[0],
						fieldAt(node.range[0]),
					);
			},
		});
	}
	return [...problems.values()];
}

/** Returns an MDX source with its frontmatter blanked (newlines kept), so positions are the file's. */
export function blankFrontmatter(source: string): string {
	return source.replace(FRONTMATTER, (whole) => whole.replace(/[^\r\n]/g, ' '));
}

/** Returns problems as issues naming the file, line, what was found (in which field) and the column. */
export function toMarkupIssues(problems: readonly MarkupProblem[], file: string): Issue[] {
	return problems.map((problem) => ({
		file,
		line: problem.line,
		field: problem.field ? `${problem.field} ${problem.found}` : problem.found,
		rule: 'markup',
		message:
			problem.column === undefined
				? problem.message
				: `${problem.message} (column ${problem.column})`,
	}));
}

/**
 * Returns every problem of an article file: markup that is code or not on the allowlist, link and
 * image targets, and bidi controls in the frontmatter and the body. A body MDX cannot parse is one
 * problem with the parser's position.
 * @example checkArticleMarkup('---\ntitle: x\n---\n{process.env.HOME}\n', 'x.mdx')
 * // [{ file: 'x.mdx', line: 4, field: '{process.env.HOME}', rule: 'markup', message: 'articles cannot run JavaScript expressions: … (column 1)' }]
 */
export function checkArticleMarkup(source: string, file: string): Issue[] {
	const body = blankFrontmatter(source);
	const problems = findFrontmatterProblems(source);
	try {
		const tree = parser.parse(body);
		problems.push(...findMarkupProblems(tree, body), ...findImageProblems(tree, file));
	} catch (error) {
		const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
		problems.push({
			line: line ?? 1,
			...(column ? { column } : {}),
			found: 'MDX',
			message: `the body is not valid MDX: ${reason ?? (error as Error).message}`,
		});
	}
	return toMarkupIssues(problems, file);
}

/**
 * Remark plugin: the same walk on the tree Astro's MDX compiles. Compiling an article is the first
 * thing a build does with it, so this throws before any import is resolved or expression becomes
 * code, naming the file and line of each problem; the content check covers the frontmatter too.
 */
export function remarkArticleMarkup() {
	return (tree: Root, file: { path?: string; value?: unknown }) => {
		const path = file.path ? relative(process.cwd(), file.path) : '(MDX)';
		const problems = [
			...findMarkupProblems(tree, String(file.value ?? '')),
			...findImageProblems(tree, file.path ?? path),
		];
		if (problems.length === 0) return;
		problems.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
		// line and column: Astro shows the first problem as the error's location.
		const { line, column = 1 } = problems[0]!;
		throw Object.assign(
			new Error(formatIssues('Content check failed', toMarkupIssues(problems, path))),
			{ line, column },
		);
	};
}
