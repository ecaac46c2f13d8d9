/**
 * The card step of the build: cards are cached by their text, so a rebuild draws only the cards
 * whose text changed, and its log line is the one scripts/bench/build.ts reads.
 */
import type { AstroIntegrationLogger } from 'astro';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { writeSocialImages } from '../../src/integrations/og-images';
import type { CardJob } from '../../src/lib/og/card';

const root = mkdtempSync(join(tmpdir(), 'hc-og-'));
const cache = join(root, 'cache');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function recordingLogger() {
	const lines: string[] = [];
	const logger = { info: (line: string) => lines.push(line), warn: (line: string) => lines.push(`warn: ${line}`) };
	return { lines, logger: logger as unknown as AstroIntegrationLogger };
}

const jobs: CardJob[] = [
	{ path: '/og/zh-cn/lost-phone.png', card: { brand: 'OKPay 帮助中心', title: '手机丢了怎么办？', footer: '账户安全' } },
	{ path: '/og/en/lost-phone.png', card: { brand: 'OKPay Help Center', title: 'I lost my phone', footer: 'Account security' } },
	{ path: '/og/en/categories/security.png', card: { brand: 'OKPay Help Center', title: 'Account security', footer: 'Keep it safe' } },
];

test('a rebuild draws only the cards whose text changed, and writes the same files', async () => {
	const first = recordingLogger();
	const firstOut = join(root, 'first');
	expect((await writeSocialImages(firstOut, jobs, first.logger, cache)).rendered).toBe(3);
	expect(first.lines.join('\n')).toMatch(/Social images: 3 \(3 rendered\) in \d+ ms, \d+ ms CPU per rendered card/);

	const again = recordingLogger();
	const againOut = join(root, 'again');
	expect((await writeSocialImages(againOut, jobs, again.logger, cache)).rendered).toBe(0);
	expect(again.lines.join('\n')).toMatch(/Social images: 3 \(0 rendered\) in \d+ ms$/);
	for (const { path } of jobs) expect(readFileSync(join(againOut, path)).equals(readFileSync(join(firstOut, path))), path).toBe(true);

	const edited = jobs.map((job, i) => (i === 1 ? { ...job, card: { ...job.card, title: 'I lost my phone abroad' } } : job));
	const third = recordingLogger();
	expect((await writeSocialImages(join(root, 'third'), edited, third.logger, cache)).rendered).toBe(1);
});

test('bench/build.ts still reads the log line', async () => {
	const { lines, logger } = recordingLogger();
	await writeSocialImages(join(root, 'bench'), jobs, logger, cache);
	const match = /Social images: (\d+) \((\d+) rendered\) in (\d+) ms/.exec(lines.join('\n'));
	expect(match?.slice(1, 3)).toEqual(['3', '0']);
});
