// Arabic script (with its supplements and presentation forms) and Hebrew are written right to left.
const RTL_SCRIPT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const CJK = /[\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF]/;
const CYRILLIC = /[\u0400-\u04FF]/;

/** The data's own language, by its script: the shipped reports are English, a user's file may not be. */
export function dataLanguageOf(text: string): string {
  if (RTL_SCRIPT.test(text)) return "ar";
  if (CJK.test(text)) return "zh";
  if (CYRILLIC.test(text)) return "ru";
  return "en";
}

/** A run is right to left when its language is, and it holds letters of a right-to-left script. */
export function isRtlText(lang: string, text: string): boolean {
  return lang.startsWith("ar") && (RTL_SCRIPT.test(text) || !/[A-Za-z]/.test(text));
}
