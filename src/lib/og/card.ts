/** What a social card shows. */
export interface CardText {
	/** Top line: the site's name in the card's language. */
	readonly brand: string;
	/** Large text: an article's title, a category's title or the site's name. */
	readonly title: string;
	/** Bottom line: an article's category, a category's description or the site's tagline. */
	readonly footer: string;
}

/** One card to write: its path on the site and its text. */
export interface CardJob {
	readonly path: string;
	readonly card: CardText;
}

type Node = {
	type: string;
	props: { style?: Record<string, unknown>; children?: Node[] | string };
};

const box = (style: Record<string, unknown>, children: Node[] | string): Node => ({
	type: 'div',
	props: { style, children },
});

/** The card's size in pixels (what og:image:width and og:image:height say). */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * The card's background, drawn under satori's text. A plain SVG gradient: satori draws a CSS
 * gradient as a pattern, which costs resvg a third more time per card.
 */
export const CARD_BACKGROUND =
	'<defs><linearGradient id="card-bg" x1="0" y1="0" x2="1" y2="1">' +
	'<stop offset="0" stop-color="#0b5cad"/><stop offset="1" stop-color="#073b70"/></linearGradient></defs>' +
	`<rect width="${CARD_SIZE.width}" height="${CARD_SIZE.height}" fill="url(#card-bg)"/>`;

/**
 * Returns the satori element tree of a card's text: brand, title (up to three lines) and footer
 * (up to two), inside the padding, on a transparent ground (the background is CARD_BACKGROUND).
 */
export function buildCard({ brand, title, footer }: CardText): Node {
	return box(
		{
			width: '100%',
			height: '100%',
			// The padding is inside the card: with content-box the footer fell below its bottom edge.
			boxSizing: 'border-box',
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: '64px 72px',
			color: '#ffffff',
			fontFamily: 'Noto Sans SC',
			fontWeight: 700,
		},
		[
			box({ display: 'flex', fontSize: 36, opacity: 0.95 }, brand),
			box(
				{ display: 'block', fontSize: title.length > 24 ? 60 : 72, lineHeight: 1.25, lineClamp: 3 },
				title,
			),
			box(
				{ display: 'block', fontSize: 32, lineHeight: 1.4, color: '#dbe9f8', lineClamp: 2 },
				footer,
			),
		],
	);
}
