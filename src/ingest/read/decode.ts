// Bytes -> text for one input, refusing what cannot be an article: nothing at all, binary data (NUL bytes)
// and bytes that are not UTF-8. Each refusal is an InputError whose reason fits on one line.
import { InputError } from "./input-error.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function decodeText(bytes: Uint8Array, origin: string): string {
  if (bytes.length === 0) throw new InputError(origin, "the file is empty");
  if (bytes.includes(0)) throw new InputError(origin, "the file is binary (it contains NUL bytes), not an article");
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError(origin, `the file is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(bytes)})`);
  }
  const withoutBom = text.replace(/^\uFEFF/, "");
  if (withoutBom.trim() === "") throw new InputError(origin, "the file is empty");
  return withoutBom;
}

/** Offset of the first byte that starts an invalid UTF-8 sequence, so the message points at it. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    // Decode the whole sequence and let TextDecoder judge overlongs and surrogates.
    const sequence = bytes.subarray(i, i + need + 1);
    if (sequence.length < need + 1) return i;
    try {
      utf8.decode(sequence);
    } catch {
      return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/** "10.0 MB" for messages about sizes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
