import type { NormId } from '../../model/norm.js';

/** Norms whose citations live in notes: where 同上/Ibid. and short forms replace a repeated full citation. */
export const NOTE_NORMS: readonly NormId[] = ['cass', 'people', 'law', 'chicago-notes'];

/** The Chinese norms, which cut an author list after three names with 等/et al. */
export const CHINESE_NORMS: readonly NormId[] = ['cass', 'people', 'law', 'gbt7714-2015', 'gbt7714-2025'];

/** Norms whose bibliography lists every cited work (the Chinese note styles' list is further reading). */
export const COMPLETE_LIST_NORMS: readonly NormId[] = [
  'gbt7714-2015',
  'gbt7714-2025',
  'chicago-notes',
  'author-date',
  'numeric',
];

/** Every named norm: for a rule whose requirements come from a norm, so that it runs under any but none. */
export const EVERY_NAMED_NORM: readonly NormId[] = [
  ...new Set([...NOTE_NORMS, ...CHINESE_NORMS, ...COMPLETE_LIST_NORMS]),
];
