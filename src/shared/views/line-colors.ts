import { MAIN_LINE_CODES } from "../../domain/action-line-codes";

/** Paul Tol's "muted" scheme and two of its companions: eleven hues told apart in print and on screen. */
const LINE_COLORS = [
  "#332288",
  "#88CCEE",
  "#44AA99",
  "#117733",
  "#999933",
  "#DDCC77",
  "#CC6677",
  "#882255",
  "#AA4499",
  "#6699CC",
  "#661100",
];

/** The colour of a main action line (C1 … C11), the same in every chart that draws lines as series. */
export function lineColor(code: string): string {
  const index = MAIN_LINE_CODES.indexOf(code);
  return LINE_COLORS[index >= 0 ? index % LINE_COLORS.length : LINE_COLORS.length - 1] ?? "#777777";
}
