import type { IStylesOptions } from "docx";

export const FONT = { ascii: "Calibri", hAnsi: "Calibri", cs: "Arial", eastAsia: "Microsoft YaHei" };
const INK = "1B2330";
const MUTED = "4F5B6B";
const ACCENT = "005B96";

const heading = (size: number, before: number) => ({
  run: { font: FONT, size, bold: true, color: INK },
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
});

/**
 * Word's own heading styles (so the navigation pane and the contents field find them), plus a few named
 * paragraph styles a user can restyle once for the whole document.
 */
export function DOCUMENT_STYLES(language: string): IStylesOptions {
  return {
    default: {
      document: {
        run: {
          font: FONT,
          size: 22,
          color: INK,
          language: language.startsWith("ar")
            ? { value: "en-GB", bidirectional: language }
            : language.startsWith("zh")
              ? { value: "en-GB", eastAsia: language }
              : { value: language },
        },
        paragraph: { spacing: { after: 120, line: 276, lineRule: "auto" } },
      },
      title: {
        run: { font: FONT, size: 44, bold: true, color: INK },
        paragraph: { spacing: { after: 240 } },
      },
      heading1: heading(32, 360),
      heading2: heading(28, 300),
      heading3: heading(24, 240),
      heading4: heading(22, 200),
      hyperlink: { run: { color: ACCENT, underline: {} } },
    },
    paragraphStyles: [
      {
        id: "Subtitle",
        name: "Subtitle",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        run: { size: 26, color: MUTED },
        paragraph: { spacing: { after: 240 } },
      },
      {
        id: "ActivityTitle",
        name: "Activity title",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        run: { bold: true, size: 22 },
        paragraph: { spacing: { before: 240, after: 60 }, keepNext: true, keepLines: true },
      },
      {
        id: "Meta",
        name: "Activity details",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        run: { size: 19, color: MUTED },
        paragraph: { spacing: { after: 40 } },
      },
      {
        id: "ContentsTitle",
        name: "TOC Heading",
        basedOn: "Normal",
        next: "Normal",
        run: { font: FONT, size: 28, bold: true, color: INK },
        paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
      },
      {
        id: "Caption",
        name: "caption",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        run: { size: 19, italics: true, color: MUTED },
        paragraph: { spacing: { before: 60, after: 200 } },
      },
    ],
  };
}
