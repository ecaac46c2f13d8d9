import { getCollection } from 'astro:content';

/** Returns every channel of the registry, in file order. */
export async function getChannels() {
	return (await getCollection('channels')).map((entry) => ({ ...entry.data, id: entry.id }));
}

/** Returns how many channels are still fictional samples (the sample notice shows while > 0). */
export async function getSampleChannelCount(): Promise<number> {
	return (await getChannels()).filter((channel) => channel.sample).length;
}
