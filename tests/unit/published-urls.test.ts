import { expect, test } from 'vitest';
import { findMissingUrls, formatUrlList, parseUrlList } from '../../src/lib/published-urls';

const FILE = 'content/published-urls.txt';

test('parseUrlList reads the paths of formatUrlList, without comments and blank lines', () => {
	const text = formatUrlList(['/en/', '/a/x/', '/en/']);
	expect(parseUrlList(`${text}\n# note\n`)).toEqual(['/a/x/', '/en/']);
});

test('findMissingUrls names each listed path the build did not write, at its line', () => {
	const text = '# header\n/en/\n\n/en/articles/old/ # renamed\n/zh-cn/\n';
	expect(findMissingUrls(text, new Set(['/en/', '/zh-cn/']), FILE)).toEqual([
		{
			file: FILE,
			line: 4,
			field: '/en/articles/old/',
			rule: 'published-urls',
			message: 'was published, but the build no longer writes it',
		},
	]);
	expect(findMissingUrls(text, new Set(['/en/', '/en/articles/old/', '/zh-cn/']), FILE)).toEqual(
		[],
	);
});
