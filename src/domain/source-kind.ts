/**
 * What kind of source a URL is, by documented host rules (data/README.md, "Sources by kind"):
 * `official` for ITU and other UN-system sites, `copy` for a third-party copy of a document, `press`
 * for news and other third-party reports. One module, used by the import, by data:check and by the UI
 * for sources that carry no kind of their own (users' datasets).
 */
export const SOURCE_KINDS = ["official", "copy", "press"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Why an address cannot stand as a first source: it wraps another page or hides its site. */
export type SourceWrapper = "proxy" | "translation" | "ip";

/** ITU and the UN system (funds, programmes, specialized agencies, UN-convened forums and partnerships). */
const OFFICIAL_HOSTS = [
  "itu.int",
  "itu-ilibrary.org",
  "itu.foleon.com",
  "broadbandcommission.org",
  "girlsinict.org",
  "un.org",
  "unesco.org",
  "undp.org",
  "unctad.org",
  "unep.org",
  "unece.org",
  "unescap.org",
  "uneca.org",
  "unicef.org",
  "unric.org",
  "who.int",
  "wmo.int",
  "wipo.int",
  "ilo.org",
  "fao.org",
  "e-agriculture.org",
  "etradeforall.org",
  "worldbank.org",
  "intgovforum.org",
];

/** Document-sharing sites that re-host other people's PDFs and slides. */
const COPY_HOSTS = [
  "studylib.net",
  "docslib.org",
  "docsbay.net",
  "docest.com",
  "doclinks.org",
  "documentop.com",
  "dokumen.tips",
  "paperzz.com",
  "technodocbox.com",
  "ininet.org",
  "slidelegend.com",
  "readkong.com",
  "abcdocz.com",
  "123dok.org",
  "info.5y1.org",
  "slideshare.net",
  "slideplayer.com",
  "scribd.com",
  "issuu.com",
  "flipbuilder.com",
];
/** Re-hosting sites that keep the same name under several top-level domains (vdocuments.site, .net...). */
const COPY_NAMES = /(^|\.)(vdocuments?|fdocuments|pdfslide)\.[a-z]+$/;

/** Proxies that mirror one site without saying so in the path: host -> the site they mirror. */
const MIRRORED_SITES: ReadonlyArray<readonly [RegExp, string]> = [
  [/(^|\.)webchannel-proxy\.scarabresearch\.com$/, "https://www.itu.int"],
];
/** Hosts known to mirror pages, whose original cannot always be read from the address. */
const PROXY_HOSTS = /(^|\.)(cdn\.sessionspy\.com|pagelyhosting\.com)$/;

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

const onHost = (host: string, suffix: string) => host === suffix || host.endsWith(`.${suffix}`);

export function urlHost(url: string): string {
  return /^https?:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase() ?? "";
}

/** The URL a wrapper carries in its path or query ("…/index.cgi/x/https://www.itu.int/…", "?u=…"). */
function embeddedUrl(url: string): string | undefined {
  const afterHost = url.replace(/^https?:\/\/[^/?#]+/i, "");
  const plain = /(https?:\/\/[^\s|]+)/i.exec(afterHost)?.[1];
  if (plain) return plain;
  const encoded = /[?&](?:u|url)=(https?%3A%2F%2F[^&#\s]+)/i.exec(afterHost)?.[1];
  if (!encoded) return undefined;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined; // a malformed escape: no address to follow
  }
}

/** "www-itu-int.translate.goog/en/x?_x_tr_sl=fr" -> "https://www.itu.int/en/x". */
function untranslateGoog(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const label = parsed.hostname.replace(/\.translate\.goog$/i, "");
  // Google writes "." as "-" and a real "-" as "--".
  const host = label
    .split("--")
    .map((part) => part.replace(/-/g, "."))
    .join("-");
  for (const key of [...parsed.searchParams.keys()])
    if (key.startsWith("_x_tr_")) parsed.searchParams.delete(key);
  const query = parsed.searchParams.toString();
  return `https://${host}${parsed.pathname}${query ? `?${query}` : ""}${parsed.hash}`;
}

/** Which wrapper an address is, if any. */
export function sourceWrapper(url: string): SourceWrapper | undefined {
  const host = urlHost(url);
  if (host === "translate.google.com" || host.endsWith(".translate.goog")) return "translation";
  if (IPV4.test(host)) return "ip";
  if (PROXY_HOSTS.test(host) || MIRRORED_SITES.some(([pattern]) => pattern.test(host))) return "proxy";
  return undefined;
}

/**
 * The original behind a proxy, mirror or translation wrapper, when the address shows it; the wrapper's
 * address is kept in `via` so that the note can say how the page was read.
 */
export function unwrapSourceUrl(url: string): { url: string; via?: string } {
  const wrapper = sourceWrapper(url);
  if (!wrapper) return { url };
  const host = urlHost(url);
  if (host.endsWith(".translate.goog")) return { url: untranslateGoog(url), via: url };
  const inner = embeddedUrl(url);
  if (inner) return { url: unwrapSourceUrl(inner).url, via: url };
  const site = MIRRORED_SITES.find(([pattern]) => pattern.test(host))?.[1];
  if (site) return { url: url.replace(/^https?:\/\/[^/?#]+/i, site), via: url };
  return { url };
}

/** The kind of an address by its host; a wrapper whose original is unknown counts as a copy. */
export function sourceKindOfUrl(url: string): SourceKind {
  if (sourceWrapper(url)) return "copy";
  const host = urlHost(url);
  if (OFFICIAL_HOSTS.some((suffix) => onHost(host, suffix))) return "official";
  if (COPY_HOSTS.some((suffix) => onHost(host, suffix)) || COPY_NAMES.test(host)) return "copy";
  return "press";
}

/** A source's own kind, or the host rules' when it has none (older files, users' datasets). */
export function kindOfSource(source: { url: string; kind?: SourceKind }): SourceKind {
  return source.kind ?? sourceKindOfUrl(source.url);
}
