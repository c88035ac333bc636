import { InputError } from '../util/errors.js';

/** Largest part inflated from an archive; a zip bomb declares or reaches more and is refused. */
export const MAX_PART_BYTES = 64 * 1024 * 1024;

/**
 * Reads the named parts of a zip archive (DOCX, ODT). Sizes are checked from the central directory
 * before anything is inflated, so a zip bomb costs nothing; a corrupt or foreign file is one clear error.
 */
export async function readZipParts(
  bytes: Uint8Array,
  file: string,
  wanted: (name: string) => boolean,
  kind: string,
): Promise<Map<string, Uint8Array>> {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) {
    throw new InputError(file, `not a ${kind} file (no zip signature)`);
  }
  const { unzipSync } = await import('fflate');
  // (An object, not a `let`: the filter callback sets it, which the type narrowing below does not follow.)
  const refused: { part: string | null } = { part: null };
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (f) => {
        if (!wanted(f.name)) return false;
        if (f.originalSize > MAX_PART_BYTES) {
          refused.part = f.name;
          return false;
        }
        return true;
      },
    });
  } catch (err) {
    throw new InputError(file, `corrupt ${kind} archive (${(err as Error).message})`);
  }
  if (refused.part)
    throw new InputError(
      file,
      `${kind} part ${refused.part} is larger than ${MAX_PART_BYTES / 1048576} MB uncompressed (refused)`,
    );
  for (const [name, data] of Object.entries(parts)) {
    if (data.length > MAX_PART_BYTES)
      throw new InputError(file, `${kind} part ${name} inflates beyond ${MAX_PART_BYTES / 1048576} MB (refused)`);
  }
  return new Map(Object.entries(parts));
}
