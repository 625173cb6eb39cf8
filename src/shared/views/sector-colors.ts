/** Okabe-Ito colours: distinguishable with the common colour-vision deficiencies. */
const SECTOR_COLORS: Record<string, string> = {
  "ITU-R": "#0072B2",
  "ITU-T": "#E69F00",
  "ITU-D": "#009E73",
  GS: "#CC79A7",
  none: "#999999",
};

const FALLBACK = ["#56B4E9", "#D55E00", "#F0E442", "#000000"];

export function sectorColor(code: string, index: number): string {
  return SECTOR_COLORS[code] ?? FALLBACK[index % FALLBACK.length] ?? "#777777";
}
