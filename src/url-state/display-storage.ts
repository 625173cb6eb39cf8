import { parseTheme, type ThemeChoice } from "./display-params";

/** This browser's display choices: a preference, not part of any view, so never written to links. */
export const THEME_STORAGE_KEY = "wsis-dashboard:theme";
export const PATTERN_STORAGE_KEY = "wsis-dashboard:pattern";
const CHANGE_EVENT = "wsis-dashboard:display-change";

// When storage is blocked (privacy settings) a choice still holds until the page is closed.
const unsaved = new Map<string, string | null>();

function read(key: string): string | null {
  if (unsaved.has(key)) return unsaved.get(key) ?? null;
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null) {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
    unsaved.delete(key);
  } catch {
    unsaved.set(key, value);
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/** A stored value is read back leniently, like a URL: anything unknown means "follow the system". */
export function readSavedTheme(): ThemeChoice {
  return parseTheme(read(THEME_STORAGE_KEY)) ?? "system";
}

export function readSavedPattern(): boolean {
  return read(PATTERN_STORAGE_KEY) === "1";
}

export function saveTheme(choice: ThemeChoice) {
  write(THEME_STORAGE_KEY, choice === "system" ? null : choice);
}

export function savePattern(on: boolean) {
  write(PATTERN_STORAGE_KEY, on ? "1" : null);
}

/** Fires on this tab's saves and on other tabs' (the storage event). */
export function subscribeToSavedDisplay(onChange: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}
