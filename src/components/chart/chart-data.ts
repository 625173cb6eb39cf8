/**
 * A chart's numbers in the shape of the chart (what a native PowerPoint chart or table is built from),
 * taken from the same rows the on-screen chart draws: an export never counts differently.
 */
export type ChartData =
  | {
      kind: "bars";
      seriesName: string;
      categories: ReadonlyArray<{ label: string; count: number; color: string; selected: boolean }>;
    }
  | {
      kind: "stacked";
      /** `value` is what the axis shows (a line code, a year), `label` the category in full. */
      categories: ReadonlyArray<{ value: string; label: string; selected: boolean }>;
      /** One value per category; null is a gap (no report that year). */
      series: ReadonlyArray<{ name: string; color: string; values: ReadonlyArray<number | null> }>;
    }
  | {
      kind: "matrix";
      rowHeader: string;
      rows: ReadonlyArray<{ code: string; title: string }>;
      columns: readonly string[];
      /** counts[row][column] */
      counts: ReadonlyArray<readonly number[]>;
    };
