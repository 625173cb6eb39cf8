import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CSP_DIRECTIVES, HEADER_ONLY_DIRECTIVES, serializeCsp } from "./content-security-policy";

describe("the policy hosts are asked to send", () => {
  it("is, in the README's Deploying section, the built page's policy plus the header-only directives", () => {
    const readme = readFileSync("README.md", "utf8");
    const header = readme.match(/^Content-Security-Policy: (.+)$/m)?.[1];
    expect(header).toBe(serializeCsp({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES }));
  });
});
