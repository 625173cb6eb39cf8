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

/** The dossier's addresses with each copy's official original inserted before it. */
export function withOriginals(urls: readonly string[]): string[] {
  return urls.flatMap((url) => {
    const original = ORIGINALS[url]?.url;
    return original && !urls.includes(original) ? [original, url] : [url];
  });
}

export function symbolOf(url: string): string | undefined {
  return ORIGINALS[url]?.symbol;
}
