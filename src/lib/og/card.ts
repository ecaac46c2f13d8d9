/** What a social card shows. */
export interface CardText {
	readonly brand: string;
	readonly title: string;
	readonly category: string;
	readonly sample?: string;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node[] | string } };

const box = (style: Record<string, unknown>, children: Node[] | string): Node => ({ type: 'div', props: { style, children } });

/** Returns the satori element tree of a 1200×630 social card: brand, title, category. */
export function buildCard({ brand, title, category, sample }: CardText): Node {
	return box(
		{
			width: '100%',
			height: '100%',
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: '64px 72px',
			background: 'linear-gradient(135deg, #0b5cad 0%, #073b70 100%)',
			color: '#ffffff',
			fontFamily: 'Noto Sans SC',
		},
		[
			box({ display: 'flex', fontSize: 36, fontWeight: 700, opacity: 0.95 }, brand),
			box({ display: 'flex', fontSize: title.length > 24 ? 60 : 72, fontWeight: 700, lineHeight: 1.25 }, title),
			box({ display: 'flex', fontSize: 32, color: '#dbe9f8' }, sample ? `${category} · ${sample}` : category),
		],
	);
}
