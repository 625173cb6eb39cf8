import { describe, expect, it } from "vitest";
import { kindOfSource, sourceKindOfUrl, sourceWrapper, unwrapSourceUrl } from "./source-kind";

describe("source kind host rules", () => {
  it.each([
    ["https://www.itu.int/en/ITU-D/Pages/default.aspx", "official"],
    ["https://itunews.itu.int/En/4952--Connect-Asia-Pacific-Summit.note.aspx", "official"],
    ["https://sdgs.un.org/un-system-sdg-implementation/x", "official"],
    ["https://www.un.org/en/ga/", "official"],
    ["https://itu.foleon.com/itu/annual-report-2019-2020/key-events/", "official"],
    ["https://studylib.net/doc/12982243/joint-facilitation-meeting", "copy"],
    ["https://vdocuments.site/some-itu-document.html", "copy"],
    ["https://pt.slideshare.net/x/y", "copy"],
    ["https://dig.watch/event/wsis-forum-2015", "press"],
    ["https://www.vanguardngr.com/2022/05/x/", "press"],
    ["https://en.wikipedia.org/wiki/Global_Standards_Symposium", "press"],
    // Not ITU's: a look-alike must not pass as official.
    ["https://itu.int.example.com/en/", "press"],
    ["https://notitu.int/", "press"],
    ["http://40.74.122.252/speech", "copy"],
  ] as const)("%s is %s", (url, kind) => {
    expect(sourceKindOfUrl(url)).toBe(kind);
  });

  it.each([
    [
      "https://1f8a81b9b0707b63-19211.webchannel-proxy.scarabresearch.com/itu-d/sites/year-in-review-2021/directors-message",
      "https://www.itu.int/itu-d/sites/year-in-review-2021/directors-message",
    ],
    [
      "https://www-itu-int.translate.goog/en/ITU-D/Statistics/Pages/stat/default.aspx?_x_tr_sl=en&_x_tr_tl=fr&lang=fr",
      "https://www.itu.int/en/ITU-D/Statistics/Pages/stat/default.aspx?lang=fr",
    ],
    ["https://www-itu--ilibrary-org.translate.goog/science/x", "https://www.itu-ilibrary.org/science/x"],
    [
      "https://translate.google.com/website?sl=auto&tl=es&u=http%3A%2F%2Fwww.itu.int%2Fen%2FITU-D%2FStatistics%2FPages%2Fstat%2Fdefault.aspx",
      "http://www.itu.int/en/ITU-D/Statistics/Pages/stat/default.aspx",
    ],
    [
      "http://40.74.122.252/index.cgi/contrast/https://www.itu.int/en/ITU-R/conferences/wrc/2019/irwsp/Pages/2018.aspx",
      "https://www.itu.int/en/ITU-R/conferences/wrc/2019/irwsp/Pages/2018.aspx",
    ],
    [
      "https://cdn.sessionspy.com:443/index.php?https://www.itu.int/highlights-report-activities/2022-2023/x/",
      "https://www.itu.int/highlights-report-activities/2022-2023/x/",
    ],
  ])("unwraps %s", (wrapped, original) => {
    expect(unwrapSourceUrl(wrapped)).toEqual({ url: original, via: wrapped });
    expect(sourceKindOfUrl(original)).toBe("official");
  });

  it("leaves a bare IP address whose site it cannot see as it is, a copy", () => {
    const url = "http://222.178.203.72:19005/whst/63/=rcfrztmznqf//un-system-sdg-implementation/x-56894";
    expect(unwrapSourceUrl(url)).toEqual({ url });
    expect(sourceWrapper(url)).toBe("ip");
    expect(sourceKindOfUrl(url)).toBe("copy");
  });

  it("says which addresses are wrappers, and leaves ordinary ones alone", () => {
    expect(sourceWrapper("https://x.webchannel-proxy.scarabresearch.com/en/")).toBe("proxy");
    expect(sourceWrapper("https://translate.google.com/translate?u=https://www.itu.int/")).toBe(
      "translation",
    );
    expect(sourceWrapper("https://www.itu.int/en/")).toBeUndefined();
    expect(unwrapSourceUrl("https://studylib.net/doc/1/x")).toEqual({ url: "https://studylib.net/doc/1/x" });
  });

  it("keeps a source's own kind and derives a missing one", () => {
    expect(kindOfSource({ url: "https://dig.watch/x", kind: "official" })).toBe("official");
    expect(kindOfSource({ url: "https://studylib.net/doc/1" })).toBe("copy");
  });
});
