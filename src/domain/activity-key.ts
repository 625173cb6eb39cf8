/**
 * Activity keys: a kebab-case name for the initiative behind an activity, shared by its editions,
 * so that year-over-year comparison can match "WSIS Forum 2015" with "WSIS Forum 2016".
 *
 * The rule, applied in this order (data/README.md documents the same rule):
 *
 * 1. Facilitation of one action line. A title that names exactly one action line (C1-C11, or a C7
 *    sub-line such as "C7 e-environment") and says "facilitation", or "Cn session", is keyed
 *    `wsis-action-line-<code>-facilitation`, e.g. "WSIS Forum 2023 C6 facilitation meeting: ..." ->
 *    "wsis-action-line-c6-facilitation".
 * 2. Otherwise the title is reduced to the name of the initiative:
 *    a. text in parentheses is dropped: acronyms, editions, host cities, partners ("(WRC-19)",
 *       "(5th edition)", "(Busan)", "(with UNICEF)");
 *    b. a subtitle after the first ":" is dropped (theme, place or meeting number of one edition),
 *       unless the part before it ends in "session" or "workshop": a session is named by its topic;
 *    c. after the first edition marker (a year, a year range or an edition suffix such as "WRC-19"),
 *       an add-on introduced by "," or "and" is dropped ("WTDC-17 and the Buenos Aires Action Plan");
 *    d. a lifecycle verb and what follows it are dropped ("launched", "established", "concludes",
 *       "completes", "published", "relaunched", "first held");
 *    e. edition markers are removed: year ranges ("2019-2020"), 4-digit years (but not when a name
 *       carries them, as in "IMT-2020"), edition suffixes on upper-case acronyms ("WRC-19" -> "WRC";
 *       "COVID-19" is a name, not an edition), ordinals up to 99 or spelled out ("First", "2nd", "13th"),
 *       with a following "edition", "iteration", "anniversary" or "meeting(s) of the", and the words
 *       "edition", "virtual" and a leading "the";
 *    f. slugify: accents dropped, lowercase, "@" -> "a", anything but a-z and 0-9 becomes "-".
 * 3. Canonical names ({@link CANONICAL_KEYS}): renamed initiatives, names that titles write both in full
 *    and as an acronym (the acronym wins: "world-radiocommunication-conference" -> "wrc"), and
 *    initiatives whose titles start with the initiative's name followed by one year's work
 *    ("Partner2Connect pledges pass USD 50 billion" -> "partner2connect").
 */

const ORDINAL_WORDS =
  "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth";

/** One action-line code, optionally with a C7 sub-line ("C7 e-environment"). */
const ACTION_LINE_CODE = /\bC(1[01]|[1-9])\b(?:[ .](e-[a-z]+))?/gi;

function facilitationKey(title: string): string | undefined {
  const codes = new Set(
    [...title.matchAll(ACTION_LINE_CODE)].map((m) => `c${m[1] ?? ""}${m[2] ? `-${m[2].toLowerCase()}` : ""}`),
  );
  if (codes.size !== 1) return undefined;
  const isFacilitation =
    /\bfacilitation\b/i.test(title) || /\bC(1[01]|[1-9])\b(?: e-[a-z]+)? session\b/i.test(title);
  return isFacilitation ? `wsis-action-line-${[...codes][0] ?? ""}-facilitation` : undefined;
}

/** An upper-case acronym with a two-digit edition suffix, e.g. "WRC-19"; "COVID-19" is a name. */
const EDITION_SUFFIX = /\b(?!COVID-)([A-Z][A-Z0-9]{1,5})-\d{2}\b/g;
const YEAR_RANGE = /\b(?:19|20)\d{2}\s*[-\u2013\u2014]\s*(?:19|20)?\d{2}\b/g;
/** A year, unless a name carries it with a hyphen ("IMT-2020"). */
const YEAR = /(?<![A-Za-z0-9]-)\b(?:19|20)\d{2}\b/g;
const ORDINAL = new RegExp(
  `\\b(?:\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORDS})\\b(?:\\s+(?:edition|iteration|anniversary|meetings?)\\b(?:\\s+of(?:\\s+the)?\\b)?)?`,
  "gi",
);
const EDITION_MARKER = new RegExp(
  `${YEAR_RANGE.source}|${YEAR.source}|\\b(?!COVID-)[A-Z][A-Z0-9]{1,5}-\\d{2}\\b`,
);
const LIFECYCLE = /\s(?:launched|established|concludes|completes|published|relaunched|first held)\b.*$/i;

/**
 * What /\([^)]*\)/g would remove, in one pass: that pattern is quadratic on a title full of "(" with no
 * ")" (each "(" scans to the end), and titles come from users' files.
 */
export function dropParenthesized(text: string): string {
  let result = "";
  let from = 0;
  for (;;) {
    const open = text.indexOf("(", from);
    if (open < 0) break;
    const close = text.indexOf(")", open + 1);
    if (close < 0) break; // no ")" left: no later "(" can close either
    result += `${text.slice(from, open)} `;
    from = close + 1;
  }
  return result + text.slice(from);
}

function reduceToName(title: string): string {
  let text = dropParenthesized(title);

  const colon = text.indexOf(":");
  if (colon >= 0 && !/\b(?:session|workshop)\s*$/i.test(text.slice(0, colon))) text = text.slice(0, colon);

  const marker = EDITION_MARKER.exec(text);
  if (marker) {
    const rest = text.slice(marker.index + marker[0].length);
    const addOn = /^\s*(?:,|and\b)/i.exec(rest);
    if (addOn) text = text.slice(0, marker.index + marker[0].length);
  }

  text = text.replace(LIFECYCLE, "");
  text = text
    .replace(YEAR_RANGE, " ")
    .replace(EDITION_SUFFIX, "$1")
    .replace(YEAR, " ")
    .replace(ORDINAL, " ")
    .replace(/\b(?:edition|virtual)\b/gi, " ")
    .replace(/^\s*the\b/i, " ");
  return slugify(text);
}

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/@/g, "a")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Applied to the reduced slug, first match wins. Each entry names one initiative across its renamings,
 * abbreviations and the different pieces of work reported for it from year to year.
 */
export const CANONICAL_KEYS: readonly (readonly [RegExp, string])[] = [
  // The WSIS Forum under its other names: WSIS+10 High-Level Event (2014, the extended Forum),
  // WSIS+20 Forum High-Level Event (2024), WSIS+20 High-Level Event (2025).
  [/^wsis-\d+(?:-forum)?-high-level-event$/, "wsis-forum"],
  [/^wsis-project-prizes$/, "wsis-prizes"],
  [/^wsis-stocktaking(?:-|$)/, "wsis-stocktaking"],
  [/^(?:un-)?wsis-action-lines?-facilitators(?:-meeting)?$/, "wsis-action-line-facilitators-meeting"],
  [/^council-working-group-on-wsis(?:-sdgs)?$/, "council-working-group-on-wsis"],
  // ITU conferences and symposia with edition acronyms (WRC-19, GSR-15...): the acronym is the key.
  [/^world-radiocommunication-conference$/, "wrc"],
  [/^world-telecommunication-development-conference$/, "wtdc"],
  [/^world-telecommunication-standardization-assembly$/, "wtsa"],
  [/^world-telecommunication-ict-policy-forum$/, "wtpf"],
  [/^world-telecommunication-ict-indicators-symposium$/, "wtis"],
  [/^world-radiocommunication-seminar$/, "wrs"],
  [/^world-conference-on-international-telecommunications$/, "wcit"],
  [/^radiocommunication-assembly$/, "ra"],
  [/^plenipotentiary-conference$/, "pp"],
  [/^global-standards-symposium$/, "gss"],
  [/^global-forum-on-emergency-telecommunications$/, "get"],
  [/^telecommunication-development-advisory-group$/, "tdag"],
  [/^(?:gsr|global-symposium-for-regulators)(?:-|$)/, "gsr"],
  [/^(?:figi|financial-inclusion-global-initiative)(?:-|$)/, "figi"],
  [/^(?:u4ssc|united-for-smart-sustainable-cities)(?:-|$)/, "u4ssc"],
  [/^(?:fg-ai4h|itu-who-focus-group-on-ai-for-health)(?:-|$)/, "fg-ai4h"],
  [/^focus-group-on-imt-2020(?:-|$)/, "focus-group-on-imt-2020"],
  // Renamed: ITU Telecom World became ITU Digital World in 2020; "ICT Facts and Figures" became
  // "Measuring digital development: Facts and Figures".
  [/^itu-(?:telecom|digital)-world$/, "itu-telecom-world"],
  [/^(?:ict-)?facts-and-figures$|^measuring-digital-development$/, "facts-and-figures"],
  [/^measuring-the-information-society(?:-|$)/, "measuring-the-information-society"],
  [/^(?:international-)?girls-in-ict-day(?:-|$)/, "international-girls-in-ict-day"],
  [/^equals-in-tech-awards$/, "equals-in-tech-awards"],
  [/^equals(?:-|$)/, "equals"],
  [/^broadband-commission(?:-|$)/, "broadband-commission"],
  [/^partner2connect(?:-|$)/, "partner2connect"],
  [/^connect2recover(?:-|$)/, "connect2recover"],
  [/^giga(?:-|$)/, "giga"],
  [/^itu-academy(?:-|$)/, "itu-academy"],
  [/^digital-transformation-centres(?:-|$)/, "digital-transformation-centres"],
  [/^generation-connect(?:-|$)/, "generation-connect"],
  [/^early-warnings-for-all(?:-|$)/, "early-warnings-for-all"],
  [/^be-healthy-be-mobile(?:-|$)/, "be-healthy-be-mobile"],
  [/^regional-development-forum(?:-|$)/, "regional-development-forum"],
  [/^connect-[a-z-]+-summit$/, "connect-summits"],
  [/(?:^|-)smart-villages(?:-|$)/, "smart-villages"],
  [/(?:^|-)cyber-?drills?(?:-|$)/, "cyberdrills"],
  [/(?:^|-)(?:high-level-political-forum|hlpf)$/, "hlpf"],
];

function canonical(slug: string): string {
  for (const [pattern, key] of CANONICAL_KEYS) if (pattern.test(slug)) return key;
  return slug;
}

export function deriveActivityKey(title: string): string {
  const facilitation = facilitationKey(title);
  if (facilitation) return facilitation;
  const reduced = reduceToName(title);
  // A title that is nothing but edition markers ("2023") keeps its full slug rather than no key.
  return canonical(reduced || slugify(title) || "activity");
}
