import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkArticleMarkup, refuseImage, refuseLink } from '../../src/lib/article-markup';
import {
	articleComponents,
	articleHtmlElements,
	globalHtmlAttributes,
} from '../../src/schemas/article-markup';

const FILE = 'content/articles/en/x.mdx';
const frontmatter = [
	'---',
	'title: How do I reset my password?',
	'description: Tap "Forgot password" on the sign-in screen.',
	'category: general',
	'updated: 2026-11-26',
	'---',
	'',
].join('\n');
/** Line of the first body line in `article(body)`. */
const BODY_LINE = 8;

/** An article whose body starts on line 8 with `body`. */
const article = (body: string) => `${frontmatter}\n${body}\n\nThe rest of the answer.\n`;
const check = (body: string) => checkArticleMarkup(article(body), FILE);

describe('checkArticleMarkup accepts what articles are made of', () => {
	test.each([
		[
			'plain Markdown',
			'## Heading\n\nText with **bold**, _emphasis_, `code` and a [link](/en/articles/other/).',
		],
		[
			'an https link and a mail link',
			'[site](https://example.com/path?q=1#x), [write](mailto:help@example.com).',
		],
		[
			'a relative link, a fragment and a reference link',
			'[a](../other/) [b](#top) [c][ref]\n\n[ref]: https://example.com/',
		],
		['a site image', '![A logo](/favicon.svg "Logo")'],
		['an inline data image', '![dot](data:image/png;base64,iVBORw0KGgo=)'],
		['an MDX comment', '{/* a note for translators */}\n\nText {/* inline */} more.'],
		['two comments in one expression', '{/* one */ /* two */}'],
		[
			'the documented components with literal props',
			'<Steps>\n\n1. One\n2. Two\n\n</Steps>\n\n<Callout type="warning" title="Careful">\nText\n</Callout>\n\n<Callout>\nNote\n</Callout>\n\nCall <Channel id="hotline" />.\n\n<ChannelList />',
		],
		['single-quoted literal props', "<Callout type='tip'>\nText\n</Callout>"],
		[
			'harmless HTML with allowed attributes',
			'Press <kbd>Ctrl</kbd> + <kbd>C</kbd>, H<sub>2</sub>O, <abbr title="Know your customer">KYC</abbr>, <span lang="zh-CN">余额</span>, line<br />break.',
		],
		[
			'an HTML link and image',
			'<a href="/en/contact/">contact</a> <img src="/favicon.svg" alt="logo" width="16" height="16" />',
		],
		[
			'details and a table',
			'<details open>\n<summary>More</summary>\n\nHidden text.\n\n</details>\n\n| a | b |\n| - | - |\n| 1 | 2 |',
		],
		[
			'escaped braces and angle brackets',
			'Type \\{name\\} or 1 \\< 2, and &lt;script&gt; is just text.',
		],
		[
			'text that mentions javascript: as words',
			'Never paste javascript:alert(1) into the address bar.',
		],
		['entities that decode to ordinary text', 'Caf&eacute; &#x41; &amp; &copy;'],
		[
			'Chinese text with full-width punctuation',
			'如果多次输入错误的支付密码，账户可能会被暂时锁定（约 15 分钟）。',
		],
	])('%s', (_name, body) => {
		expect(check(body)).toEqual([]);
	});
});

/** Returns the single issue of a body, asserting there is exactly one. */
function only(body: string) {
	const issues = check(body);
	expect(issues, JSON.stringify(issues, null, 1)).toHaveLength(1);
	return issues[0]!;
}

describe('checkArticleMarkup refuses code', () => {
	test.each([
		['import of node:fs', "import fs from 'node:fs'", 'import'],
		['side-effect import', "import '../../../src/pages/index.astro'", 'import'],
		['dynamic import in an export', "export const leak = await import('node:fs')", 'export'],
		['export const', 'export const title = process.env.HOME', 'export'],
		['export default', 'export default function Layout() { return null }', 'export'],
		['re-export', "export { readFileSync } from 'node:fs'", 'export'],
	])('%s', (_name, body, found) => {
		const issue = only(body);
		expect(issue).toMatchObject({ file: FILE, line: BODY_LINE, field: found });
		expect(issue.message).toContain('articles cannot import or export code');
	});

	test.each([
		['an environment variable in text', 'Your home is {process.env.HOME}.'],
		['a flow expression', '{process.env.HOME}'],
		['a call', '{require("fs").readFileSync("/etc/passwd", "utf8")}'],
		['a literal string', '{"just text"}'],
		['a number', '{1 + 1}'],
		['a comment hiding code', '{/* note */ process.env.HOME}'],
		['code after a comment on another line', '{/* note */\nprocess.env.HOME}'],
		['a line comment', '{// note\n}'],
		['an arrow function', '{(() => globalThis.process)()}'],
		['nested braces', '{({a: {b: process.env}}).a.b.HOME}'],
		['a template literal', '{`${process.env.HOME}`}'],
		['JSX in an expression', '{<script>alert(1)</script>}'],
		['an expression inside a component', '<Callout type="note">\n{process.env.HOME}\n</Callout>'],
		['an expression inside a link text', '[{process.env.HOME}](/en/)'],
		['an expression inside emphasis', '**{process.env.HOME}**'],
		['an expression in a table cell', '| a |\n| - |\n| {process.env.HOME} |'],
		['an expression in a footnote definition', 'Text[^1]\n\n[^1]: {process.env.HOME}'],
		['an expression in a list item', '- one\n- {process.env.HOME}'],
		['an expression in a heading', '## Home {process.env.HOME}'],
	])('%s', (_name, body) => {
		const issues = check(body);
		expect(issues.length).toBeGreaterThanOrEqual(1);
		expect(
			issues.every(
				(issue) => issue.file === FILE && issue.line !== undefined && issue.line >= BODY_LINE,
			),
		).toBe(true);
		expect(
			issues.some((issue) => issue.message.includes('articles cannot run JavaScript expressions')),
		).toBe(true);
	});

	test('an expression names its line and column', () => {
		const issue = only('First line.\n\nSecond, with {process.env.HOME} in it.');
		expect(issue).toMatchObject({ line: BODY_LINE + 2, field: '{process.env.HOME}' });
		expect(issue.message).toContain('(column 14)');
	});

	test.each([
		['<script>', '<script>alert(1)</script>', '<script>'],
		['<script> with src', '<script src="https://evil.example/x.js"></script>', '<script>'],
		['upper-case <SCRIPT>', '<SCRIPT>alert(1)</SCRIPT>', '<SCRIPT>'],
		['<style>', '<style>@import url(https://evil.example/x.css);</style>', '<style>'],
		['<iframe>', '<iframe src="https://evil.example/"></iframe>', '<iframe>'],
		['<iframe> with an onload handler', '<iframe src="x" onload="alert(1)"></iframe>', '<iframe>'],
		['<object>', '<object data="x.swf"></object>', '<object>'],
		['<embed>', '<embed src="x" />', '<embed>'],
	])('%s', (_name, body, found) => {
		const issue = only(body);
		expect(issue).toMatchObject({ line: BODY_LINE, field: found });
		expect(issue.message).toContain('cannot be used in articles');
	});

	test('<svg><script> refuses both elements', () => {
		const issues = check('<svg><script>alert(1)</script></svg>');
		expect(issues.map((issue) => issue.field)).toEqual(['<svg>', '<script>']);
	});

	test.each([
		['<svg>', '<svg onload="alert(1)"></svg>', '<svg>'],
		['<math>', '<math>x</math>', '<math>'],
		['<form>', '<form action="https://evil.example/"></form>', '<form>'],
		['<button>', '<button>Pay</button>', '<button>'],
		['<input>', '<input type="password" />', '<input>'],
		['<link>', '<link rel="stylesheet" href="x.css" />', '<link>'],
		['<meta>', '<meta http-equiv="refresh" content="0;url=https://evil.example/" />', '<meta>'],
		['<base>', '<base href="https://evil.example/" />', '<base>'],
		['<template>', '<template>x</template>', '<template>'],
		['<bdo> (reorders text)', '<bdo dir="rtl">0123</bdo>', '<bdo>'],
		['<h1> (the page has one)', '<h1>Title</h1>', '<h1>'],
		['an unknown component', '<Aside>Text</Aside>', '<Aside>'],
		['a near miss of a component', '<callout type="note">Text</callout>', '<callout>'],
		['a member expression', '<Callout.Inner>Text</Callout.Inner>', '<Callout.Inner>'],
		['a namespaced element', '<svg:script>x</svg:script>', '<svg:script>'],
		['a fragment', '<>Text</>', '<>'],
	])('unknown element %s', (_name, body, found) => {
		const issue = only(body);
		expect(issue).toMatchObject({ line: BODY_LINE, field: found });
		expect(issue.message).toMatch(
			/is not a component or HTML element articles may use|cannot be used in articles/,
		);
	});

	test.each([
		[
			'an event handler on an image',
			'<img src="/favicon.svg" alt="x" onerror="alert(1)" />',
			'<img onerror>',
		],
		[
			'an event handler on a component',
			'<Channel id="hotline" onClick="alert(1)" />',
			'<Channel onClick>',
		],
		['an upper-case event handler', '<span ONMOUSEOVER="alert(1)">x</span>', '<span ONMOUSEOVER>'],
		[
			'a handler with an expression',
			'<img src="/favicon.svg" alt="x" onerror={alert} />',
			'<img onerror>',
		],
	])('%s', (_name, body, found) => {
		const issue = only(body);
		expect(issue).toMatchObject({ line: BODY_LINE, field: found });
		expect(issue.message).toContain('event handlers');
	});

	test('an unquoted handler is not valid MDX, named with its line', () => {
		const issue = only('Text.\n\n<img src="/x.png" onerror=alert(1) />');
		expect(issue).toMatchObject({ line: BODY_LINE + 2, field: 'MDX' });
		expect(issue.message).toContain('the body is not valid MDX');
	});

	test.each([
		['<Callout type={x}>', '<Callout type={x}>\nText\n</Callout>', '<Callout type={…}>'],
		[
			'a literal string in braces',
			'<Callout type={"warning"}>\nText\n</Callout>',
			'<Callout type={…}>',
		],
		[
			'a template literal title',
			'<Callout title={`${process.env.HOME}`}>\nText\n</Callout>',
			'<Callout title={…}>',
		],
		['an expression href', '<a href={process.env.HOME}>x</a>', '<a href={…}>'],
		['a nested expression', '<Channel id={{a: process.env}.a.HOME} />', '<Channel id={…}>'],
	])('expression attribute: %s', (_name, body, found) => {
		const issue = only(body);
		expect(issue).toMatchObject({ line: BODY_LINE, field: found });
		expect(issue.message).toContain('attribute values are literal text');
	});

	test.each([
		['{...props} on a component', '<Callout {...props}>\nText\n</Callout>', '<Callout {...props}>'],
		[
			'{...props} on an element',
			'<span {...globalThis.process.env}>x</span>',
			'<span {...globalThis.proce…}>',
		],
		[
			'a spread of a literal object',
			'<Channel {...{id: "hotline"}} />',
			'<Channel {...{id: "hotline"}}>',
		],
	])('spread: %s', (_name, body, found) => {
		const issue = only(body);
		expect(issue).toMatchObject({ line: BODY_LINE, field: found });
		expect(issue.message).toContain('spread and expression attributes are code');
	});

	test.each([
		['style', '<span style="position:fixed;inset:0">x</span>', '<span style>'],
		['class', '<div class="callout callout--danger">x</div>', '<div class>'],
		['dir', '<span dir="rtl">0123</span>', '<span dir>'],
		['srcdoc', '<div srcdoc="x">x</div>', '<div srcdoc>'],
		[
			'set:html (an Astro directive)',
			'<span set:html="<script>alert(1)</script>" />',
			'<span set:html>',
		],
		['xlink:href', '<a xlink:href="javascript:alert(1)">x</a>', '<a xlink:href>'],
		['target on a link', '<a href="/en/" target="_blank">x</a>', '<a target>'],
		['an unknown Callout prop', '<Callout kind="warning">\nText\n</Callout>', '<Callout kind>'],
		['a prop ChannelList does not take', '<ChannelList id="x" />', '<ChannelList id>'],
	])('attribute not on the allowlist: %s', (_name, body, found) => {
		const issue = only(body);
		expect(issue).toMatchObject({ line: BODY_LINE, field: found });
		expect(issue.message).toMatch(/takes no ".+" attribute/);
	});

	test('a component prop value its schema refuses is named before rendering', () => {
		const issue = only('<Callout type="oops">\nText\n</Callout>');
		expect(issue).toMatchObject({ line: BODY_LINE, field: '<Callout>' });
		expect(issue.message).toMatch(/^<Callout> has invalid props: type: /);
	});

	test.each([
		['an empty attribute expression', '<Callout type={/* warning */}>\nText\n</Callout>'],
		['an attribute shorthand', '<Channel {id} />'],
		['braces in <style>', '<style>body { display: none }</style>'],
		['an unclosed expression', 'Text {process.env'],
	])('not valid MDX, so refused: %s', (_name, body) => {
		expect(only(body).field).toBe('MDX');
	});

	test('raw HTML comments are not MDX', () => {
		expect(only('<!-- note -->').field).toBe('MDX');
	});
});

describe('checkArticleMarkup refuses links that are not pages', () => {
	test.each([
		['javascript: in a Markdown link', '[pay](javascript:alert(1))', 'link "javascript:alert(1)"'],
		['upper-case JAVASCRIPT:', '[pay](JAVASCRIPT:alert(1))', 'link "JAVASCRIPT:alert(1)"'],
		[
			'javascript: written with an entity',
			'[pay](jav&#x61;script:alert(1))',
			'link "javascript:alert(1)"',
		],
		[
			'javascript: with an entity colon',
			'[pay](javascript&#58;alert(1))',
			'link "javascript:alert(1)"',
		],
		[
			'javascript: with an encoded tab',
			'[pay](java&#9;script:alert(1))',
			'link "java script:alert(1)"',
		],
		[
			'javascript: after an encoded space',
			'[pay](<&#32;javascript:alert(1)>)',
			'link "javascript:alert(1)"',
		],
		['javascript: in angle brackets', '[pay](<javascript:alert(1)>)', 'link "javascript:alert(1)"'],
		[
			'javascript: in a reference definition',
			'[pay][x]\n\n[x]: javascript:alert(1)',
			'link "javascript:alert(1)"',
		],
		[
			'data: text/html',
			'[pay](data:text/html;base64,PHNjcmlwdD4=)',
			'link "data:text/html;base64,PHNjcmlwdD4="',
		],
		['vbscript:', '[pay](vbscript:msgbox(1))', 'link "vbscript:msgbox(1)"'],
		[
			'javascript: in a JSX href',
			'<a href="javascript:alert(1)">pay</a>',
			'link "javascript:alert(1)"',
		],
		[
			'javascript: in a JSX href with entities',
			'<a href="java&#x73;cript&colon;alert(1)">pay</a>',
			'link "javascript:alert(1)"',
		],
		[
			'javascript: in a JSX href with a newline entity',
			'<a href="java&#10;script:alert(1)">pay</a>',
			'link "java script:alert(1)"',
		],
	])('%s', (_name, body, found) => {
		const issues = check(body);
		const issue = issues.find((i) => i.field?.startsWith('link'));
		expect(issue, JSON.stringify(issues)).toBeDefined();
		expect(issue).toMatchObject({ file: FILE, field: found });
		expect(issue!.line).toBeGreaterThanOrEqual(BODY_LINE);
		expect(issues).toHaveLength(1);
	});

	test.each([
		[
			'an image from another host',
			'![x](https://tracker.example/pixel.png)',
			'image "https://tracker.example/pixel.png"',
			0,
		],
		[
			'a protocol-relative image',
			'![x](//tracker.example/pixel.png)',
			'image "//tracker.example/pixel.png"',
			0,
		],
		[
			'a backslash image',
			'![x](/\\tracker.example/pixel.png)',
			'image "/\\tracker.example/pixel.png"',
			0,
		],
		['a javascript: image', '![x](javascript:alert(1))', 'image "javascript:alert(1)"', 0],
		[
			'an HTML image from another host',
			'<img src="https://tracker.example/p.png" alt="x" />',
			'image "https://tracker.example/p.png"',
			0,
		],
		[
			'an image reference to another host',
			'![x][pixel]\n\n[pixel]: https://tracker.example/p.png',
			'image "https://tracker.example/p.png"',
			2,
		],
		[
			'an HTML document as data',
			'![x](data:text/html,<script>alert(1)</script>)',
			'image "data:text/html,<script>alert(1)</script>"',
			0,
		],
	])('%s', (_name, body, found, lineOffset) => {
		expect(only(body)).toMatchObject({ line: BODY_LINE + lineOffset, field: found });
	});

	test.each([
		['/en/articles/x/', undefined],
		['#top', undefined],
		['https://example.com/', undefined],
		['HTTP://example.com/', undefined],
		['mailto:a@example.com', undefined],
		['tel:+15550100', undefined],
		['javascript:void(0)', 'javascript'],
		['  javascript:x', 'javascript'],
		['\u0001javascript:x', 'javascript'],
		['jav\tascript:x', 'javascript'],
		['java\nscript:x', 'javascript'],
		['file:///etc/passwd', 'file'],
		['blob:https://x/y', 'blob'],
	])('refuseLink(%j)', (url, scheme) => {
		const why = refuseLink(url);
		if (scheme === undefined) expect(why).toBeUndefined();
		else expect(why).toContain(`a ${scheme}: link`);
	});

	test.each([
		['/images/x.png', false],
		['images/x.png', false],
		['data:image/png;base64,AAAA', false],
		['https://example.com/x.png', true],
		['//example.com/x.png', true],
		['\\\\example.com/x.png', true],
		['data:text/html,x', true],
	])('refuseImage(%j) refuses: %s', (url, refused) => {
		expect(refuseImage(url) !== undefined).toBe(refused);
	});
});

describe('checkArticleMarkup refuses invisible bidi controls', () => {
	const controls = [
		'\u202A',
		'\u202B',
		'\u202C',
		'\u202D',
		'\u202E',
		'\u2066',
		'\u2067',
		'\u2068',
		'\u2069',
	];

	test.each(controls.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase()}`, c]))(
		'%s in body text',
		(found, char) => {
			const issue = only(`Call 0123${char}4567 now.`);
			expect(issue).toMatchObject({ line: BODY_LINE, field: found });
			expect(issue.message).toContain('invisible bidi control');
			expect(issue.message).toContain('(column 10)');
		},
	);

	test.each([
		['an HTML entity in text', 'Call &#x202E;7654 now.'],
		['a named entity in text', 'Call &rlm;&#8238;7654 now.'],
		['in a link target', '[help](/en/\u202Earticles/)'],
		['in link text', '[\u2067help](/en/)'],
		['in an image alt', '![ca\u202Erd](/favicon.svg)'],
		['in inline code', 'Type `12\u202E34`.'],
		['in a component prop', '<Callout title="Pay \u202E0001">\nText\n</Callout>'],
		['as an entity in a component prop', '<Callout title="Pay &#x202E;0001">\nText\n</Callout>'],
		['inside a comment', '{/* \u202E */}'],
	])('%s', (_name, body) => {
		const issue = only(body);
		expect(issue.line).toBe(BODY_LINE);
		expect(issue.field).toMatch(/^U\+20(2[A-E]|6[6-9])$/);
	});

	test('a control on a later line of a paragraph names that line', () => {
		expect(only('First line\nsecond line &#x2066; here').line).toBe(BODY_LINE + 1);
	});

	test('one issue per line even when written twice', () => {
		expect(check('a\u202Eb\u202Ec')).toHaveLength(1);
	});

	test.each([
		['title', `---\ntitle: Pay 0123\u202E4567\ndescription: x\n---\n\nText.\n`, 2],
		[
			'description',
			`---\ntitle: x\ndescription: >-\n  A long answer\n  with \u2066 inside\n---\n\nText.\n`,
			5,
		],
		['keywords', `---\ntitle: x\nkeywords: [a, "b\u202Dc"]\n---\n\nText.\n`, 3],
		['title', `---\ntitle: "Pay 0123\\u202E4567"\ndescription: x\n---\n\nText.\n`, 2],
		['synonyms', `---\ntitle: x\nsynonyms:\n  - one\n  - "two \\u2067"\n---\n\nText.\n`, 5],
	])('in the frontmatter field %s', (field, source, line) => {
		const issues = checkArticleMarkup(source, FILE);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatchObject({ file: FILE, line });
		expect(issues[0]!.field).toMatch(new RegExp(`^${field} U\\+20`));
	});

	test('left-to-right and right-to-left marks are not controls that reorder runs', () => {
		expect(check('A\u200Eb\u200Fc')).toEqual([]);
	});
});

describe('checkArticleMarkup positions', () => {
	test('lines count from the top of the file, frontmatter included, and several problems are listed in order', () => {
		const issues = check("Text.\n\nimport fs from 'node:fs'\n\n<script>x</script>\n\n{fs}");
		expect(issues.map((i) => [i.line, i.field])).toEqual([
			[BODY_LINE + 2, 'import'],
			[BODY_LINE + 4, '<script>'],
			[BODY_LINE + 6, '{fs}'],
		]);
	});

	test('a body that breaks MDX is one problem at the parser position', () => {
		const issue = only('Text.\n\n<a href=x>pay</a>\n\nMore.');
		expect(issue).toMatchObject({ line: BODY_LINE + 2, field: 'MDX' });
		expect(issue.message).toContain('(column 9)');
	});

	test('a file without frontmatter is checked from line 1', () => {
		expect(checkArticleMarkup('{process.env.HOME}\n', FILE)[0]).toMatchObject({ line: 1 });
	});
});

describe('the allowlist', () => {
	test('every component of src/components/mdx has a props schema', () => {
		// ArticleImage is what Markdown images render as (markdownComponents): writers never write it as a tag.
		const files = readdirSync('src/components/mdx').filter(
			(name) => name.endsWith('.astro') && name !== 'ArticleImage.astro',
		);
		expect(files.map((name) => name.replace(/\.astro$/, '')).sort()).toEqual(
			Object.keys(articleComponents).sort(),
		);
	});

	test('docs/writing.md lists exactly the HTML elements and attributes of the allowlist', () => {
		const docs = readFileSync('docs/writing.md', 'utf8').replace(/\s+/g, ' ');
		const intro = 'The HTML elements an article may use, each also with ';
		const globals = docs.slice(
			docs.indexOf(intro) + intro.length,
			docs.indexOf(' (Markdown is usually'),
		);
		expect([...globals.matchAll(/`([a-z]+)`/g)].map((m) => m[1])).toEqual(globalHtmlAttributes);
		const list = docs.slice(
			docs.indexOf('the better choice): '),
			docs.indexOf('This list and the components'),
		);
		const documented = Object.fromEntries(
			[...list.matchAll(/`([a-z0-9]+)`(?: \(([^)]*)\))?/g)].map((m) => [
				m[1],
				[...(m[2] ?? '').matchAll(/`([a-z]+)`/g)].map((a) => a[1]),
			]),
		);
		expect(documented).toEqual(articleHtmlElements);
	});

	test('every article of the site and of the relevance corpus passes', () => {
		const roots = ['content/articles', 'tests/search/help-center/articles'];
		let count = 0;
		for (const root of roots) {
			for (const locale of readdirSync(root)) {
				for (const name of readdirSync(join(root, locale)).filter((n) => n.endsWith('.mdx'))) {
					const path = join(root, locale, name);
					expect(checkArticleMarkup(readFileSync(path, 'utf8'), path)).toEqual([]);
					count += 1;
				}
			}
		}
		expect(count).toBeGreaterThan(100);
	});
});
