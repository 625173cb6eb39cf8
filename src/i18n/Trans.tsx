import type { ParseKeys } from "i18next";
import { cloneElement, type ReactElement, type ReactNode } from "react";
import { useTranslation } from "./use-translation";

// A translation's own tags, as the catalogs write them: `<name>text</name>`, never nested
// (src/i18n/catalogs.test.ts checks that every language has the English tags).
const TAG = /<([a-z][\w-]*)>(.*?)<\/\1>/gis;
// Values are data, not markup: their "<" waits here while the translation's tags are read.
const PARKED_LT = "\uE000";

const park = (value: unknown) => (typeof value === "string" ? value.replaceAll("<", PARKED_LT) : value);
const unpark = (text: string) => text.replaceAll(PARKED_LT, "<");

export interface TransProps {
  i18nKey: ParseKeys;
  values?: Record<string, unknown>;
  /** Picks the plural form (and is the `{{count}}` variable). */
  count?: number;
  /** The element each tag becomes, its text as children; a tag without one shows as its text. */
  components?: Record<string, ReactElement<{ children?: ReactNode }>>;
}

/**
 * A sentence with elements inside (a link, a <code>) that stays one translation, wherever each language
 * puts them. Our own small twin of react-i18next's <Trans> for the flat tags we use: it keeps its HTML
 * parser off the first screen and the embed (docs/decisions/009).
 */
export function Trans({ i18nKey, values = {}, count, components = {} }: TransProps) {
  const { t } = useTranslation();
  const parked = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, park(value)]));
  const text: string = t(i18nKey, count === undefined ? parked : { ...parked, count });
  const nodes: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(TAG)) {
    const [whole, name = "", inner = ""] = match;
    if (match.index > last) nodes.push(unpark(text.slice(last, match.index)));
    const element = components[name];
    nodes.push(element ? cloneElement(element, { key: nodes.length }, unpark(inner)) : unpark(inner));
    last = match.index + whole.length;
  }
  if (last < text.length) nodes.push(unpark(text.slice(last)));
  return <>{nodes}</>;
}
