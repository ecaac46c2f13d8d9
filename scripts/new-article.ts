/**
 * `npm run new -- <slug> --category <id>`: creates an article in every locale with valid
 * frontmatter whose title and description are TODO placeholders, so the build refuses it until written.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { contentDir, defaultLocale, localeCodes } from '../src/config/site';
import {
	getArticleFile,
	renderNewArticle,
	toLocalIsoDate,
	validateNewArticle,
} from '../src/lib/new-article';
import { categorySchema } from '../src/schemas/category';
import { readYamlEntries } from './support/content-files';
import { fail, readArgs } from './support/cli';

const USAGE = 'npm run new -- <slug> --category <id>';
const { values, positionals } = readArgs({ category: { type: 'string', short: 'c' } }, USAGE);
const [slug, ...extra] = positionals;
if (!slug || extra.length > 0 || !values.category) fail(`Usage: ${USAGE}`);

const categoriesFile = join(contentDir, 'categories.yaml');
const { entries, issues } = readYamlEntries(categoriesFile, categorySchema);
if (issues.length > 0) fail(`${categoriesFile} has problems; run npm run check:content`);
const problem = validateNewArticle({
	slug,
	category: values.category,
	categoryIds: entries.map((c) => c.id),
});
if (problem) fail(problem);

// The source language first, so the printed list reads in writing order.
const ordered = [defaultLocale, ...localeCodes.filter((l) => l !== defaultLocale)];
const files = ordered.map((locale) => ({ locale, path: getArticleFile(contentDir, locale, slug) }));
const taken = files.filter((f) => existsSync(f.path));
if (taken.length > 0)
	fail(`Not overwriting existing files:\n${taken.map((f) => `  ${f.path}`).join('\n')}`);

const updated = toLocalIsoDate(new Date());
for (const { locale, path } of files) {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, renderNewArticle({ locale, category: values.category, updated }), {
		flag: 'wx',
	});
}
process.stdout.write(
	`Created:\n${files.map((f) => `  ${f.path}`).join('\n')}\n` +
		`Replace every "TODO:" (the build refuses them), write the ${defaultLocale} text first, then translate it and run\n` +
		`  npm run i18n:stamp -- ${slug}\n`,
);
