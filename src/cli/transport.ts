import { indexAnalysis } from '../engine/pipeline.js';
import { NORMS } from '../engine/norms.js';
import type { Citation, Work } from '../model/citation.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Document } from '../model/document.js';
import type { NormId } from '../model/norm.js';
import type { Analysis } from '../model/rule.js';
import type { FileResult } from '../model/result.js';
import type { Prepared } from './check-file.js';

/** A file's result as it crosses from a worker thread: plain data, without the lookup tables it can rebuild. */
export interface SentResult {
  path: string;
  doc: Omit<Document, 'body'>;
  norm: NormId | null;
  normDetected: boolean;
  citations: Citation[];
  works: Work[];
  diagnostics: Diagnostic[];
  resolution?: Analysis['resolution'];
  seconds?: number;
}

export type SentPrepared = Omit<Prepared, 'result'> & { result?: SentResult };

/**
 * What a worker posts for a file, and the buffers to transfer with it. A file's JSON goes as UTF-8 bytes
 * moved, not copied, to the main thread, which writes them as they are: copying the text between threads
 * cost as much as checking the file.
 */
export function send(p: Prepared): { message: SentPrepared; transfer: ArrayBuffer[] } {
  if (p.part) return { message: { ...p, result: undefined }, transfer: [p.part.buffer as ArrayBuffer] };
  return { message: sendResult(p), transfer: [] };
}

function sendResult(p: Prepared): SentPrepared {
  if (!p.result) return p as SentPrepared;
  const { path, analysis: a, diagnostics, seconds } = p.result;
  // The prose body is only for rules, which have run; leaving it out spares building and copying it.
  const { body: _body, ...doc } = a.doc;
  return {
    ...p,
    part: undefined,
    result: {
      path,
      doc,
      norm: a.norm?.id ?? null,
      normDetected: a.normDetected,
      citations: a.citations,
      works: a.works,
      diagnostics,
      ...(a.resolution ? { resolution: a.resolution } : {}),
      ...(seconds !== undefined ? { seconds } : {}),
    },
  };
}

export function receive(sent: SentPrepared): Prepared {
  if (!sent.result) return sent as Prepared;
  const r = sent.result;
  const analysis = indexAnalysis(
    { ...r.doc, body: '' },
    r.norm ? NORMS[r.norm] : null,
    r.normDetected,
    r.citations,
    r.works,
    r.resolution,
  );
  const result: FileResult = {
    path: r.path,
    analysis,
    diagnostics: r.diagnostics,
    ...(r.seconds !== undefined ? { seconds: r.seconds } : {}),
  };
  return { ...sent, result };
}
