import { dataUrl } from "./fetch-data-file.ts";

// Set by the build (scripts/data/vite-plugin-data.ts) when it emits data/startup.json; absent in dev and tests.
declare const __WSIS_STARTUP_DATA__: boolean | undefined;

const HAS_STARTUP_DATA = typeof __WSIS_STARTUP_DATA__ !== "undefined" && __WSIS_STARTUP_DATA__;

export const STARTUP_DATA_FILE = "startup.json";

/** data/startup.json (scripts/data/startup-data.ts): the text of each file a page starts from, by path. */
export interface StartupData {
  files: Record<string, string>;
}

/** The texts in a startup file; anything else it holds is ignored (each text is checked like its file). */
export function startupTextsOf(input: unknown): Map<string, string> {
  const texts = new Map<string, string>();
  if (typeof input !== "object" || input === null || !("files" in input)) return texts;
  const files = input.files;
  if (typeof files !== "object" || files === null) return texts;
  for (const [path, text] of Object.entries(files)) if (typeof text === "string") texts.set(path, text);
  return texts;
}

let startup: Promise<Map<string, string>> | undefined;

/** One request for every startup file (index.html preloads it); empty when it cannot be had. */
function startupTexts(): Promise<Map<string, string>> {
  startup ??= fetch(dataUrl(STARTUP_DATA_FILE))
    .then(async (response) =>
      response.ok ? startupTextsOf(await response.json()) : new Map<string, string>(),
    )
    .catch(() => new Map<string, string>());
  return startup;
}

/**
 * The text of `path` from startup.json, handed out once: a second ask (a retry, a query loaded again)
 * fetches the file itself. Undefined when the build made no startup.json, or it lacks the file: the caller
 * fetches the file then, so that a missing or broken startup.json costs time, never data.
 */
export async function takeStartupText(
  path: string,
  enabled: boolean = HAS_STARTUP_DATA,
  texts: () => Promise<Map<string, string>> = startupTexts,
): Promise<string | undefined> {
  if (!enabled) return undefined;
  const available = await texts();
  const text = available.get(path);
  available.delete(path);
  return text;
}
