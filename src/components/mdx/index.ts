import Callout from './Callout.astro';
import Channel from './Channel.astro';
import ChannelList from './ChannelList.astro';
import Steps from './Steps.astro';

/** Components article authors may use in MDX without importing them. */
export const mdxComponents = { Callout, Channel, ChannelList, Steps };
