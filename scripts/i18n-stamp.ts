/**
 * `npm run i18n:stamp -- <slug…> [--locale en]`: records in each translation which version of
 * the source article it was translated from (`sourceHash`). Run it after finishing a translation.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { contentDir, defaultLocale, localeCodes } from '../src/config/site';
import { getSourceHash, setSourceHash } from '../src/lib/translation-status';
import { readArticleFiles } from './support/content-files';
import { fail, readArgs } from './support/cli';

const USAGE = 'npm run i18n:stamp -- <slug…> [--locale <code>] | --all';
const { values, positionals } = readArgs(
	{ locale: { type: 'string', short: 'l' }, all: { type: 'boolean', default: false } },
	USAGE,
);
if (positionals.length === 0 && !values.all) fail(`Usage: ${USAGE}`);
const targets = values.locale ? [values.locale] : localeCodes.filter((l) => l !== defaultLocale);
for (const locale of targets) {
	if (locale === defaultLocale)
		fail(`${locale} is the source language; only translations are stamped`);
	if (!(localeCodes as readonly string[]).includes(locale))
		fail(`unknown locale "${locale}"; known: ${localeCodes.join(', ')}`);
}

const { files } = readArticleFiles(contentDir);
const sources = new Map(files.filter((f) => f.locale === defaultLocale).map((f) => [f.slug, f]));
const slugs = values.all ? [...sources.keys()] : positionals;
let stamped = 0;
for (const slug of slugs) {
	const source = sources.get(slug);
	if (!source)
		fail(
			`no ${defaultLocale} article "${slug}" (expected ${contentDir}/articles/${defaultLocale}/${slug}.mdx)`,
		);
	const hash = getSourceHash(source.body);
	const translations = files.filter((f) => f.slug === slug && targets.includes(f.locale));
	if (values.locale && translations.length === 0)
		fail(`no ${values.locale} translation of "${slug}" to stamp`);
	for (const translation of translations) {
		const before = readFileSync(translation.filePath, 'utf8');
		const after = setSourceHash(before, hash);
		if (after !== before) writeFileSync(translation.filePath, after);
		process.stdout.write(
			`${translation.filePath}: sourceHash ${hash}${after === before ? ' (unchanged)' : ''}\n`,
		);
		stamped++;
	}
}
if (stamped === 0) process.stdout.write('No translations found to stamp.\n');
