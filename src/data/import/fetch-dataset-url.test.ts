import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { listenWithFakeBackend } from "../../../tests/msw/listen";
import { server } from "../../../tests/msw/server";
import { fetchDatasetUrl, fileNameOfUrl } from "./fetch-dataset-url";
import { MAX_IMPORT_BYTES } from "./import-limits";

listenWithFakeBackend();

const URL_CSV = "https://data.example.org/wsis/my%20data.csv?v=2";

describe("fetchDatasetUrl", () => {
  it("fetches an https file and names it by its path", async () => {
    server.use(http.get("https://data.example.org/wsis/*", () => new HttpResponse("id,year\n")));
    const result = await fetchDatasetUrl(URL_CSV);
    expect(result).toMatchObject({ ok: true, fileName: "my data.csv" });
    if (result.ok) expect(await result.blob.text()).toBe("id,year\n");
  });

  it("refuses anything but https, before any request", async () => {
    expect(await fetchDatasetUrl("http://data.example.org/a.csv")).toEqual({
      ok: false,
      issue: { file: "a.csv", path: "", message: "only https:// addresses are loaded, not http:" },
    });
    expect(await fetchDatasetUrl("javascript:alert(1)")).toMatchObject({
      ok: false,
      issue: { message: "only https:// addresses are loaded, not javascript:" },
    });
    expect(await fetchDatasetUrl("not a url")).toMatchObject({
      ok: false,
      issue: { message: "not a web address" },
    });
  });

  it("says what the server answered, and explains CORS when the request fails", async () => {
    server.use(
      http.get(
        "https://data.example.org/missing.csv",
        () => new HttpResponse(null, { status: 404, statusText: "Not Found" }),
      ),
      http.get("https://data.example.org/blocked.csv", () => HttpResponse.error()),
    );
    expect(await fetchDatasetUrl("https://data.example.org/missing.csv")).toMatchObject({
      ok: false,
      issue: { message: "the server answered 404 Not Found" },
    });
    expect(await fetchDatasetUrl("https://data.example.org/blocked.csv")).toMatchObject({
      ok: false,
      issue: { message: expect.stringContaining("Access-Control-Allow-Origin") },
    });
  });

  it("refuses a file over the limit by its declared size, and stops reading one that grows past it", async () => {
    server.use(
      http.get(
        "https://data.example.org/declared.csv",
        () => new HttpResponse("x", { headers: { "Content-Length": String(MAX_IMPORT_BYTES + 1) } }),
      ),
      http.get(
        "https://data.example.org/streamed.csv",
        () => new HttpResponse(new Uint8Array(MAX_IMPORT_BYTES + 10)),
      ),
    );
    expect(await fetchDatasetUrl("https://data.example.org/declared.csv")).toMatchObject({
      ok: false,
      issue: { message: expect.stringMatching(/^the file is 20\.0 MB; files up to 20\.0 MB/) },
    });
    expect(await fetchDatasetUrl("https://data.example.org/streamed.csv")).toMatchObject({
      ok: false,
      issue: { message: "the file is larger than 20.0 MB, the most that can be loaded" },
    });
  });

  it("names a file by the host when the path has none", () => {
    expect(fileNameOfUrl(new URL("https://data.example.org/"))).toBe("data.example.org");
  });
});
