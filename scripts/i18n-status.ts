/**
 * `npm run i18n:status [-- --strict]`: which translations are up to date, stale or missing.
 * With --strict it exits non-zero when any translation is stale or missing (`npm run check` does).
 */
import { contentDir, defaultLocale, localeCodes } from '../src/config/site';
import {
	countTranslationStates,
	formatStatusTable,
	getTranslationStatus,
} from '../src/lib/translation-status';
import { readArgs } from './support/cli';
import { readArticleFiles, toTranslationInputs } from './support/content-files';

const { values } = readArgs(
	{ strict: { type: 'boolean', default: false } },
	'npm run i18n:status [-- --strict]',
);
const { files } = readArticleFiles(contentDir);
const rows = getTranslationStatus({
	articles: toTranslationInputs(files),
	locales: localeCodes,
	sourceLocale: defaultLocale,
});
const counts = countTranslationStates(rows);
process.stdout.write(`${formatStatusTable(rows, localeCodes)}\n\n`);
process.stdout.write(
	`${counts.current} up to date, ${counts.stale} stale, ${counts.missing} missing\n`,
);
if (values.strict && counts.stale + counts.missing > 0) {
	process.stdout.write(
		'Translate or update the stale and missing ones, then run `npm run i18n:stamp -- <slug>`.\n',
	);
	process.exitCode = 1;
}
