import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Returns the folder a build writes into until every check has passed: a hidden sibling of the
 * output folder, so it is on the same file system and can be renamed into place.
 * @example getStagingDir('/site/dist') // '/site/.dist-staging'
 */
export function getStagingDir(outDir: string): string {
	return join(dirname(outDir), `.${basename(outDir)}-staging`);
}

/**
 * Puts a finished build in place of `outDir` with two renames, never a copy: a reader sees the old
 * site, for a moment no folder, then the new site, never a mix. The old output is then deleted.
 * A `.git` folder in the old output (a deploy checkout, which Astro itself would keep) moves over.
 */
export async function promoteStagedOutput(stagingDir: string, outDir: string): Promise<void> {
	const previous = join(dirname(outDir), `.${basename(outDir)}-previous`);
	await rm(previous, { recursive: true, force: true });
	if (existsSync(join(outDir, '.git')))
		await rename(join(outDir, '.git'), join(stagingDir, '.git'));
	const hadOutput = existsSync(outDir);
	if (hadOutput) await rename(outDir, previous);
	try {
		await rename(stagingDir, outDir);
	} catch (error) {
		if (hadOutput) await rename(previous, outDir);
		throw error;
	}
	await rm(previous, { recursive: true, force: true });
}
