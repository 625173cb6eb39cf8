import { SOURCE_KINDS, type SourceKind } from "../../domain/source-kind";
import { HttpUrlSchema, type LinkBasis } from "../../schema/common";
import { LIST_SEPARATOR } from "./csv-template";
import { quoteValue } from "./import-result";

/** A cell's value, or the reason it cannot be read. Parsers never throw. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(message: string): CellResult<T> => ({ ok: false, message });

/** "a; b;;c" → ["a", "b", "c"]: spaces around items and empty items are spreadsheet noise. */
export function splitList(cell: string): string[] {
  return cell
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

export function parseYearCell(cell: string): CellResult<number> {
  if (!/^\d{4}$/.test(cell)) return fail(`${quoteValue(cell)} is not a year; write 4 digits, e.g. 2024`);
  const year = Number(cell);
  return year >= 1990 && year <= 2100 ? ok(year) : fail(`${year} is outside 1990-2100`);
}

/** "5", "SDG 5", "sdg5" are all SDG 5; duplicates are dropped. */
export function parseSdgList(cell: string): CellResult<number[]> {
  const numbers: number[] = [];
  for (const item of splitList(cell)) {
    const digits = item.replace(/^sdg\s*/i, "");
    if (!/^\d{1,9}$/.test(digits)) {
      return fail(
        `${quoteValue(item)} is not an SDG number; write numbers 1-17 separated by ${LIST_SEPARATOR}`,
      );
    }
    const sdg = Number(digits);
    if (sdg < 1 || sdg > 17) return fail(`SDG ${sdg} does not exist; SDGs are 1-17`);
    if (!numbers.includes(sdg)) numbers.push(sdg);
  }
  return ok(numbers);
}

/** "c7.E-Health" → "C7.e-health"; whether the code exists is checked against reference.json later. */
export function parseActionLineList(cell: string): string[] {
  const codes: string[] = [];
  for (const item of splitList(cell)) {
    const match = /^c(\d+)(\..*)?$/i.exec(item);
    const code = match ? `C${match[1]}${(match[2] ?? "").toLowerCase()}` : item;
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}

/**
 * One basis for every item of a list, or one per item. Empty means the default: the person filling the
 * sheet writes what their source says, so "stated".
 */
export function parseBasisList(
  cell: string,
  count: number,
  allowed: readonly LinkBasis[],
  what: string,
): CellResult<LinkBasis[]> {
  const items = splitList(cell.toLowerCase());
  if (items.length === 0) return ok(Array.from({ length: count }, () => "stated" as const));
  const bases: LinkBasis[] = [];
  for (const item of items) {
    const basis = allowed.find((value) => value === item);
    if (!basis) return fail(`${quoteValue(item)} is not a basis; write ${allowed.join(" or ")}`);
    bases.push(basis);
  }
  if (count === 0) return fail(`a basis is given but there are no ${what}`);
  const [first] = bases;
  if (bases.length === 1 && first) return ok(Array.from({ length: count }, () => first));
  if (bases.length !== count) {
    return fail(`${bases.length} bases for ${count} ${what}; give one for all, or one per item`);
  }
  return ok(bases);
}

export function parseUrlList(cell: string): CellResult<string[]> {
  const urls = splitList(cell);
  if (urls.length === 0) return fail("at least one source address (http or https) is required");
  for (const url of urls) {
    if (!HttpUrlSchema.safeParse(url).success) {
      return fail(`${quoteValue(url)} is not a web address; sources start with https:// or http://`);
    }
  }
  return ok(urls);
}

/** One kind per source address, in the same order; empty means each kind comes from its address's site. */
export function parseSourceKindList(cell: string, count: number): CellResult<Array<SourceKind | undefined>> {
  const items = splitList(cell.toLowerCase());
  if (items.length === 0) return ok(Array.from({ length: count }, () => undefined));
  const kinds: SourceKind[] = [];
  for (const item of items) {
    const kind = SOURCE_KINDS.find((value) => value === item);
    if (!kind) return fail(`${quoteValue(item)} is not a kind of source; write ${SOURCE_KINDS.join(", ")}`);
    kinds.push(kind);
  }
  if (kinds.length !== count)
    return fail(`${kinds.length} kinds for ${count} source addresses; give one per address`);
  return ok(kinds);
}
