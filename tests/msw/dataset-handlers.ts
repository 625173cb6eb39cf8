import { http, HttpResponse } from "msw";

export type FakeFile = unknown | { status: number } | { malformed: string };

const isStatus = (file: FakeFile): file is { status: number } =>
  typeof file === "object" && file !== null && "status" in file && Object.keys(file).length === 1;
const isMalformed = (file: FakeFile): file is { malformed: string } =>
  typeof file === "object" && file !== null && "malformed" in file;

/** Serves data/<path> from a map of files; `{ status: 500 }` or `{ malformed: "..." }` fake failures. */
export function datasetHandlers(files: Record<string, FakeFile>) {
  return [
    http.get("*/data/*", ({ request }) => {
      const path = new URL(request.url).pathname.replace(/^.*?\/data\//, "");
      const file = files[path];
      if (file === undefined) return HttpResponse.json({ error: "not found" }, { status: 404 });
      if (isStatus(file)) return HttpResponse.json({ error: "failure" }, { status: file.status });
      if (isMalformed(file))
        return new HttpResponse(file.malformed, { headers: { "Content-Type": "application/json" } });
      return HttpResponse.json(file);
    }),
  ];
}
