import { useCallback, useState } from "react";
import { useTranslation } from "../../i18n/use-translation";
import type { ShareableChart } from "../../components/chart/chart-actions";
import { downloadBlob } from "../../components/download-file";
import type { Slide } from "../../url-state/deck-params";
import { DeckCapture } from "./DeckCapture";
import type { DeckServices } from "./deck-services";
import { buildDeckPptx, CHART_IMAGE, PPTX_FILE_NAME } from "./export-pptx";
import { describeSlide } from "./slide-text";
import "../../i18n/english/present";

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
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const onCaptured = useCallback(
    async (charts: ShareableChart[]) => {
      try {
        const exported = [];
        for (const [index, slide] of slides.entries()) {
          const chart = charts[index];
          if (!chart) continue;
          onStatus(t("present.drawing", { number: index + 1, count: slides.length }));
          const png = await services.chartToPng(
            chart,
            CHART_IMAGE.width,
            CHART_IMAGE.height,
            CHART_IMAGE.scale,
          );
          exported.push({ ...describeSlide(slide, services.caption, services.base), png });
        }
        onStatus(t("present.writing"));
        downloadBlob(PPTX_FILE_NAME, await buildDeckPptx(exported));
        onStatus(t("present.exported", { file: PPTX_FILE_NAME, count: exported.length }));
      } catch (error) {
        onStatus(
          t("present.exportFailed", { error: error instanceof Error ? error.message : String(error) }),
        );
      } finally {
        setBusy(false);
      }
    },
    [slides, services, onStatus, t],
  );
  return (
    <>
      <button
        type="button"
        disabled={busy || slides.length === 0}
        onClick={() => {
          setBusy(true);
          onStatus(t("present.preparing"));
        }}
      >
        {busy ? t("present.exporting") : t("present.export")}
      </button>
      {busy ? (
        <DeckCapture slides={slides} services={services} onCaptured={(charts) => void onCaptured(charts)} />
      ) : null}
    </>
  );
}
