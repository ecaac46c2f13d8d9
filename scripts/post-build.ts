/**
 * The post-build steps of a build that scripts/build.ts ran with Astro rendering only: search
 * index, checks and putting the staged build in place. A fresh process, so their memory is never
 * added to what Astro held while rendering. Exits 1 on any failed check, and the
 * output stays as it was.
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import {
	PENDING_POST_BUILD,
	runPostBuild,
	type PostBuildJob,
} from '../src/integrations/help-center-build.ts';
import { createConsoleLogger } from '../src/integrations/step-logger.ts';

if (!existsSync(PENDING_POST_BUILD)) {
	console.error(
		`No rendered build is waiting for its post-build steps (${PENDING_POST_BUILD} is missing).`,
	);
	process.exit(1);
}
const job = JSON.parse(await readFile(PENDING_POST_BUILD, 'utf8')) as PostBuildJob;
await rm(PENDING_POST_BUILD);
try {
	await runPostBuild(job, createConsoleLogger('help-center-build'));
} catch (error) {
	// The checks throw errors that name the file, the field and a hint; print them as Astro would.
	const { message, hint } = error as { message: string; hint?: string };
	console.error(
		`\n[help-center-build] ${message}${hint ? `\n  Hint: ${hint}` : ''}\n\nThe build failed; the output was left as it was.`,
	);
	process.exit(1);
}
