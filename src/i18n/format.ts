import { intlLocaleOf, type Language } from "./languages";

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Numbers as the language writes them (grouping, decimal sign, percent), with cached formatters. */
export function formatNumber(language: Language, value: number, options?: Intl.NumberFormatOptions): string {
  // Charts and tables format hundreds of plain numbers per render: skip the stringify for those.
  const key = options === undefined ? language : `${language}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocaleOf(language), options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A cached Intl.DateTimeFormat for a BCP 47 locale ("" for the browser's own): building one costs
 * milliseconds, and footers and tables format dates at every render.
 */
export function dateFormatFor(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale || undefined, options);
    dateFormats.set(key, format);
  }
  return format;
}

export function formatDate(language: Language, date: Date, options: Intl.DateTimeFormatOptions): string {
  return dateFormatFor(intlLocaleOf(language), options).format(date);
}
