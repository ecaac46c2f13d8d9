/**
 * `npm run urls:update`: records every page of the current build in content/published-urls.txt.
 * Run after `npm run build`; commit the file so later builds keep these URLs alive.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { outDir } from '../src/config/site';
import { formatUrlList, parseUrlList } from '../src/lib/published-urls';
import { listBuiltPaths, publishedUrlsFile } from '../src/integrations/published-urls';

const isPublishable = (path: string) => !/(^|\/)404(\/|\.html)$/.test(path);
const built = (await listBuiltPaths(outDir)).filter(isPublishable);
const previous = existsSync(publishedUrlsFile)
	? parseUrlList(await readFile(publishedUrlsFile, 'utf8'))
	: [];
// Keep old entries: a URL once published stays protected (it is now a redirect, or still a page).
await writeFile(publishedUrlsFile, formatUrlList([...previous, ...built]));
const added = built.filter((p) => !previous.includes(p)).length;
console.log(`${publishedUrlsFile}: ${previous.length + added} URLs (${added} new)`);
