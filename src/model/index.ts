export type * from './csl.js';
export type * from './document.js';
export type * from './location.js';
export type * from './citation.js';
export type * from './diagnostic.js';
export type * from './norm.js';
export type * from './rule.js';
export type * from './tables.js';
