import type { registerLocale } from "echarts/core";

export type LocaleOption = Parameters<typeof registerLocale>[1];

/** Locale packs loaded with their language; the chart wrapper registers them with ECharts when it draws. */
const packs = new Map<string, LocaleOption>();

export function storeEchartsLocale(name: string, option: LocaleOption) {
  packs.set(name, option);
}

export function echartsLocalePack(name: string): LocaleOption | undefined {
  return packs.get(name);
}
