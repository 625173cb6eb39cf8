// A page's first Intl object costs 50-100 ms while V8 starts ICU (measured in Chromium on the bench
// machine), and the first chart formats numbers and picks plurals. English integers and English plurals are
// simple enough to write here, with the same result as Intl (english-fast-path.test.ts compares them),
// so that a page in English can draw before it pays for ICU; everything else goes to Intl.

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/** An integer as Intl.NumberFormat("en") writes it ("12,345"), or undefined where that needs Intl. */
export function englishInteger(value: number): string | undefined {
  if (!Number.isSafeInteger(value) || Object.is(value, -0)) return undefined;
  const digits = String(Math.abs(value)).replace(THOUSANDS, ",");
  return value < 0 ? `-${digits}` : digits;
}

/** Intl.PluralRules("en").select: "one" for 1 (and -1), "other" for every other number. */
export function englishPlural(count: number): Intl.LDMLPluralRule {
  return Math.abs(count) === 1 ? "one" : "other";
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Intl.DateTimeFormat("en", { dateStyle: "long" }).format: "November 28, 2026", in local time. */
export function englishLongDate(date: Date): string | undefined {
  if (Number.isNaN(date.getTime()) || date.getFullYear() < 1) return undefined;
  return `${MONTHS[date.getMonth()]} ${date.getDate()}, ${date.getFullYear()}`;
}
