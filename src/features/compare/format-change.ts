import type { PercentChange } from "../../domain/compare";
import { formatNumber } from "../../i18n/format";
import { i18n } from "../../i18n/i18n";
import { DEFAULT_LANGUAGE, parseLanguage } from "../../i18n/languages";

// These helpers format in the UI's active language; the components that call them re-render on a switch.
const activeLanguage = () => parseLanguage(i18n.language) ?? DEFAULT_LANGUAGE;

const MINUS = "−";

export function formatCount(value: number): string {
  return formatNumber(activeLanguage(), value, { maximumFractionDigits: 2 });
}

/** "+3", "−2", "0": the sign is always written, so that direction never depends on colour. */
export function formatSigned(value: number): string {
  if (value === 0) return "0";
  return `${value > 0 ? "+" : MINUS}${formatCount(Math.abs(value))}`;
}

/** ▲ up, ▼ down, ■ no change: a shape for every direction. */
export function changeMarker(value: number): string {
  return value > 0 ? "▲" : value < 0 ? "▼" : "■";
}

/** "new" when A is 0, "—" when both are 0; whole percents from 10 up, one decimal below. */
export function formatPercent(percent: PercentChange): string {
  if (percent === "new") return i18n.t("compare.new");
  if (percent === null) return "—";
  const rounded = Math.abs(percent) >= 10 ? Math.round(percent) : Math.round(percent * 10) / 10;
  // The sign is ours (always written); Intl places the percent sign as the language does.
  const magnitude = formatNumber(activeLanguage(), Math.abs(rounded) / 100, {
    style: "percent",
    maximumFractionDigits: 1,
  });
  return rounded === 0 ? magnitude : `${rounded > 0 ? "+" : MINUS}${magnitude}`;
}

/** "▲ +3 (+50%)", "▲ +3 (new)", "■ 0 (0%)"; undefined when there is nothing in either year. */
export function describeChange(change: number, percent: PercentChange): string | undefined {
  if (percent === null) return undefined;
  return `${changeMarker(change)} ${formatSigned(change)} (${formatPercent(percent)})`;
}

/** The direction as a word, for class names and screen readers. */
export function directionOf(change: number): "up" | "down" | "same" {
  return change > 0 ? "up" : change < 0 ? "down" : "same";
}
