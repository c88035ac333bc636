import { closeSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { InputError } from '../util/errors.js';

/**
 * Where a report goes: standard output, or `-o FILE` written to a temporary file renamed over FILE at the
 * end, so that a report is never left half-written. Parts can be written as they are ready.
 */
export class ReportWriter {
  private fd: number | null = null;
  private readonly tmp: string | null;
  /** `-o /dev/null`, a FIFO, a terminal: written in place, since renaming over it would replace the device with a file. */
  private readonly special: boolean;

  constructor(
    private readonly output: string | undefined,
    private readonly out: (s: string | Uint8Array) => void,
  ) {
    let special = false;
    try {
      special = !!output && !statSync(output).isFile();
    } catch {
      /* a new file */
    }
    this.special = special;
    this.tmp = output ? (special ? output : `${output}.${process.pid}.tmp`) : null;
  }

  write(text: string | Uint8Array): void {
    if (!this.tmp) {
      this.out(text);
      return;
    }
    try {
      this.fd ??= openSync(this.tmp, this.special ? 'a' : 'w');
      const bytes = typeof text === 'string' ? Buffer.from(text) : text;
      for (let done = 0; done < bytes.length;) done += writeSync(this.fd, bytes, done);
    } catch (err) {
      this.abort();
      throw new InputError(this.output!, `cannot write report: ${(err as Error).message}`);
    }
  }

  commit(): void {
    if (!this.tmp) return;
    try {
      this.fd ??= openSync(this.tmp, 'w');
      closeSync(this.fd);
      this.fd = null;
      if (!this.special) renameSync(this.tmp, this.output!);
    } catch (err) {
      this.abort();
      throw new InputError(this.output!, `cannot write report: ${(err as Error).message}`);
    }
  }

  /** Nothing is left behind when the run ends without a report. */
  abort(): void {
    if (!this.tmp) return;
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        /* already closed */
      }
      this.fd = null;
    }
    if (this.special) return;
    try {
      unlinkSync(this.tmp);
    } catch {
      /* never created */
    }
  }
}
