import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { copyContent, runScript } from '../support/run-script';

const broken = copyContent();
afterAll(() => rmSync(join(broken, '..'), { recursive: true, force: true }));

const edit = (file: string, from: RegExp, to: string) => {
	const path = join(broken, file);
	writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
};

test('the project content passes', () => {
	const result = runScript('check-content.ts', []);
	expect(result.stdout).toMatch(/^Content OK: \d+ article files/);
	expect(result.status).toBe(0);
});

test('every problem is reported at once, naming the file and field', () => {
	edit('articles/zh-cn/payment-failed.mdx', /^title: .*$/m, "title: 'TODO: 写标题'");
	edit('articles/en/payment-failed.mdx', /^category: .*$/m, 'category: billing');
	edit('articles/en/cancel-or-refund.mdx', /^related: .*$/m, 'related: [no-such-article]');
	edit('articles/en/unlock-account.mdx', /^updated: .*$/m, 'updated: 26/11/2026');
	const result = runScript('check-content.ts', [], { CONTENT_DIR: broken });
	expect(result.status).toBe(1);
	const lines = result.stderr.split('\n');
	const expectLine = (file: string, rest: RegExp) =>
		expect(lines.some((line) => line.includes(join(broken, 'articles', file)) && rest.test(line)), `${file} ${rest}`).toBe(true);
	expectLine('zh-cn/payment-failed.mdx', /\[title\]: title is still a TODO placeholder/);
	expectLine('en/payment-failed.mdx', /\[category\]: unknown category "billing"; known categories in .*categories\.yaml: /);
	expectLine('en/cancel-or-refund.mdx', /\[related\]: "no-such-article" is not a published en article/);
	expectLine('en/unlock-account.mdx', /\[updated\]: /);
	expect(result.stderr).toMatch(/^Content check failed \(\d+ problems\):/);
});
