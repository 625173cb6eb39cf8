import { ImportedXmlComponent, Paragraph, TextRun } from "docx";
import { isRtlText } from "./text-language";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** A run of raw field markup: docx writes a field's begin, code and separator in one run, which LibreOffice shows as text. */
function fieldRun(xml: string): TextRun {
  const parsed = ImportedXmlComponent.fromXmlString(`<w:r xmlns:w="${W}">${xml}</w:r>`) as unknown as {
    root: TextRun[];
  };
  const run = parsed.root[0];
  if (!run) throw new Error("the contents field could not be built");
  return run;
}

/**
 * Word's table of contents: a TOC field over heading levels 1 and 2 (parts and sectors; the navigation
 * pane shows every level), marked dirty so that Word fills in the page numbers when it opens the file.
 * Until then (and in converters that do not update fields) it shows the headings themselves.
 */
export function contentsField(
  title: string,
  entries: ReadonlyArray<{ title: string; level: number }>,
  bidirectional: boolean,
): Paragraph[] {
  const items = entries.length > 0 ? entries : [{ title: "", level: 1 }];
  return [
    new Paragraph({ style: "ContentsTitle", bidirectional, children: [new TextRun(title)] }),
    ...items.map(
      (entry, index) =>
        new Paragraph({
          style: `TOC${entry.level}`,
          bidirectional,
          children: [
            ...(index === 0
              ? [
                  fieldRun('<w:fldChar w:fldCharType="begin" w:dirty="true"/>'),
                  fieldRun('<w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText>'),
                  fieldRun('<w:fldChar w:fldCharType="separate"/>'),
                ]
              : []),
            new TextRun({ text: entry.title, rightToLeft: bidirectional && isRtlText("ar", entry.title) }),
            ...(index === items.length - 1 ? [fieldRun('<w:fldChar w:fldCharType="end"/>')] : []),
          ],
        }),
    ),
  ];
}
