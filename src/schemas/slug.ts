/**
 * The slug rule of article file names, categories, related and former slugs: lowercase ASCII
 * words of a-z and 0-9 joined by single hyphens. @example SLUG_PATTERN.test('payment-failed') // true
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
