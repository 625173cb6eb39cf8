import type { Indicators } from "../../schema/indicators.ts";
import { IndicatorsSchema } from "../../schema/indicators.ts";
import { ManifestSchema, type Manifest } from "../../schema/manifest.ts";
import { ReferenceSchema, type Reference } from "../../schema/reference.ts";
import { ReportSchema, type Report } from "../../schema/report.ts";
import { checkReference } from "./check-reference.ts";
import { parseDataFile, type Parsed } from "./parse-data-file.ts";

/** What each kind of data file holds once it is valid. */
export interface DataFileTypes {
  manifest: Manifest;
  reference: Reference;
  indicators: Indicators;
  report: Report;
}

export type DataFileKind = keyof DataFileTypes;

/**
 * The full check of one data file as the loader sees it: its schema, and for reference.json its internal
 * consistency (reports are cross-checked against the reference later, once both are in). The browser runs it
 * on every file it loads, shipped or not.
 */
export function validateDataFile<K extends DataFileKind>(
  kind: K,
  input: unknown,
  file: string,
): Parsed<DataFileTypes[K]> {
  switch (kind) {
    case "manifest":
      return parseDataFile(ManifestSchema, input, file) as Parsed<DataFileTypes[K]>;
    case "indicators":
      return parseDataFile(IndicatorsSchema, input, file) as Parsed<DataFileTypes[K]>;
    case "report":
      return parseDataFile(ReportSchema, input, file) as Parsed<DataFileTypes[K]>;
    case "reference": {
      const parsed = parseDataFile(ReferenceSchema, input, file);
      if (!parsed.ok) return parsed;
      const issues = checkReference(parsed.value, file);
      return (issues.length > 0 ? { ok: false, issues } : parsed) as Parsed<DataFileTypes[K]>;
    }
  }
  throw new Error(`unknown data file kind ${String(kind)}`);
}
