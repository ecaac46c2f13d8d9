import type source from './ui/zh-cn';

/** Every UI string key, defined by the source-language dictionary. */
export type UiKey = keyof typeof source;

type Widen<T> = T extends string ? string : T;

/** A complete dictionary: every key, strings or the same function signatures as the source. */
export type Dictionary = { readonly [K in UiKey]: Widen<(typeof source)[K]> };

/** Arguments a key's value takes: none for plain strings. */
export type UiArgs<K extends UiKey> = Dictionary[K] extends (...args: infer A) => string ? A : [];
