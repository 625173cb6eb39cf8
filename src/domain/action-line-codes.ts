/** "C7.e-health" → "C7": charts group sub-lines under their line, as the plan of action does. */
export function mainLineOf(code: string): string {
  const dot = code.indexOf(".");
  return dot === -1 ? code : code.slice(0, dot);
}

export const MAIN_LINE_CODES = Array.from({ length: 11 }, (_, index) => `C${index + 1}`);
