import { describe, expect, test } from 'vitest';
import { checkArticleMarkup } from '../../src/lib/article-markup';

const FILE = 'content/articles/en/x.mdx';
/** An article whose body starts on line 6. */
const check = (body: string) =>
	checkArticleMarkup(`---\ntitle: x\ndescription: x\n---\n\n${body}\n`, FILE);
const LINE = 6;
const platform = (name: string, text = 'Open the app store.') =>
	`<Platform name="${name}">\n\n${text}\n\n</Platform>`;
const group = (...platforms: string[]) => `<Platforms>\n${platforms.join('\n')}\n</Platforms>`;

describe('<Platforms> and <Platform> as writers may use them', () => {
	test.each([
		[
			'two platforms in a ## section',
			`## Update the app\n\nIntro.\n\n${group(platform('ios'), platform('android'))}`,
		],
		[
			'three, with lists and a comment',
			`## Update\n\n${group(platform('web', '1. Sign in.\n2. Open Settings.'), '{/* same on tablets */}', platform('ios'), platform('android'))}\n\nAfter the group.`,
		],
		[
			'two groups in two sections',
			`## One\n\n${group(platform('ios'), platform('android'))}\n\n## Two\n\n${group(platform('android'), platform('web'))}`,
		],
	])('%s', (_name, body) => {
		expect(check(body)).toEqual([]);
	});
});

describe('misused, refused with the line', () => {
	test.each([
		[
			'a platform outside a group',
			`## Update\n\n${platform('ios')}`,
			LINE + 2,
			'<Platform>',
			'stands directly inside a <Platforms> group',
		],
		[
			'a group of one platform',
			`## Update\n\n${group(platform('ios'))}`,
			LINE + 2,
			'<Platforms>',
			'at least two platforms',
		],
		[
			'a platform twice',
			`## Update\n\n${group(platform('ios'), platform('ios', 'Again.'))}`,
			LINE + 8,
			'<Platform name="ios">',
			'already has steps for "ios"',
		],
		[
			'text directly in the group',
			`## Update\n\n<Platforms>\n\nShared text.\n\n${platform('ios')}\n${platform('android')}\n</Platforms>`,
			LINE + 4,
			'paragraph',
			'holds only <Platform name="…"> blocks',
		],
		[
			'another component in the group',
			`## Update\n\n<Platforms>\n<Callout>\nx\n</Callout>\n${platform('ios')}\n${platform('android')}\n</Platforms>`,
			LINE + 3,
			'<Callout>',
			'holds only <Platform name="…"> blocks',
		],
		[
			'a group before any heading',
			group(platform('ios'), platform('android')),
			LINE,
			'<Platforms>',
			'belongs in a ## section',
		],
		[
			'a group in a ### section',
			`## Update\n\n### On phones\n\n${group(platform('ios'), platform('android'))}`,
			LINE + 4,
			'<Platforms>',
			'belongs in a ## section',
		],
		[
			'a group inside a component',
			`## Update\n\n<Callout>\n${group(platform('ios'), platform('android'))}\n</Callout>`,
			LINE + 3,
			'<Platforms>',
			'not inside another element or component',
		],
		[
			'a heading inside a platform',
			`## Update\n\n${group(platform('ios', '### In the App Store\n\nTap Update.'), platform('android'))}`,
			LINE + 5,
			'heading in <Platform>',
			'has no heading of its own',
		],
	])('%s', (_name, body, line, found, message) => {
		const issues = check(body);
		expect(issues, JSON.stringify(issues, null, 1)).toHaveLength(1);
		expect(issues[0]).toMatchObject({ line, field: found });
		expect(issues[0]!.message).toContain(message);
	});

	test.each([
		['an unknown platform', `<Platform name="windows">`, 'name'],
		['no platform name', `<Platform>`, 'name'],
		[
			'the heading id, which only the build sets',
			`<Platform name="android" headingId="x">`,
			'"headingId"',
		],
	])('%s: the props are checked', (_name, tag, mention) => {
		const issues = check(
			`## Update\n\n<Platforms>\n${platform('ios')}\n${tag}\n\nSteps.\n\n</Platform>\n</Platforms>`,
		);
		expect(issues, JSON.stringify(issues, null, 1)).toHaveLength(1);
		expect(issues[0]!.message).toContain(mention);
	});
});
