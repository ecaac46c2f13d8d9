/**
 * The texts a reader sees in files that are not articles, each with its place in the file:
 * the string values of a YAML file (categories.yaml, channels.yaml) and the string literals of
 * a UI dictionary (src/i18n/ui/*.ts).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

/** One string value of a YAML file. */
export interface YamlText {
	/** Where it is: the entry's id (or index), then the keys, e.g. `['hotline', 'description', 'en']`. */
	readonly path: readonly string[];
	/** The value as YAML reads it (escapes decoded, folded lines joined). */
	readonly value: string;
	/** The value as written in the file, quotes and block indicators included. */
	readonly raw: string;
	/** 1-based line and column where `raw` starts. */
	readonly line: number;
	readonly column: number;
}

/**
 * Returns every string value of a YAML document with its path and position; keys, comments and
 * non-string values are left out. Returns an empty list when the file is not valid YAML (the
 * loader reports that with its own message).
 * @example readYamlTexts('- id: a\n  title: Hi\n') // [{ path: ['a', 'id'], value: 'a', … }, { path: ['a', 'title'], value: 'Hi', line: 2, column: 10, … }]
 */
export function readYamlTexts(source: string): YamlText[] {
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter });
	if (doc.errors.length > 0) return [];
	const texts: YamlText[] = [];
	const walk = (node: unknown, path: readonly string[]) => {
		if (isSeq(node)) {
			node.items.forEach((item, index) => walk(item, [...path, entryName(item) ?? String(index)]));
		} else if (isMap(node)) {
			for (const pair of node.items) {
				const key = isScalar(pair.key) ? String(pair.key.value) : '?';
				walk(pair.value, [...path, key]);
			}
		} else if (isScalar(node) && typeof node.value === 'string' && node.range) {
			const [start, end] = node.range;
			const { line, col } = lineCounter.linePos(start);
			texts.push({ path, value: node.value, raw: source.slice(start, end), line, column: col });
		}
	};
	walk(doc.contents, []);
	return texts;
}

/** A list entry is named by its id, as messages about categories and channels are. */
function entryName(item: unknown): string | undefined {
	if (!isMap(item)) return undefined;
	const id = (item as { get: (key: string) => unknown }).get('id');
	return typeof id === 'string' ? id : undefined;
}

/**
 * Returns a TypeScript module with everything but the contents of its string and template
 * literals replaced by spaces (line breaks kept), so a scan of it sees only the texts and
 * reports them at their own line and column. Property names (`'nav.home':`) and template
 * placeholders (`${count}`) are blanked too. Written for the dictionaries' plain syntax: object
 * literals, arrow functions and conditionals, no regular-expression literals.
 * @example keepStringLiterals("'a.b': 'Hi', // x") // "         Hi       "
 */
export function keepStringLiterals(source: string): string {
	const keep = new Uint8Array(source.length);
	const mark = (from: number, to: number) => keep.fill(1, from, to);
	// Template literals nest inside placeholders: `a ${b ? `c` : 'd'}`.
	const stack: Array<'template' | 'placeholder' | 'brace'> = [];
	let lastCode = '';
	let i = 0;
	while (i < source.length) {
		const c = source[i] ?? '';
		if (stack.at(-1) === 'template') {
			if (c === '`') stack.pop();
			else if (c === '$' && source[i + 1] === '{') stack.push('placeholder');
			else mark(i, c === '\\' ? i + 2 : i + 1);
			i += c === '\\' || (c === '$' && source[i + 1] === '{') ? 2 : 1;
			if (c === '`') lastCode = c;
			continue;
		}
		if (c === '/' && (source[i + 1] === '/' || source[i + 1] === '*')) {
			const close = source[i + 1] === '/' ? '\n' : '*/';
			const end = source.indexOf(close, i + 2);
			i = end < 0 ? source.length : end + close.length;
			continue;
		}
		if (c === '"' || c === "'") {
			let j = i + 1;
			while (j < source.length && source[j] !== c && source[j] !== '\n')
				j += source[j] === '\\' ? 2 : 1;
			const isKey =
				(lastCode === '{' || lastCode === ',' || lastCode === '') &&
				/^\s*:/.test(source.slice(j + 1));
			if (!isKey) mark(i + 1, j);
			lastCode = c;
			i = j + 1;
			continue;
		}
		if (c === '`') stack.push('template');
		else if (c === '{' && stack.length > 0) stack.push('brace');
		else if (c === '}' && stack.length > 0) stack.pop();
		if (!/\s/.test(c)) lastCode = c;
		i++;
	}
	return [...source.split('')].map((ch, k) => (keep[k] || ch === '\n' ? ch : ' ')).join('');
}

/** Returns the dictionary key whose entry holds `line` (1-based): the nearest `'key':` above it. */
export function dictionaryKeyAt(source: string, line: number): string | undefined {
	const lines = source.split('\n').slice(0, line).reverse();
	for (const text of lines) {
		const key = /^\s*['"]([^'"]+)['"]\s*:/.exec(text)?.[1];
		if (key) return key;
	}
	return undefined;
}
