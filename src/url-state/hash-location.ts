/** "#/activities?sdg=5" → { path: "/activities", params }. Hash routes work from any static host and sub-path. */
export interface HashLocation {
  path: string;
  params: URLSearchParams;
}

export function parseHash(hash: string): HashLocation {
  const body = hash.replace(/^#/, "");
  const queryStart = body.indexOf("?");
  const rawPath = queryStart === -1 ? body : body.slice(0, queryStart);
  const query = queryStart === -1 ? "" : body.slice(queryStart + 1);
  const path = `/${rawPath.replace(/^\/+/, "").replace(/\/+$/, "")}`;
  return { path, params: new URLSearchParams(query) };
}

/** "~" and "," stay readable in shared links; URLSearchParams would escape them. */
function encodeQueryValue(value: string): string {
  return encodeURIComponent(value).replace(/%7E/gi, "~").replace(/%2C/gi, ",");
}

export function formatHash(path: string, params: Iterable<readonly [string, string]>): string {
  const query = [...params]
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeQueryValue(value)}`)
    .join("&");
  return `#${path}${query ? `?${query}` : ""}`;
}
