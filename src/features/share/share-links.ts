/** The current view's full URL, as a colleague would open it. */
export function currentViewUrl(): string {
  return window.location.href;
}

/** #/embed/<view> with the same filters: the URL an iframe points to. */
export function embedUrl(view: string, params: URLSearchParams): string {
  const base = `${window.location.origin}${window.location.pathname}`;
  const query = params.toString().replace(/%7E/gi, "~");
  return `${base}#/embed/${view}${query ? `?${query}` : ""}`;
}

/**
 * A paste-ready iframe: titled for screen readers, lazy, and with an optional listener that follows the
 * embed's documented height message (origin-checked, so other frames cannot resize it).
 */
export function iframeSnippet(src: string, title: string, width = 800, height = 480): string {
  const origin = new URL(src).origin;
  const attribute = (text: string) =>
    text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return [
    `<iframe src="${attribute(src)}" title="${attribute(title)}" width="${width}" height="${height}" loading="lazy" style="border:0;max-width:100%"></iframe>`,
    `<script>`,
    `  // Optional: let the chart set its own height (WSIS Dashboard embed message).`,
    `  window.addEventListener("message", function (event) {`,
    `    if (event.origin !== ${JSON.stringify(origin)} || !event.data || event.data.type !== "wsis-dashboard:height") return;`,
    `    for (const frame of document.querySelectorAll("iframe")) {`,
    `      if (frame.contentWindow === event.source) frame.style.height = event.data.height + "px";`,
    `    }`,
    `  });`,
    `</script>`,
  ].join("\n");
}
