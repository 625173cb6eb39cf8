/** One record of a CSV file, or the reason it could not be read; `line` is where the record starts. */
export type CsvRecord =
  { kind: "record"; line: number; cells: string[] } | { kind: "error"; line: number; message: string };

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * An RFC 4180 reader that hands out one record at a time, so that a caller can parse a large file in
 * slices and report progress. It never throws: a malformed record comes back as an error naming its
 * line, and reading resumes at the next line, so one stray quote costs one row, not the file. Line breaks may be CRLF, LF or CR; a UTF-8 byte-order mark is skipped.
 */
export class CsvReader {
  private index: number;
  private line = 1;

  private readonly separator: number;

  /** `separator` "\t" reads tab-separated text (what Excel saves as "Unicode text"). */
  constructor(
    private readonly text: string,
    separator: "," | "\t" = ",",
  ) {
    this.index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.separator = separator.charCodeAt(0);
  }

  /** Characters consumed so far, for progress. */
  get position(): number {
    return this.index;
  }

  get length(): number {
    return this.text.length;
  }

  /** The next record, skipping blank lines; undefined at the end of the text. */
  next(): CsvRecord | undefined {
    for (;;) {
      if (this.index >= this.text.length) return undefined;
      const record = this.readRecord();
      const blank =
        record.kind === "record" && record.cells.every((cell) => cell.trim() === "") && !record.quoted;
      if (!blank)
        return record.kind === "record" ? { kind: "record", line: record.line, cells: record.cells } : record;
    }
  }

  private readRecord():
    | { kind: "record"; line: number; cells: string[]; quoted: boolean }
    | { kind: "error"; line: number; message: string } {
    const { text } = this;
    const start = this.line;
    const cells: string[] = [];
    let error: string | undefined;
    let quoted = false;
    for (;;) {
      let cell = "";
      if (text.charCodeAt(this.index) === QUOTE) {
        quoted = true;
        const opened = this.line;
        this.index += 1;
        let segment = this.index;
        for (;;) {
          const next = text.indexOf('"', this.index);
          if (next === -1) {
            this.countLines(this.index, text.length);
            this.index = text.length;
            return {
              kind: "error",
              line: start,
              message: `a quoted cell opened on line ${opened} is never closed; every " that starts a cell needs a closing "`,
            };
          }
          this.countLines(this.index, next);
          if (text.charCodeAt(next + 1) === QUOTE) {
            cell += text.slice(segment, next + 1);
            this.index = next + 2;
            segment = this.index;
            continue;
          }
          cell += text.slice(segment, next);
          this.index = next + 1;
          break;
        }
        const after = text.charCodeAt(this.index);
        if (!Number.isNaN(after) && after !== this.separator && after !== LF && after !== CR) {
          error ??= 'text after the closing " of a quoted cell; a " inside a quoted cell is written ""';
          this.index = this.skipToCellEnd(this.index);
        }
      } else {
        const end = this.skipToCellEnd(this.index);
        cell = text.slice(this.index, end);
        if (cell.includes('"')) {
          error ??= 'a " inside a cell that does not start with "; quote the whole cell and write " as ""';
        }
        this.index = end;
      }
      cells.push(cell);
      const code = text.charCodeAt(this.index);
      if (code === this.separator) {
        this.index += 1;
        continue;
      }
      // End of the record: a line break or the end of the text.
      if (code === CR) this.index += text.charCodeAt(this.index + 1) === LF ? 2 : 1;
      else if (code === LF) this.index += 1;
      if (!Number.isNaN(code)) this.line += 1;
      return error === undefined
        ? { kind: "record", line: start, cells, quoted }
        : { kind: "error", line: start, message: error };
    }
  }

  /** Index of the next comma or line break (or the end), whatever comes before it. */
  private skipToCellEnd(from: number): number {
    const { text } = this;
    let index = from;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (code === this.separator || code === LF || code === CR) break;
      index += 1;
    }
    return index;
  }

  private countLines(from: number, to: number): void {
    const { text } = this;
    for (let index = from; index < to; index += 1) {
      const code = text.charCodeAt(index);
      if (code === LF) this.line += 1;
      else if (code === CR && text.charCodeAt(index + 1) !== LF) this.line += 1;
    }
  }
}
