import { describe, expect, test } from 'vitest';
import { findDuplicateIds, keepFirstOfEachId } from '../../src/lib/registry-rules';

const list = [
	{ id: 'general', n: 1 },
	{ id: 'payments' },
	{ id: 'general', n: 2 },
	{ title: 'no id' },
];

describe('duplicate ids in a YAML list', () => {
	test('the loader keeps the first entry of each id, and entries without one', () => {
		expect(keepFirstOfEachId(list)).toEqual([
			{ id: 'general', n: 1 },
			{ id: 'payments' },
			{ title: 'no id' },
		]);
		expect(keepFirstOfEachId('not a list')).toBe('not a list');
	});

	test('the content check names the file, the field and the id, once per repeat', () => {
		expect(findDuplicateIds(list, 'content/categories.yaml')).toEqual([
			{
				file: 'content/categories.yaml',
				field: 'id',
				rule: 'duplicate-ids',
				message: 'id "general" is used by more than one entry',
			},
		]);
		expect(findDuplicateIds({ general: {} }, 'content/categories.yaml')).toEqual([]);
	});
});
