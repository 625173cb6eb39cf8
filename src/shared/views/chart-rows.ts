/** One category of a chart with its count: also the row of the chart's table twin. */
export interface CountRow {
  /** The filter value this row toggles (sector code, line code, SDG number as text). */
  value: string;
  label: string;
  count: number;
  color: string;
  selected: boolean;
}
