import { useContext, useEffect, useState, type ReactNode } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { Trans } from "../../i18n/Trans";
import { HashLink } from "../../components/HashLink";
import { LIGHT_PALETTE, type ChartPalette } from "../../components/chart/chart-palette";
import { ChartDisplayContext } from "../../components/chart/chart-theme";
import { PATTERN_OPTION } from "../../components/chart/display-option";
import { outputLayout, type ChartTextSizes, type OutputTarget } from "../../components/chart/type-scale";
import { downloadBlob, downloadText } from "../../components/download-file";
import { exportFileName } from "../../domain/export-file-name";
import type { ImageCaption } from "../../shared/chart-image/compose-image";
import { shareCaption } from "../../shared/chart-image/share-caption";
import type { ShareMenuProps } from "./ShareMenu";
import { currentViewUrl, embedUrl, iframeSnippet } from "./share-links";

// Images, CSV and the saved deck load on first use (see share-actions.ts).
const loadActions = () => import("./share-actions");

// Images are light whatever the app's theme: they go into documents and onto slides.
const IMAGE_PALETTE = LIGHT_PALETTE;

// Slide-size images are laid out as slides (type in points) and drawn at the slide's pixel width.
const SIZES: ReadonlyArray<{
  labelKey: "share.png1" | "share.png2" | "share.png3" | "share.slide1080" | "share.slide720";
  target: OutputTarget;
  scale: number;
}> = [
  { labelKey: "share.png1", target: "png", scale: 1 },
  { labelKey: "share.png2", target: "png", scale: 2 },
  { labelKey: "share.png3", target: "png", scale: 3 },
  { labelKey: "share.slide1080", target: "slide-1920", scale: 1 },
  { labelKey: "share.slide720", target: "slide-1280", scale: 1 },
] as const;

/** The open share menu of one chart: what ShareMenu loads when someone is about to open it. */
export function SharePanel({ chart, filters, reference, reports, params, extra }: ShareMenuProps) {
  const { t } = useTranslation();
  const caption = shareCaption(filters, reference, reports, chart.view);
  const fileStem = exportFileName(`wsis-${chart.view}`, filters, "x").replace(/\.x$/, "");
  const [status, setStatus] = useState<ReactNode>("");
  // After "Add to deck" the status counts the deck as it is now, not as it was at that click.
  const [pinned, setPinned] = useState(false);
  const deckSize = useSavedDeckSize(pinned);
  const fullCaption: ImageCaption = {
    ...caption,
    ...(chart.note ? { note: chart.note } : {}),
    title: chart.title,
    link: currentViewUrl(),
  };
  // Images keep the patterns if they are on.
  const { pattern } = useContext(ChartDisplayContext);
  const optionFor = (sizes: ChartTextSizes, palette: ChartPalette) => {
    const option = chart.optionFor(sizes, palette);
    return pattern ? { ...option, ...PATTERN_OPTION } : option;
  };
  const image = async () =>
    (await loadActions()).chartImageSvg(optionFor, outputLayout("svg"), fullCaption, IMAGE_PALETTE);
  const run = (label: string, action: () => Promise<void> | void) => async () => {
    try {
      await action();
      setPinned(false);
      setStatus(label);
    } catch (error) {
      setPinned(false);
      setStatus(
        t("share.failed", { action: label, error: error instanceof Error ? error.message : String(error) }),
      );
    }
  };
  const copy = (label: string, text: string) => run(label, () => navigator.clipboard.writeText(text));
  const embed = embedUrl(chart.view, params);

  return (
    <div className="share-menu__panel">
      <p className="share-menu__group">{t("share.link")}</p>
      <button type="button" onClick={copy(t("share.linkCopied"), currentViewUrl())}>
        {t("share.copyLink")}
      </button>
      <button type="button" onClick={copy(t("share.embedCopied"), iframeSnippet(embed, chart.title))}>
        {t("share.copyEmbed")}
      </button>
      <button type="button" onClick={copy(t("share.embedUrlCopied"), embed)}>
        {t("share.copyEmbedUrl")}
      </button>
      <button
        type="button"
        onClick={async () => {
          try {
            (await loadActions()).addSlideToSavedDeck(chart.view, params);
            setPinned(true);
          } catch (error) {
            setPinned(false);
            setStatus(
              t("share.addFailed", { error: error instanceof Error ? error.message : String(error) }),
            );
          }
        }}
      >
        {t("share.addToDeck")}
      </button>
      <p className="share-menu__group">{t("share.image")}</p>
      {SIZES.map((size) => {
        const layout = outputLayout(size.target, size.scale);
        const pixels = (units: number) => Math.round(units * layout.scale);
        return (
          <button
            key={size.labelKey}
            type="button"
            onClick={run(t("share.downloaded", { what: t(size.labelKey) }), async () => {
              downloadBlob(
                `${fileStem}_${pixels(layout.width)}x${pixels(layout.height)}.png`,
                await (await loadActions()).chartImagePng(optionFor, layout, fullCaption, IMAGE_PALETTE),
              );
            })}
          >
            {t("share.download", { what: t(size.labelKey) })}
          </button>
        );
      })}
      <button
        type="button"
        onClick={run(t("share.downloaded", { what: t("share.svg") }), async () =>
          downloadText(`${fileStem}.svg`, await image(), "image/svg+xml"),
        )}
      >
        {t("share.download", { what: t("share.svg") })}
      </button>
      {typeof ClipboardItem !== "undefined" ? (
        <button
          type="button"
          onClick={run(t("share.imageCopied"), async () => {
            const png = await (
              await loadActions()
            ).chartImagePng(optionFor, outputLayout("png", 2), fullCaption, IMAGE_PALETTE);
            await navigator.clipboard.write([new ClipboardItem({ "image/png": png })]);
          })}
        >
          {t("share.copyImage")}
        </button>
      ) : null}
      <p className="share-menu__group">{t("share.data")}</p>
      <button
        type="button"
        onClick={run(t("share.csvDownloaded"), async () =>
          downloadText(
            `${fileStem}.csv`,
            (await loadActions()).tableCsv(chart.table),
            "text/csv;charset=utf-8",
          ),
        )}
      >
        {t("share.downloadCsv")}
      </button>
      {extra}
      <p className="share-menu__status" role="status" aria-live="polite">
        {/* Once the deck is emptied elsewhere, "added" is no longer true: the line goes. */}
        {pinned ? (
          deckSize ? (
            <Trans
              i18nKey="share.addedToDeck"
              count={deckSize}
              components={{ open: <HashLink href="#/present" /> }}
            />
          ) : null
        ) : (
          status
        )}
      </p>
    </div>
  );
}

/** The saved deck's number of slides while `watching`, kept current as the deck changes. */
function useSavedDeckSize(watching: boolean): number | undefined {
  const [size, setSize] = useState<number>();
  useEffect(() => {
    if (!watching) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    void loadActions().then((actions) => {
      if (!cancelled) stop = actions.watchSavedDeckSize(setSize);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [watching]);
  return size;
}
