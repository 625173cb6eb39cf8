import { useCallback, useEffect, useRef, useState } from "react";
import { fetchDatasetUrl } from "../../data/import/fetch-dataset-url";
import { detectImportFormat, type ImportFormat } from "../../data/import/import-format";
import { checkImportSize } from "../../data/import/import-limits";
import type { ImportIssue, ImportProgress, ImportResult } from "../../data/import/import-result";
import { parseInBackground } from "../../data/import/parse-in-background";
import { utf16Encoding } from "../../data/import/read-text-file";
import { shortLabel } from "../../data/import/user-report-meta";
import type { Reference } from "../../schema/reference";

export interface ImportSource {
  fileName: string;
  /** What the saved dataset is called: the file name, or the address it came from. */
  label: string;
  kind: "file" | "url";
  format: ImportFormat;
}

export type ImportState =
  | { step: "idle" }
  | { step: "fetching"; url: string }
  | { step: "parsing"; source: ImportSource; progress: ImportProgress }
  | { step: "refused"; issue: ImportIssue; url?: string }
  | { step: "review"; source: ImportSource; result: ImportResult };

/**
 * Picked, dropped or fetched file → size check → parse in the background → review. Nothing is saved here:
 * saving is the user's decision, taken in the review (see ImportReview).
 */
export function useImportFlow(reference: Reference) {
  const [state, setState] = useState<ImportState>({ step: "idle" });
  const current = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => current.current?.abort(), []);

  const restart = useCallback(() => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    return controller.signal;
  }, []);

  const parse = useCallback(
    async (blob: Blob, source: Omit<ImportSource, "format">, signal: AbortSignal) => {
      const refused = checkImportSize(blob.size, source.fileName);
      if (refused) return setState({ step: "refused", issue: refused });
      const head = new Uint8Array(await blob.slice(0, 64).arrayBuffer());
      const format = detectImportFormat(
        source.fileName,
        new TextDecoder(utf16Encoding(head) ?? "utf-8").decode(head),
      );
      const full = { ...source, format };
      setState({ step: "parsing", source: full, progress: { phase: "reading", done: 0, total: 0 } });
      try {
        const result = await parseInBackground(
          { blob, fileName: source.fileName, reference },
          (progress) => {
            if (!signal.aborted) setState({ step: "parsing", source: full, progress });
          },
          signal,
        );
        if (!signal.aborted) setState({ step: "review", source: full, result });
      } catch (error) {
        if (signal.aborted) return;
        const reason = error instanceof Error ? error.message : String(error);
        setState({
          step: "refused",
          issue: { file: source.fileName, path: "", message: `could not be read (${reason})` },
        });
      }
    },
    [reference],
  );

  const loadFile = useCallback(
    (file: File) => {
      const name = shortLabel(file.name);
      void parse(file, { fileName: name, label: name, kind: "file" }, restart());
    },
    [parse, restart],
  );

  const loadUrl = useCallback(
    (url: string) => {
      const signal = restart();
      setState({ step: "fetching", url });
      void fetchDatasetUrl(url, signal).then(
        (fetched) => {
          if (signal.aborted) return;
          if (!fetched.ok) return setState({ step: "refused", issue: fetched.issue, url });
          void parse(
            fetched.blob,
            { fileName: fetched.fileName, label: shortLabel(url), kind: "url" },
            signal,
          );
        },
        () => undefined,
      );
    },
    [parse, restart],
  );

  const reset = useCallback(() => {
    current.current?.abort();
    setState({ step: "idle" });
  }, []);

  return { state, loadFile, loadUrl, reset };
}
