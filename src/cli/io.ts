/** Where a command writes: its output (text, or a report's bytes) and its messages (standard error). */
export interface Io {
  out: (s: string | Uint8Array) => void;
  err: (s: string) => void;
}
