/** What SearchBox.astro passes in `data-form` to build the search form. */
export interface SearchFormData {
	readonly action: string;
	readonly id: string;
	readonly label: string;
	readonly placeholder: string;
	readonly submit: string;
	readonly value: string;
}

/** Returns the search form: label, search box and button, submitting to the search page. */
export function buildSearchForm(data: SearchFormData): HTMLFormElement {
	const form = document.createElement('form');
	form.setAttribute('role', 'search');
	form.action = data.action;
	form.method = 'get';
	form.className = 'search__form';
	const label = document.createElement('label');
	label.htmlFor = data.id;
	label.className = 'search__label';
	label.textContent = data.label;
	const row = document.createElement('div');
	row.className = 'search__row';
	const input = document.createElement('input');
	Object.assign(input, {
		id: data.id,
		className: 'search__input',
		type: 'search',
		name: 'q',
		value: data.value,
	});
	input.placeholder = data.placeholder;
	input.autocomplete = 'off';
	input.enterKeyHint = 'search';
	input.maxLength = 200;
	input.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
	const button = document.createElement('button');
	button.type = 'submit';
	button.className = 'search__submit';
	button.textContent = data.submit;
	row.append(input, button);
	form.append(label, row);
	return form;
}
