import { describe, expect, test } from 'vitest';
import {
	canKeepOutput,
	digestInputs,
	digestOutput,
	getBuildHeapMb,
} from '../../src/lib/build-inputs';

const files = [
	{ path: 'src/a.ts', hash: '1' },
	{ path: 'content/articles/en/x.mdx', hash: '2' },
];

describe('digestInputs', () => {
	test('does not depend on the order files are listed in', () => {
		expect(digestInputs(files, {}, 'v24')).toBe(digestInputs([...files].reverse(), {}, 'v24'));
	});

	test.each([
		['a file’s content', [{ path: 'src/a.ts', hash: '3' }, files[1]!], {}, 'v24'],
		['a file added', [...files, { path: 'public/new.txt', hash: '4' }], {}, 'v24'],
		['a file removed', [files[0]!], {}, 'v24'],
		['a file renamed', [{ path: 'src/b.ts', hash: '1' }, files[1]!], {}, 'v24'],
		['a setting the build reads', files, { SITE_URL: 'https://help.example.org' }, 'v24'],
		['the Node version', files, {}, 'v26'],
	] as const)('changes with %s', (_name, changed, settings, node) => {
		expect(digestInputs(changed, settings, node)).not.toBe(digestInputs(files, {}, 'v24'));
	});

	test('ignores environment variables the build does not read', () => {
		expect(digestInputs(files, { HOME: '/root', TERM: 'xterm' }, 'v24')).toBe(
			digestInputs(files, {}, 'v24'),
		);
	});

	test('changes when a service notice starts or ends, though no file did', () => {
		const scheduled = digestInputs(files, {}, 'v24', 'maintenance:scheduled');
		expect(digestInputs(files, {}, 'v24', 'maintenance:scheduled')).toBe(scheduled);
		expect(digestInputs(files, {}, 'v24', 'maintenance:active')).not.toBe(scheduled);
		// A site without notices digests as it did before notices existed.
		expect(digestInputs(files, {}, 'v24', '')).toBe(digestInputs(files, {}, 'v24'));
	});
});

describe('canKeepOutput', () => {
	const output = digestOutput([{ path: 'index.html', size: 10 }]);
	test('keeps the output only for the same inputs and an untouched output', () => {
		expect(canKeepOutput({ inputs: 'i', output }, 'i', output)).toBe(true);
		expect(canKeepOutput({ inputs: 'i', output }, 'j', output)).toBe(false);
		expect(
			canKeepOutput({ inputs: 'i', output }, 'i', digestOutput([{ path: 'index.html', size: 11 }])),
		).toBe(false);
		expect(canKeepOutput({ inputs: 'i', output }, 'i', undefined)).toBe(false);
		expect(canKeepOutput(undefined, 'i', output)).toBe(false);
	});
});

describe('getBuildHeapMb', () => {
	test('gives small sites 1 GB and grows with the site', () => {
		expect(getBuildHeapMb(14)).toBe(1024);
		expect(getBuildHeapMb(2000)).toBe(1112);
		expect(getBuildHeapMb(8000)).toBe(2912);
	});
});
