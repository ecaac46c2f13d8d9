import { parseFeedbackEndpoint } from '../lib/feedback';

const env = typeof process === 'undefined' ? {} : process.env;

/**
 * Where anonymous reader feedback is sent with `navigator.sendBeacon` (FEEDBACK_ENDPOINT, build time).
 * Unset by default: then pages carry no endpoint and send nothing.
 */
export const feedbackEndpoint = parseFeedbackEndpoint(env['FEEDBACK_ENDPOINT']);
