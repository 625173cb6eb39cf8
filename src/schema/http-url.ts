import { INPUT_LIMITS } from "./input-limits.ts";

/**
 * True when the WHATWG URL parser (the one every link on the page goes through) reads `value` as an
 * http(s) address with a host. Checked where data enters, so display code can rely on it.
 */
export function isHttpUrl(value: string): boolean {
  if (value.length > INPUT_LIMITS.urlLength || /\s/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
}

/** "www.itu.int/en/..." → "itu.int"; the raw text when the address cannot be read. Never throws. */
export function sourceHost(value: string): string {
  try {
    return new URL(value).hostname.replace(/^www\./, "") || value;
  } catch {
    return value;
  }
}
