import { useCallback, useState } from "react";
import type { ShareableChart } from "../../components/chart/chart-actions";
import { downloadBlob } from "../../components/download-file";
import type { Slide } from "../../url-state/deck-params";
import { DeckCapture } from "./DeckCapture";
import type { DeckServices } from "./deck-services";
import { buildDeckPptx, CHART_IMAGE, PPTX_FILE_NAME } from "./export-pptx";
import { describeSlide } from "./slide-text";

/** "Export .pptx": draws every slide's chart, builds the file, and reports progress and failures. */
export function ExportDeckButton({
  slides,
  services,
  onStatus,
}: {
  slides: readonly Slide[];
  services: DeckServices;
  onStatus: (status: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  const onCaptured = useCallback(
    async (charts: ShareableChart[]) => {
      try {
        const exported = [];
        for (const [index, slide] of slides.entries()) {
          const chart = charts[index];
          if (!chart) continue;
          onStatus(`Drawing slide ${index + 1} of ${slides.length}…`);
          const png = await services.chartToPng(
            chart,
            CHART_IMAGE.width,
            CHART_IMAGE.height,
            CHART_IMAGE.scale,
          );
          exported.push({ ...describeSlide(slide, services.caption, services.base), png });
        }
        onStatus("Writing the presentation…");
        downloadBlob(PPTX_FILE_NAME, await buildDeckPptx(exported));
        onStatus(
          `${PPTX_FILE_NAME} downloaded (${exported.length} ${exported.length === 1 ? "slide" : "slides"}).`,
        );
      } catch (error) {
        onStatus(
          `The presentation could not be exported: ${error instanceof Error ? error.message : String(error)}`,
        );
      } finally {
        setBusy(false);
      }
    },
    [slides, services, onStatus],
  );
  return (
    <>
      <button
        type="button"
        disabled={busy || slides.length === 0}
        onClick={() => {
          setBusy(true);
          onStatus("Preparing the slides…");
        }}
      >
        {busy ? "Exporting…" : "Export .pptx"}
      </button>
      {busy ? (
        <DeckCapture slides={slides} services={services} onCaptured={(charts) => void onCaptured(charts)} />
      ) : null}
    </>
  );
}
