import type { ImportIssue } from "./import-result";

/** "utf-16le" or "utf-16be" when the bytes start with that byte-order mark (Excel's "Unicode text" does). */
export function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/**
 * Decodes a file as UTF-16 when it starts with a UTF-16 byte-order mark, else as UTF-8. Excel's plain
 * "CSV (Comma delimited)" is Windows-1252, not UTF-8: such a file is read as Windows-1252 (right for
 * Western European text) and the user is told how to avoid the guess.
 */
export async function readTextFile(blob: Blob, file: string): Promise<{ text: string; issue?: ImportIssue }> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const utf16 = utf16Encoding(bytes);
  // The decoder drops the byte-order mark itself; a broken pair becomes U+FFFD, which validation shows.
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes) };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return {
      text: new TextDecoder("windows-1252").decode(bytes),
      issue: {
        file,
        path: "",
        message:
          'the file is not UTF-8, so it was read as Windows-1252; if accents look wrong, save it as "CSV UTF-8"',
      },
    };
  }
}
