/**
 * A small RFC 4180 CSV parser: comma-separated fields, optionally quoted; inside quotes a doubled
 * quote is a literal quote and commas and line breaks are data. Records end with CRLF or LF.
 * Malformed input (a stray quote inside an unquoted field, an unterminated quoted field, text after a
 * closing quote) throws, since a silently misread dossier is worse than none.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  let line = 1;

  const endField = () => {
    row.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };

  while (i < input.length) {
    const ch = input[i];
    if (ch === '"') {
      if (field !== "") throw new Error(`CSV line ${line}: quote inside an unquoted field`);
      const start = line;
      i += 1;
      for (;;) {
        if (i >= input.length) throw new Error(`CSV line ${start}: unterminated quoted field`);
        const c = input[i];
        if (c === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        if (c === "\n") line += 1;
        field += c;
        i += 1;
      }
      const next = input[i];
      if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
        throw new Error(`CSV line ${line}: text after a closing quote`);
      }
      if (next === undefined) break;
      continue;
    }
    if (ch === ",") {
      endField();
      i += 1;
    } else if (ch === "\r" && input[i + 1] === "\n") {
      endRow();
      line += 1;
      i += 2;
    } else if (ch === "\n") {
      endRow();
      line += 1;
      i += 1;
    } else {
      field += ch;
      i += 1;
    }
  }
  // The last record may lack a line break; a trailing line break does not start an empty record.
  if (field !== "" || row.length > 0 || input.endsWith('"')) endRow();
  return rows;
}

/** Parses CSV with a header row into records keyed by column name; every row must have every column. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error("CSV is empty");
  // A blank line parses as one empty field; it is not a record.
  return rows
    .filter((cells) => !(cells.length === 1 && cells[0] === ""))
    .map((cells, index) => {
      if (cells.length !== header.length) {
        throw new Error(`CSV record ${index + 1}: ${cells.length} fields, header has ${header.length}`);
      }
      return Object.fromEntries(header.map((name, col) => [name, cells[col] ?? ""]));
    });
}
