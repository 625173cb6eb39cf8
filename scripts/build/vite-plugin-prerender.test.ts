// @vitest-environment jsdom
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicyPlugin } from "./vite-plugin-csp";
import { withoutStyleAttributes, withPrerender, type LandingRender } from "./vite-plugin-prerender";

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>t</title>
    <script type="module" crossorigin src="./assets/index.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const RENDER: LandingRender = {
  markup:
    '<div class="app"><p style="height:420px;width:100%">$& 412</p>' +
    '<svg><text style="font-family:&#x27;Segoe UI&#x27;, &quot;Noto&quot;;font-size:12px">12</text></svg></div>',
  script: 'document.documentElement.setAttribute("data-landing", "prerendered")',
  rootAttribute: "data-prerendered",
  dataDigest: "0123abcd-ff",
  styleAttribute: "data-style",
};

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The page as the build writes it: the prerender's plugin, then the CSP's (vite.config.ts). */
function built(render: LandingRender = RENDER): string {
  const csp = contentSecurityPolicyPlugin().transformIndexHtml as { handler: (html: string) => string };
  return csp.handler(withPrerender(TEMPLATE, render));
}

const policyOf = (html: string) =>
  html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1] ?? "";
const directive = (policy: string, name: string) =>
  policy
    .split("; ")
    .find((part) => part.startsWith(`${name} `))
    ?.split(" ")
    .slice(1);

describe("the prerender in index.html", () => {
  it("puts the markup into #root with the data's digest, text and all, and no style attribute", () => {
    const html = built();
    const root = html.slice(html.indexOf('<div id="root"'));
    expect(root.startsWith('<div id="root" data-prerendered="0123abcd-ff"><div class="app">')).toBe(true);
    expect(root).toContain("$& 412");
    expect(html).not.toMatch(/\sstyle="/);
    expect(root).toContain('data-style="height:420px;width:100%"');
  });

  it("allows the pre-paint script and the stylesheet by the hashes of their exact texts, and nothing else inline", () => {
    const html = built();
    const policy = policyOf(html);
    const css = html.match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? "";
    expect(directive(policy, "script-src")).toEqual(["'self'", sha256(RENDER.script)]);
    expect(directive(policy, "style-src")).toEqual(["'self'", sha256(css)]);
    expect(policy).not.toContain("unsafe-inline");
    // The policy comes before the script it allows, and the script before any stylesheet or module.
    const at = (text: string) => html.indexOf(text);
    expect(at("Content-Security-Policy")).toBeLessThan(at(`<script>${RENDER.script}</script>`));
    expect(at(`<script>${RENDER.script}</script>`)).toBeLessThan(at('<script type="module"'));
  });

  it("changes the script's hash with its text", () => {
    const other = built({ ...RENDER, script: `${RENDER.script};` });
    expect(directive(policyOf(other), "script-src")).toEqual(["'self'", sha256(`${RENDER.script};`)]);
  });

  it("draws each moved style by a rule whose selector matches its element", () => {
    const { markup, css } = withoutStyleAttributes(RENDER.markup, "data-style");
    // The build's own markup, parsed as the browser parses index.html.
    document.body.replaceChildren(...new DOMParser().parseFromString(markup, "text/html").body.childNodes);
    const style = document.createElement("style");
    style.textContent = css;
    document.head.append(style);
    const rules = [...(style.sheet?.cssRules ?? [])] as CSSStyleRule[];
    const styled = [...document.querySelectorAll("[data-style]")];
    expect(rules).toHaveLength(2);
    expect(styled).toHaveLength(2);
    for (const element of styled) {
      const rule = rules.find((candidate) => element.matches(candidate.selectorText));
      expect(rule?.style.getPropertyValue("font-size") || rule?.style.getPropertyValue("height")).toMatch(
        /px$/,
      );
    }
    expect(rules.find((rule) => rule.selectorText.includes("Segoe"))?.style.fontFamily).toBe(
      '"Segoe UI", "Noto"',
    );
  });

  it("refuses a style that could end its rule, and a template without an empty #root", () => {
    expect(() => withPrerender(TEMPLATE, { ...RENDER, markup: '<p style="a:b}x{c:d">x</p>' })).toThrow();
    expect(() => withPrerender(TEMPLATE.replace('<div id="root"></div>', ""), RENDER)).toThrow();
    expect(() => withPrerender(TEMPLATE, { ...RENDER, dataDigest: '"><script>' })).toThrow();
  });
});
