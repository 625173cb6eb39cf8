import type { ImportIssue } from "./import-result";

/**
 * Decodes a file as UTF-8. Excel's plain "CSV (Comma delimited)" is Windows-1252, not UTF-8: such a file
 * is read as Windows-1252 (right for Western European text) and the user is told how to avoid the guess.
 */
export async function readTextFile(blob: Blob, file: string): Promise<{ text: string; issue?: ImportIssue }> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
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
