import { describe, expect, test } from 'vitest';
import { scriptOnlySelector, toScriptDataBlock } from '../../src/lib/script-only-markup';

describe('toScriptDataBlock', () => {
	test('keeps ordinary markup, text and attributes as they are', () => {
		const html =
			'<form><button type="submit" name="helpful" value="yes">有帮助</button></form><p data-x="a &lt; b">1 &lt; 2</p>';
		expect(toScriptDataBlock(html)).toBe(html);
		expect(toScriptDataBlock('')).toBe('');
	});

	test.each([
		'<p>a</script><button>x</button>',
		'<p>a</SCRIPT ></p>',
		'<!-- note --><p>x</p>',
		'<script>alert(1)</script>',
	])('refuses markup that would end or escape the block: %s', (html) => {
		expect(() => toScriptDataBlock(html)).toThrow(/cannot contain/);
	});
});

describe('scriptOnlySelector', () => {
	test.each(['everyone', 'staff'] as const)(
		'selects only the %s block among a host’s own children',
		(audience) => {
			expect(scriptOnlySelector(audience)).toBe(
				`:scope > script[type="text/html"][data-script-only="${audience}"]`,
			);
		},
	);
});
