// Set by the build (scripts/data/vite-plugin-data.ts): data file path -> SHA-256 (base64) of the exact bytes
// it shipped, for each file that passed the same checks as validateDataFile. Absent in dev and tests.
declare const __WSIS_VERIFIED_DATA__: Readonly<Record<string, string>> | undefined;

const BUILD_VERIFIED: Readonly<Record<string, string>> =
  typeof __WSIS_VERIFIED_DATA__ === "undefined" ? {} : __WSIS_VERIFIED_DATA__;

function toBase64(bytes: ArrayBuffer): string {
  let binary = "";
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * True when `text` is byte for byte the file the build validated for `path`, so checking its schema again
 * would only repeat the build's verdict (and download the schema library before the first chart). Any
 * other content, a file the build did not vouch for, or a browser without Web Crypto (plain http on a
 * LAN address) gets the full check instead.
 */
export async function isVerifiedAtBuild(
  path: string,
  text: string,
  verified: Readonly<Record<string, string>> = BUILD_VERIFIED,
): Promise<boolean> {
  const expected = verified[path];
  if (expected === undefined || typeof crypto === "undefined" || !crypto.subtle) return false;
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return toBase64(digest) === expected;
}
