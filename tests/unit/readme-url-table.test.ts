import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DATASET_PARAM } from "../../src/features/import/dataset-param";
import { COMPARE_PARAMS } from "../../src/url-state/compare-params";
import { COVER_PARAM, DATE_PARAM, SOURCES_PARAM } from "../../src/url-state/deck-frame";
import { DECK_PARAM, SLIDE_PARAM } from "../../src/url-state/deck-params";
import { EMBED_PARAMS } from "../../src/url-state/embed-contract";
import { FILTER_PARAMS } from "../../src/url-state/filter-params";
import { TABLE_PARAMS } from "../../src/url-state/table-params";
import { TREND_PARAMS } from "../../src/url-state/trend-params";
import { LANGUAGE_PARAM } from "../../src/url-state/use-language-param";

/** The query-string keys the parsers read: the public contract embedders rely on. */
const PARSED_KEYS = [
  ...Object.values(FILTER_PARAMS),
  ...Object.values(TABLE_PARAMS),
  ...Object.values(TREND_PARAMS),
  ...Object.values(COMPARE_PARAMS),
  ...EMBED_PARAMS,
  LANGUAGE_PARAM,
  DECK_PARAM,
  SLIDE_PARAM,
  COVER_PARAM,
  DATE_PARAM,
  SOURCES_PARAM,
  DATASET_PARAM,
];

/** The keys named in the first cell of the README's parameter and option tables. */
function documentedKeys(): Set<string> {
  const readme = readFileSync("README.md", "utf8");
  const keys = new Set<string>();
  for (const line of readme.split("\n")) {
    const firstCell = /^\| ([^|]+) \|/.exec(line)?.[1] ?? "";
    for (const match of firstCell.matchAll(/`([a-z]+)`/g)) keys.add(match[1]!);
  }
  return keys;
}

describe("the README's URL tables", () => {
  it("name every query-string key the parsers read", () => {
    const documented = documentedKeys();
    expect(PARSED_KEYS.filter((key) => !documented.has(key))).toEqual([]);
  });
});
