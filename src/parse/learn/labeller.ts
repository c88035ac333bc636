import { allowedLabels } from './constraints.js';
import { tokenFeatures } from './features.js';
import type { Label, LabelledToken } from './labels.js';
import type { Lexicons } from './lexicons.js';
import { label, type Model, type Packed, type Sequence } from './perceptron.js';
import { type Token, tokenize } from './tokenize.js';

/** The labeller's input for one string: its tokens' features and the labels the hard cues allow. */
export function sequence(tokens: Token[], lex: Lexicons, labels?: Label[]): Sequence {
  return { features: tokenFeatures(tokens, lex), allowed: allowedLabels(tokens), ...(labels ? { labels } : {}) };
}

/** Tokens of a reference string, each with its label. Not used by the default parser (issue 12, step c). */
export function labelTokens(text: string, model: Model | Packed, lex: Lexicons): LabelledToken[] {
  const tokens = tokenize(text);
  const labels = label(model, sequence(tokens, lex));
  return tokens.map((t, i) => ({ ...t, label: labels[i]! }));
}
