// Object.keys and Object.entries are typed with string keys, because an object
// may carry more keys than its type says. For the object literals these are
// used on (label tables written in the code) the keys are exactly keyof T.

/** The keys of an object literal written in the code, typed as its keys. */
export const keysOf = <T extends object>(object: T) => Object.keys(object) as (keyof T)[];

/** The entries of an object literal written in the code, typed as its keys and values. */
export const entriesOf = <T extends object>(object: T) => Object.entries(object) as { [K in keyof T]: [K, T[K]] }[keyof T][];
