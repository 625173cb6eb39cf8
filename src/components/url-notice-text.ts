import type { TFunction } from "i18next";

/**
 * The URL parsers (src/url-state) explain what they dropped in plain English, which their tests and the
 * console read. The UI shows the same explanation in the active language: each known sentence is matched
 * here and re-worded from the catalog. An unknown sentence is returned as it is (and marked English).
 */
type Rule = [RegExp, (t: TFunction, match: RegExpExecArray) => string];

function reasonRules(): Rule[] {
  return [
    [
      /^a year has four digits, e\.g\. 2023; showing (\d+)$/,
      (t, m) => t("urlReason.yearFormatShowing", { fallback: m[1] }),
    ],
    [/^a year has four digits, e\.g\. 2023$/, (t) => t("urlReason.yearFormat")],
    [/^SDGs are numbered 1 to 17$/, (t) => t("urlReason.sdg")],
    [/^not a sector code such as ITU-D$/, (t) => t("urlReason.sector")],
    [/^action lines are C1 to C11, e\.g\. C2 or C7\.e-health$/, (t) => t("urlReason.line")],
    [/^too many values; the rest of the list was not read$/, (t) => t("urlReason.tooMany")],
    [/^too long to be a value$/, (t) => t("urlReason.tooLong")],
    [
      /^no report for (\d+) is loaded; showing (\d+)$/,
      (t, m) => t("urlReason.noReport", { year: m[1], fallback: m[2] }),
    ],
  ];
}

function noticeRules(): Rule[] {
  return [
    [
      /^Slide (\d+) was left out: “(.*)” is not a chart \(charts: (.*)\)\.$/s,
      (t, m) => t("deckNotice.notAChart", { number: m[1], view: m[2], views: m[3] }),
    ],
    [
      /^Slide (\d+): “(.*)” was ignored \(expected key\.value\)\.$/s,
      (t, m) => t("deckNotice.badPair", { number: m[1], pair: m[2] }),
    ],
    [
      /^Slide (\d+): (\w+) “(.*)” was ignored \((.*)\)\.$/s,
      (t, m) =>
        t("deckNotice.badValue", {
          number: m[1],
          param: m[2],
          value: m[3],
          reason: translateUrlReason(m[4] ?? "", t).text,
        }),
    ],
    [
      /^The deck has (\d+) slides; only the first (\d+) are shown\.$/,
      (t, m) => t("deckNotice.tooMany", { count: Number(m[1]), max: m[2] }),
    ],
    [/^… and (\d+) more problems in this deck\.$/, (t, m) => t("deckNotice.more", { count: Number(m[1]) })],
    [
      /^The deck is longer than (\d+) characters; the rest was not read\.$/,
      (t, m) => t("deckNotice.tooLong", { max: Number(m[1]) }),
    ],
    [
      /^The slide deck saved in this browser could not be read, so it was ignored\.$/,
      (t) => t("deckNotice.corrupt"),
    ],
  ];
}

function translateWith(rules: Rule[], text: string, t: TFunction): { text: string; translated: boolean } {
  for (const [pattern, word] of rules) {
    const match = pattern.exec(text);
    if (match) return { text: word(t, match), translated: true };
  }
  return { text, translated: false };
}

export function translateUrlReason(reason: string, t: TFunction) {
  return translateWith(reasonRules(), reason, t);
}

export function translateDeckNotice(notice: string, t: TFunction) {
  return translateWith(noticeRules(), notice, t);
}
