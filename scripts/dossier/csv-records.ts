import { CsvReader } from "../../src/data/import/csv-reader";

/**
 * Reads CSV with the app's own reader. Unlike the app's import, which keeps the good rows of a bad file,
 * any malformed record throws, naming file and line: a silently misread dossier is worse than none.
 */
function* readRecords(text: string, file: string): Generator<{ line: number; cells: string[] }> {
  const reader = new CsvReader(text);
  for (let record = reader.next(); record !== undefined; record = reader.next()) {
    if (record.kind === "error") throw new Error(`${file} line ${record.line}: ${record.message}`);
    yield record;
  }
}

/** Every record's cells, the header first; blank lines are skipped. */
export function parseCsvRows(text: string, file: string): string[][] {
  return Array.from(readRecords(text, file), (record) => record.cells);
}

/** Records keyed by the header's names; every record must have every column. */
export function parseCsvRecords(text: string, file: string): Record<string, string>[] {
  const records = readRecords(text, file);
  const header = records.next();
  if (header.done) throw new Error(`${file} is empty`);
  const names = header.value.cells;
  return Array.from(records, ({ cells, line }) => {
    if (cells.length !== names.length) {
      throw new Error(`${file} line ${line}: ${cells.length} fields, the header has ${names.length}`);
    }
    return Object.fromEntries(names.map((name, column) => [name, cells[column] ?? ""]));
  });
}
