/**
 * Characters that reorder the text around them (embeddings, overrides, isolates, marks): in a title or a
 * file name they make "report\u202Evsc.exe" read as "reportexe.csv". The dashboard isolates text itself.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}

/** Each bidi control shown as a visible replacement mark, for text quoted back as it was written. */
export function markBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "\uFFFD");
}

// Anything but spaces, controls, format characters (zero-width and the like) and combining marks alone.
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{M}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0]/u;

/** False for a title of nothing but zero-width spaces, marks or fillers: it would be an invisible link. */
export function hasVisibleCharacter(text: string): boolean {
  return VISIBLE.test(text);
}
