/**
 * Calls `onText` with the box's text whenever the reader changes it, but never in the middle
 * of an input-method composition: while pinyin such as "zhuce" is being turned into 注册, the
 * letters are not the query. The composed text arrives once, when the composition ends.
 */
export function onTextInput(input: HTMLInputElement, onText: (text: string) => void): void {
	let last: string | undefined;
	const emit = () => {
		if (isComposing(input)) return;
		// Some browsers send both compositionend and a final input event for the same text.
		if (input.value === last) return;
		last = input.value;
		onText(input.value);
	};
	input.addEventListener('input', (event) => {
		if ((event as InputEvent).isComposing) return;
		emit();
	});
	input.addEventListener('compositionend', () => {
		delete input.dataset['composing'];
		emit();
	});
}

/** Returns whether an input method is composing text in the box (boot.ts marks it from the first keystroke). */
export function isComposing(input: HTMLInputElement, event?: KeyboardEvent): boolean {
	return (
		input.dataset['composing'] === 'true' || event?.isComposing === true || event?.keyCode === 229
	);
}
