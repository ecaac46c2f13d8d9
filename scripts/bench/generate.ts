/**
 * Writes a synthetic bilingual content tree (same slugs in zh-cn and en) that satisfies
 * src/schemas/article.ts and the cross-file rules, from a seeded PRNG: same seed, same files.
 */
import { appendFile, copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { createRandom, type Random } from './prng.ts';
import { EN, SLUG_WORDS, ZH } from './words.ts';

export interface GenerateOptions {
	/** Articles per language. */
	readonly articles: number;
	/** Folder to (re)create; never the real content folder. */
	readonly dir: string;
	/** The real content folder, for categories.yaml, channels.yaml and search-synonyms.yaml. */
	readonly sourceDir: string;
	readonly seed?: number;
}

export interface GeneratedContent {
	readonly slugs: string[];
	/** Average length of the bodies: English words and Chinese characters. */
	readonly enWords: number;
	readonly zhChars: number;
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** Counts CJK characters and full-width punctuation: what "characters" means for a Chinese article. */
const countZh = (text: string) =>
	(text.match(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”]/g) ?? []).length;

function enSentence(r: Random): string {
	const s = () => r.zipf(EN.subjects);
	const v = () => r.zipf(EN.verbs);
	const o = () => r.zipf(EN.objects);
	const p = () => r.zipf(EN.places);
	const c = () => r.zipf(EN.conditions);
	const templates = [
		() => `${cap(r.zipf(EN.adverbs))}, ${v()} ${o()} ${p()}.`,
		() => `${cap(c())}, ${v()} ${o()} ${p()} and ${v()} ${o()}.`,
		() => `If you ${v()} ${o()} ${p()}, ${r.zipf(EN.results)}.`,
		() => `${cap(s())} may ask you to ${v()} ${o()} ${c()}.`,
		() => `It usually takes ${r.zipf(EN.times)} before ${r.zipf(EN.results)}.`,
		() => `You can ${v()} ${o()} ${p()}, and ${c()} you can also ${v()} ${o()}.`,
		() =>
			`Make sure you ${v()} ${o()} ${r.zipf(EN.adverbs)}, otherwise ${s()} cannot ${v()} ${o()}.`,
		() => `${cap(s())} will ${v()} ${o()} within ${r.zipf(EN.times)}.`,
		() => `Once ${r.zipf(EN.results)}, you can ${v()} ${o()} ${p()}.`,
		() => `We recommend that you ${v()} ${o()} ${c()}.`,
	];
	return r.pick(templates)();
}

function zhSentence(r: Random): string {
	const s = () => r.zipf(ZH.subjects);
	const v = () => r.zipf(ZH.verbs);
	const o = () => r.zipf(ZH.objects);
	const p = () => r.zipf(ZH.places);
	const c = () => r.zipf(ZH.conditions);
	const templates = [
		() => `请${r.zipf(ZH.adverbs)}${p()}${v()}${o()}。`,
		() => `${c()}，请${v()}${o()}，${r.zipf(ZH.results)}。`,
		() => `${s()}可能会要求您${v()}${o()}。`,
		() => `通常需要${r.zipf(ZH.times)}，${r.zipf(ZH.results)}。`,
		() => `您可以${p()}${v()}${o()}，${c()}也可以${v()}${o()}。`,
		() => `${c()}，建议您${r.zipf(ZH.adverbs)}${v()}${o()}，以免影响${o()}。`,
		() => `${s()}会在${r.zipf(ZH.times)}内${v()}${o()}。`,
		() => `${p()}${v()}${o()}后，${r.zipf(ZH.results)}。`,
	];
	return r.pick(templates)();
}

interface Language {
	readonly sentence: (r: Random) => string;
	readonly count: (text: string) => number;
	readonly join: string;
	readonly headings: readonly string[];
	readonly callouts: readonly string[];
	readonly listItem: (r: Random) => string;
	readonly step: (r: Random) => string;
	readonly closing: (channel: string) => string;
	/** Body length range, in the language's unit. */
	readonly range: readonly [number, number];
	readonly paragraph: readonly [number, number];
}

const english: Language = {
	sentence: enSentence,
	count: countWords,
	join: ' ',
	headings: EN.headings,
	callouts: EN.callouts,
	listItem: (r) => `${cap(r.zipf(EN.objects))} ${r.zipf(EN.places)}.`,
	step: (r) => `${cap(r.zipf(EN.verbs))} ${r.zipf(EN.objects)} ${r.zipf(EN.places)}.`,
	closing: (channel) =>
		`If none of the above solves the problem, contact OKPay support through <Channel id="${channel}" /> and describe what you tried.`,
	range: [600, 900],
	paragraph: [45, 110],
};

const chinese: Language = {
	sentence: zhSentence,
	count: countZh,
	join: '',
	headings: ZH.headings,
	callouts: ZH.callouts,
	listItem: (r) => `${r.zipf(ZH.places)}${r.zipf(ZH.verbs)}${r.zipf(ZH.objects)}；`,
	step: (r) => `${r.zipf(ZH.places)}${r.zipf(ZH.verbs)}${r.zipf(ZH.objects)}。`,
	closing: (channel) =>
		`如果以上方法均未解决问题，请通过 <Channel id="${channel}" /> 联系OKPay客服，并说明您已尝试的操作。`,
	range: [800, 1500],
	paragraph: [60, 180],
};

/** Returns an MDX body of the language's length with headings, lists, <Steps> and a closing channel link. */
function writeBody(
	r: Random,
	lang: Language,
	channels: readonly string[],
): { body: string; size: number } {
	const target = r.int(lang.range[0], lang.range[1]);
	const closing = lang.closing(r.pick(channels));
	const closingSize = lang.count(closing.replace(/<[^>]+>/g, ''));
	const blocks: string[] = [];
	let size = closingSize;
	const paragraph = (budget: number) => {
		const sentences: string[] = [];
		let used = 0;
		while (used < budget) {
			const sentence = lang.sentence(r);
			const n = lang.count(sentence);
			if (used > 0 && used + n > budget) break;
			sentences.push(sentence);
			used += n;
		}
		return { text: sentences.join(lang.join), used };
	};
	const add = (block: string, n: number) => {
		blocks.push(block);
		size += n;
	};
	const intro = paragraph(Math.min(r.int(lang.paragraph[0], lang.paragraph[1]), target - size));
	add(intro.text, intro.used);
	const headings = r.sample(lang.headings, lang.headings.length);
	const calloutTitles = new Set<string>();
	let section = 0;
	while (target - size > lang.paragraph[0] && section < headings.length) {
		const heading = headings[section++]!;
		add(`## ${heading}`, lang.count(heading));
		const kind = section === 2 ? 'steps' : r.pick(['text', 'text', 'list', 'steps'] as const);
		const first = paragraph(Math.min(r.int(lang.paragraph[0], lang.paragraph[1]), target - size));
		add(first.text, first.used);
		if (kind === 'list' && target - size > 30) {
			const items = Array.from({ length: r.int(3, 6) }, () => lang.listItem(r));
			add(items.map((item) => `- ${item}`).join('\n'), lang.count(items.join(' ')));
		} else if (kind === 'steps' && target - size > 30) {
			const steps = Array.from({ length: r.int(3, 6) }, () => lang.step(r));
			add(
				`<Steps>\n\n${steps.map((step, i) => `${i + 1}. ${step}`).join('\n')}\n\n</Steps>`,
				lang.count(steps.join(' ')),
			);
			// Each callout is a landmark named by its title: titles must differ within a page.
			const title = r.pick(lang.callouts.filter((t) => !calloutTitles.has(t)));
			if (r.chance(0.4) && target - size > 30 && title) {
				calloutTitles.add(title);
				const text = lang.sentence(r);
				add(
					`<Callout type="warning" title="${title}">\n${text}\n</Callout>`,
					lang.count(`${title} ${text}`),
				);
			}
		}
		if (target - size > lang.paragraph[1]) {
			const more = paragraph(Math.min(r.int(lang.paragraph[0], lang.paragraph[1]), target - size));
			add(more.text, more.used);
		}
	}
	blocks.push(closing);
	return { body: blocks.join('\n\n'), size };
}

/** Returns frontmatter as YAML; strings are JSON-quoted, which YAML reads as-is. */
function frontmatter(fields: Record<string, unknown>): string {
	const lines = Object.entries(fields).map(([key, value]) =>
		key === 'updated' ? `${key}: ${String(value)}` : `${key}: ${JSON.stringify(value)}`,
	);
	return `---\n${lines.join('\n')}\n---\n\n`;
}

/**
 * The schema allows 80 characters, but the build's HTML check (html-validate `long-title`) rejects
 * a `<title>` over 70, and the page title adds " | OKPay Help Center" (20 characters).
 */
const TITLE_MAX = 48;

/** Returns a title built from the bank that no earlier article in this language used. */
function uniqueTitle(used: Set<string>, make: () => string, min: number, max: number): string {
	for (let attempt = 0; attempt < 1000; attempt++) {
		const title = make();
		if (title.length >= min && title.length <= max && !used.has(title)) {
			used.add(title);
			return title;
		}
	}
	throw new Error('could not find a unique title; enlarge the word bank');
}

function clip(text: string, max: number, wordBoundary: boolean): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const at = wordBoundary ? cut.lastIndexOf(' ') : cut.length;
	return `${cut.slice(0, at > 20 ? at : cut.length).replace(/[,，;；:：\s]+$/, '')}${wordBoundary ? '.' : '。'}`;
}

/** Creates `dir` with the config files copied from the real content and N articles per language. */
export async function generateContent(options: GenerateOptions): Promise<GeneratedContent> {
	const { dir, sourceDir, articles: n } = options;
	const r = createRandom(options.seed ?? 20261126);
	await rm(dir, { recursive: true, force: true });
	await mkdir(join(dir, 'articles', 'zh-cn'), { recursive: true });
	await mkdir(join(dir, 'articles', 'en'), { recursive: true });
	for (const file of ['categories.yaml', 'channels.yaml', 'search-synonyms.yaml']) {
		if (existsSync(join(sourceDir, file))) await copyFile(join(sourceDir, file), join(dir, file));
	}
	const categories = (
		parseYaml(await readFile(join(sourceDir, 'categories.yaml'), 'utf8')) as { id: string }[]
	).map((c) => c.id);
	const channelEntries = parseYaml(await readFile(join(sourceDir, 'channels.yaml'), 'utf8')) as {
		id: string;
		articles?: string[];
	}[];
	const channels = channelEntries.map((c) => c.id);
	// Channels may list article slugs; the first articles take those slugs so the references resolve.
	const required = [...new Set(channelEntries.flatMap((c) => c.articles ?? []))];
	const slugs = Array.from(
		{ length: n },
		(_, i) =>
			required[i] ?? `${r.pick(SLUG_WORDS)}-${r.pick(SLUG_WORDS)}-${String(i).padStart(4, '0')}`,
	);
	const enTitles = new Set<string>();
	const zhTitles = new Set<string>();
	let enWords = 0;
	let zhChars = 0;
	const start = Date.UTC(2025, 0, 1);
	for (let i = 0; i < n; i++) {
		const slug = slugs[i]!;
		const others = slugs.filter((_, j) => j !== i && Math.abs(j - i) < 50);
		const shared = {
			category: categories[i % categories.length]!,
			updated: new Date(start + r.int(0, 600) * 86_400_000).toISOString().slice(0, 10),
			order: r.int(1, 100),
			related: r.sample(others, r.int(0, 4)),
			pinned: i < 6,
		};
		const en = writeBody(r, english, channels);
		const enTitle = uniqueTitle(
			enTitles,
			() =>
				`${r.pick(EN.questionStarts)} ${r.pick(EN.verbs)} ${r.pick(EN.objects)}${r.chance(0.5) ? ` ${r.pick(EN.qualifiers)}` : ''}?`,
			5,
			TITLE_MAX,
		);
		const enFields = {
			title: enTitle,
			description: clip(
				`${cap(r.pick(EN.verbs))} ${r.pick(EN.objects)} ${r.pick(EN.places)}: ${enSentence(r)}`,
				160,
				true,
			),
			category: shared.category,
			keywords: r.sample(EN.objects, r.int(2, 6)).map((o) => o.replace(/^(the|your) /, '')),
			synonyms: Array.from(
				{ length: r.int(0, 6) },
				() => `${r.pick(EN.verbs)} ${r.pick(EN.objects).replace(/^(the|your) /, '')}`,
			),
			updated: shared.updated,
			order: shared.order,
			related: shared.related,
			pinned: shared.pinned,
		};
		const zh = writeBody(r, chinese, channels);
		const zhTitle = uniqueTitle(
			zhTitles,
			() =>
				`${r.pick(ZH.questionStarts)}${r.pick(ZH.verbs)}${r.pick(ZH.objects)}${r.pick(ZH.qualifiers)}？`,
			5,
			TITLE_MAX,
		);
		const zhFields = {
			...enFields,
			title: zhTitle,
			description: clip(
				`${r.pick(ZH.places)}${r.pick(ZH.verbs)}${r.pick(ZH.objects)}：${zhSentence(r)}${zhSentence(r)}`,
				150,
				false,
			),
			keywords: r.sample(ZH.objects, r.int(2, 6)),
			synonyms: Array.from(
				{ length: r.int(0, 6) },
				() => `${r.pick(ZH.verbs)}${r.pick(ZH.objects)}`,
			),
		};
		await writeFile(
			join(dir, 'articles', 'en', `${slug}.mdx`),
			frontmatter(enFields) + en.body + '\n',
		);
		await writeFile(
			join(dir, 'articles', 'zh-cn', `${slug}.mdx`),
			frontmatter(zhFields) + zh.body + '\n',
		);
		enWords += en.size;
		zhChars += zh.size;
	}
	return { slugs, enWords: Math.round(enWords / n), zhChars: Math.round(zhChars / n) };
}

/** Appends one paragraph to one source-language article: the "single changed article" rebuild. */
export async function changeOneArticle(dir: string, slug: string, run: number): Promise<void> {
	const r = createRandom(run);
	await appendFile(
		join(dir, 'articles', 'zh-cn', `${slug}.mdx`),
		`\n${zhSentence(r)}${zhSentence(r)}\n`,
	);
}
