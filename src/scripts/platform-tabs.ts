import {
	choosePlatform,
	detectPlatform,
	isPlatformName,
	PLATFORM_STORAGE_KEY,
	tabIndexForKey,
	type PlatformName,
} from '../lib/platforms';

/** Sent on document when a reader picks a platform, so every group on the page follows. */
const CHANGE_EVENT = 'help-platform-change';

function readStored(): string | null {
	try {
		return localStorage.getItem(PLATFORM_STORAGE_KEY);
	} catch {
		// Storage can be off (privacy settings, sandboxed frames): the browser's platform decides.
		return null;
	}
}

function store(name: PlatformName): void {
	try {
		localStorage.setItem(PLATFORM_STORAGE_KEY, name);
	} catch {
		// Not remembered; this page still shows the pick.
	}
}

function browserPlatform(): PlatformName {
	const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
	return detectPlatform({
		uaPlatform: nav.userAgentData?.platform,
		userAgent: nav.userAgent,
		maxTouchPoints: nav.maxTouchPoints,
	});
}

/** Returns the element a URL fragment names, if any. */
function hashTarget(): Element | null {
	if (location.hash.length < 2) return null;
	let id = location.hash.slice(1);
	try {
		id = decodeURIComponent(id);
	} catch {
		// A malformed escape: look the id up as written.
	}
	return document.getElementById(id);
}

/**
 * `<help-platforms>`: the `<Platform>` blocks of a group become tabs (WAI-ARIA tabs pattern:
 * a tablist of buttons, roving tabindex, arrow keys, Home and End, automatic activation). The
 * group opens the platform a link's #fragment points into, else the reader's last pick, else the
 * platform their browser runs on. Without this script each block shows under its own heading.
 */
class HelpPlatforms extends HTMLElement {
	#tabs: HTMLButtonElement[] = [];
	#panels: HTMLElement[] = [];

	connectedCallback(): void {
		if (this.hasAttribute('data-tabs')) return;
		const panels = [...this.querySelectorAll<HTMLElement>(':scope > [data-platform]')];
		const headings = panels.map((panel) => panel.querySelector<HTMLElement>(':scope > h3[id]'));
		if (panels.length < 2 || headings.some((h) => !h)) return;
		const tablist = document.createElement('div');
		tablist.setAttribute('role', 'tablist');
		tablist.setAttribute('aria-label', this.dataset['label'] ?? '');
		this.#panels = panels;
		this.#tabs = panels.map((panel, index) => {
			const heading = headings[index]!;
			const tab = document.createElement('button');
			tab.type = 'button';
			tab.id = `${heading.id}-tab`;
			tab.setAttribute('role', 'tab');
			tab.setAttribute('aria-controls', `${heading.id}-panel`);
			tab.textContent = panel.dataset['label'] ?? heading.textContent;
			tab.dataset['platform'] = panel.dataset['platform'] ?? '';
			panel.id = `${heading.id}-panel`;
			panel.setAttribute('role', 'tabpanel');
			panel.setAttribute('aria-labelledby', tab.id);
			panel.tabIndex = 0;
			tablist.append(tab);
			return tab;
		});
		tablist.addEventListener('click', (event) => {
			const tab = (event.target as Element).closest<HTMLButtonElement>('[role="tab"]');
			if (tab) this.#pick(this.#tabs.indexOf(tab));
		});
		tablist.addEventListener('keydown', (event) => {
			const next = tabIndexForKey(
				event.key,
				this.#tabs.indexOf(event.target as HTMLButtonElement),
				this.#tabs.length,
			);
			if (next === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
			event.preventDefault();
			this.#pick(next);
			this.#tabs[next]!.focus();
		});
		this.prepend(tablist);
		this.setAttribute('data-tabs', '');
		const available = this.#tabs.map((tab) => tab.dataset['platform']).filter(isPlatformName);
		const initial = choosePlatform(available, {
			stored: readStored(),
			detected: browserPlatform(),
		});
		this.#select(Math.max(0, available.indexOf(initial!)));
		this.#openHashTarget();
		document.addEventListener(CHANGE_EVENT, (event) =>
			this.#follow((event as CustomEvent<PlatformName>).detail),
		);
		window.addEventListener('hashchange', () => this.#openHashTarget());
	}

	/** Shows the tab at `index` and hides the others. */
	#select(index: number): void {
		this.#tabs.forEach((tab, i) => {
			const selected = i === index;
			tab.setAttribute('aria-selected', String(selected));
			tab.tabIndex = selected ? 0 : -1;
			this.#panels[i]!.hidden = !selected;
		});
	}

	/** A reader's pick: shown here, remembered for every article, followed by the page's other groups. */
	#pick(index: number): void {
		this.#select(index);
		const name = this.#tabs[index]?.dataset['platform'];
		if (!isPlatformName(name)) return;
		store(name);
		document.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: name }));
	}

	/** Another group's pick: followed when this group has that platform. */
	#follow(name: PlatformName): void {
		const index = this.#tabs.findIndex((tab) => tab.dataset['platform'] === name);
		if (index >= 0) this.#select(index);
	}

	/** Opens the tab holding the element the URL's #fragment names, and shows it; returns whether there was one. */
	#openHashTarget(): boolean {
		const target = hashTarget();
		const index = target ? this.#panels.findIndex((panel) => panel.contains(target)) : -1;
		if (index < 0) return false;
		this.#select(index);
		this.scrollIntoView({ block: 'start' });
		return true;
	}
}

customElements.define('help-platforms', HelpPlatforms);
