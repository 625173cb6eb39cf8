/**
 * The CSV template for activities: one row per activity, lists in one cell separated by ";".
 * data/README.md ("CSV template") and the app's Load data panel describe the same columns.
 */
export interface CsvColumn {
  name: string;
  required: boolean;
  /** What to write, for people filling in a spreadsheet. */
  help: string;
}

export const LIST_SEPARATOR = ";";

export const CSV_COLUMNS: readonly CsvColumn[] = [
  { name: "id", required: true, help: "Unique id, e.g. A301: letters, digits, . _ or -, at most 64" },
  {
    name: "key",
    required: false,
    help: "The initiative across years, kebab-case (wsis-forum); empty: derived from the title",
  },
  { name: "year", required: true, help: "Report year, 4 digits (2024)" },
  { name: "sector", required: false, help: "ITU-R, ITU-T, ITU-D or GS; empty when no ITU unit is named" },
  { name: "sector_basis", required: false, help: "stated (default) or assigned" },
  { name: "action_lines", required: false, help: "Codes separated by ;, e.g. C2;C7.e-health" },
  {
    name: "action_line_basis",
    required: false,
    help: "stated (default) or assigned: one for all, or one per action line",
  },
  { name: "sdgs", required: false, help: "SDG numbers 1-17 separated by ;, e.g. 4;5;9" },
  { name: "sdg_basis", required: false, help: "stated (default) or matrix: one for all, or one per SDG" },
  { name: "title", required: true, help: "Name of the activity" },
  { name: "summary", required: true, help: "One paragraph" },
  { name: "figures", required: false, help: "Figures as the source words them, separated by ;" },
  { name: "source_urls", required: true, help: "At least one http(s) address, separated by ;" },
  {
    name: "source_kinds",
    required: false,
    help: "official, copy or press for each address, separated by ;; empty: from the address's site",
  },
  { name: "notes", required: false, help: "Editorial remarks" },
];

export const CSV_COLUMN_NAMES = CSV_COLUMNS.map((column) => column.name);

const EXAMPLE_ROWS: readonly string[][] = [
  [
    "U2024-001",
    "",
    "2024",
    "ITU-D",
    "stated",
    "C2;C4",
    "stated",
    "4;9",
    "stated",
    "Digital skills for rural schools",
    "Training for 1,200 teachers in 14 countries on connecting and using school networks.",
    "1,200 teachers;14 countries",
    "https://www.itu.int/en/ITU-D/Pages/default.aspx",
    "",
    "",
  ],
  [
    "U2024-002",
    "wsis-forum",
    "2024",
    "GS",
    "assigned",
    "",
    "",
    "",
    "",
    "WSIS Forum 2024",
    "The annual forum, held with the WSIS+20 High-Level Event.",
    "",
    "https://www.itu.int/net4/wsis/forum/2024/",
    "official",
    "Sector assigned: the WSIS team sits in the General Secretariat.",
  ],
];

function quoteCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The downloadable template: the header and two example rows to overwrite. */
export function buildCsvTemplate(): string {
  return [CSV_COLUMN_NAMES, ...EXAMPLE_ROWS].map((row) => row.map(quoteCell).join(",")).join("\r\n") + "\r\n";
}
