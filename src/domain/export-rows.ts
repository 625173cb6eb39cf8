/** A column of an export: a header and how to read its text from a row. */
export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => string | number;
}

/**
 * Spreadsheet programs run cells that start with these as formulas (CSV injection), also after leading
 * spaces, line breaks, control or zero-width characters, and in their full-width forms (＝＋－＠).
 */
const FORMULA_START = /^(?:[\t\r\n]|[\p{White_Space}\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;

function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a byte-order mark, so that Excel opens Arabic and Chinese text correctly; CRLF per RFC 4180. */
export function toCsv<Row>(rows: readonly Row[], columns: readonly ExportColumn<Row>[]): string {
  const lines = [columns.map((column) => csvCell(column.header)).join(",")];
  for (const row of rows) lines.push(columns.map((column) => csvCell(column.value(row))).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
