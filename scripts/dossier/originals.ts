/**
 * Official originals of third-party copies the dossier cites, found with the search tool: an itu.int page
 * (put before the copy, so that the first source is ITU's) or the ITU document symbol the copy carries
 * (said in the copy's note). data/README.md lists what is still left as a copy.
 */
export interface Original {
  /** The itu.int page of the same document or event, as stored by the search tool. */
  url?: string;
  /** The document symbol printed on the copy. */
  symbol?: string;
  /** When the copy serves several rows, the activities whose original `url` is (others keep the copy alone). */
  onlyFor?: readonly string[];
}

export const ORIGINALS: Readonly<Record<string, Original>> = {
  // RA-23 closing press release: IMT-2030 and Recommendation ITU-R M.2160 (stored through a proxy).
  "https://itu-app42363.pagelyhosting.com/imt-2030": {
    url: "https://www.itu.int/en/mediacentre/Pages/PR-2023-11-17-RA23-closing-ceremony.aspx",
  },
  // The WTIM-12 final report; its agenda page on itu.int (stored through a proxy).
  "https://studylib.net/doc/12907277/10-world-telecommunication-ict-indicators-meeting--wtim-1...": {
    url: "https://www.itu.int/en/ITU-D/Statistics/Pages/events/wtim2012/agenda.aspx",
    symbol: "WTIM-12 Document C/37-E",
  },
  "https://issuu.com/walledashwah/docs/e_waste_2017.docx": {
    url: "https://www.itu.int/en/ITU-D/Environment/Pages/Toolbox/Global-E-waste-Monitor-2017.aspx",
  },
  "https://docslib.org/doc/431729/the-state-of-broadband-2019-broadband-as-a-foundation-for-sustainable-development":
    {
      url: "https://www.itu-ilibrary.org/science-and-technology/the-state-of-broadband-2019_pub/813c98f4-57a15399-en",
    },
  "https://docslib.org/doc/1917431/the-state-of-broadband-2020-tackling-digital-inequalities-a-decade-for-action":
    {
      url: "https://www.broadbandcommission.org/publication/the-state-of-broadband-2020/",
    },
  // The summit's own programme page; the report itself was found only as copies.
  "https://docslib.org/doc/7582116/ai-for-good-global-summit-report": {
    url: "http://www.itu.int/en/ITU-T/AI/Pages/201706-programme.aspx",
  },
  "https://docsbay.net/wsis-stocktaking-process-provides-a-register-of-activities-carried-out-by-governments":
    {
      url: "https://www.itu-ilibrary.org/science-and-technology/report-on-the-wsis-stocktaking-2014_pub/808d7a8c-c9def8f4-en",
      // The copy is the 2014 report's annex; A034 (the 2013 report) and a 2013 figure also cite it.
      onlyFor: ["A042"],
    },
  // ITU News on GSR-15: the same event and figure ("over 400") as the chairman's report.
  "https://studylib.net/doc/12891029/chairman-report-of-the-15th-global-symposium-for-regulators": {
    url: "https://itunews.itu.int/En/6022-15th-Global-Symposium-for-Regulators.note.aspx",
  },
  "https://docsbay.net/doc/1115911/2-world-telecommunication-and-information-society-day-2018": {
    symbol: "Council 2018 Document C18/17-E",
  },
  "https://studylib.net/doc/12905801/resolution-30--rev.-dubai--2014--on-the-information-society": {
    symbol: "WTDC Resolution 30 (Rev. Dubai, 2014)",
  },
  "https://studylib.net/doc/13472562/document-number--wsis-10-4-23": { symbol: "Document WSIS+10/4/23" },
  "https://studylib.net/doc/12920592/document-number--wsis-10-4-88": { symbol: "Document WSIS+10/4/88" },
  "https://studylib.net/doc/12982243/joint-facilitation-meeting-on-wsis-action-line-c2--c4--c6": {
    symbol: "Document ALC2C4C6/3/03-E",
  },
  "https://paperzz.com/doc/7185368/english": { symbol: "Document ALC2/2/02-E" },
};

/** The dossier's addresses with each copy's official original before it (moved up if cited later). */
export function withOriginals(urls: readonly string[], activityId?: string): string[] {
  const ordered: string[] = [];
  for (const url of urls) {
    const entry = ORIGINALS[url];
    const applies = !entry?.onlyFor || (activityId !== undefined && entry.onlyFor.includes(activityId));
    const original = applies ? entry?.url : undefined;
    if (original && !ordered.includes(original)) ordered.push(original);
    if (!ordered.includes(url)) ordered.push(url);
  }
  return ordered;
}

export function symbolOf(url: string): string | undefined {
  return ORIGINALS[url]?.symbol;
}
