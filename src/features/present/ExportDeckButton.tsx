import { useCallback, useState } from "react";
import { useTranslation } from "../../i18n/use-translation";
import type { ShareableChart } from "../../components/chart/chart-actions";
import { SLIDE_POINTS } from "../../components/chart/type-scale";
import { downloadBlob } from "../../components/download-file";
import { EMPTY_FILTERS } from "../../domain/filter-state";
import type { DeckFrame } from "../../url-state/deck-frame";
import type { Slide } from "../../url-state/deck-params";
import { DeckCapture } from "./DeckCapture";
import type { DeckServices } from "./deck-services";
import { buildDeckPptx, CHART_IMAGE, PPTX_FILE_NAME, type ChartForm, type ExportSlide } from "./export-pptx";
import { coverText, sourcesText } from "./frame-text";
import { SLIDE_PALETTE } from "./slide-palette";
import { describeSlide } from "./slide-text";

/** A chart as a picture on a slide: laid out at slide size with the slide type scale, in slide colours. */
function slidePicture(chart: ShareableChart, services: DeckServices): Promise<Blob> {
  const option = chart.optionFor(SLIDE_POINTS, SLIDE_PALETTE);
  return services.chartToPng(option, CHART_IMAGE.width, CHART_IMAGE.height, CHART_IMAGE.scale);
}

/** "Export .pptx": draws every slide's chart, builds the file, and reports progress and failures. */
export function ExportDeckButton({
  slides,
  frame,
  services,
  onStatus,
}: {
  slides: readonly Slide[];
  frame: DeckFrame;
  services: DeckServices;
  onStatus: (status: string) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [form, setForm] = useState<ChartForm>("native");
  const onCaptured = useCallback(
    async (charts: ShareableChart[]) => {
      try {
        const exported: ExportSlide[] = [];
        for (const [index, slide] of slides.entries()) {
          const chart = charts[index];
          if (!chart) continue;
          onStatus(t("present.drawing", { number: index + 1, count: slides.length }));
          const text = describeSlide(slide, services.caption, services.base);
          const picture = form === "picture" || !chart.data;
          exported.push({
            ...text,
            ...(chart.note ? { note: chart.note } : {}),
            chart,
            ...(picture ? { png: await slidePicture(chart, services) } : {}),
          });
        }
        onStatus(t("present.writing"));
        const frameSlides = {
          ...(frame.cover ? { cover: coverText(frame, services.caption(EMPTY_FILTERS, "sdgs").source) } : {}),
          ...(frame.sources ? { sources: sourcesText(slides, services.reports, services.base) } : {}),
        };
        downloadBlob(PPTX_FILE_NAME, await buildDeckPptx(exported, form, frameSlides));
        const count = exported.length + Object.keys(frameSlides).length;
        onStatus(t("present.exported", { file: PPTX_FILE_NAME, count }));
      } catch (error) {
        onStatus(
          t("present.exportFailed", { error: error instanceof Error ? error.message : String(error) }),
        );
      } finally {
        setBusy(false);
      }
    },
    [slides, frame, services, onStatus, t, form],
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
      <label className="deck-editor__form">
        <input
          type="checkbox"
          checked={form === "picture"}
          onChange={(event) => setForm(event.currentTarget.checked ? "picture" : "native")}
        />{" "}
        {t("present.asPictures")}
      </label>
      {busy ? (
        <DeckCapture slides={slides} services={services} onCaptured={(charts) => void onCaptured(charts)} />
      ) : null}
    </>
  );
}
