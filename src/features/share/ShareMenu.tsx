import { useContext, useState, type ReactNode } from "react";
import type { ShareableChart } from "../../components/chart/chart-actions";
import { ChartDisplayContext } from "../../components/chart/chart-theme";
import { PATTERN_OPTION } from "../../components/chart/display-option";
import { downloadBlob, downloadText } from "../../components/download-file";
import type { ImageCaption } from "./compose-image";
import { currentViewUrl, embedUrl, iframeSnippet } from "./share-links";

// Images, CSV and the saved deck load on first use (see share-actions.ts).
const loadActions = () => import("./share-actions");

interface ShareMenuProps {
  chart: ShareableChart;
  /** Filters in words and the source line, for image captions. */
  caption: Omit<ImageCaption, "title" | "link">;
  params: URLSearchParams;
  fileStem: string;
}

const SIZES = [
  { label: "PNG 1x", width: 960, height: 540, scale: 1 },
  { label: "PNG 2x", width: 960, height: 540, scale: 2 },
  { label: "PNG 3x", width: 960, height: 540, scale: 3 },
  { label: "PNG slide 1920×1080", width: 1920, height: 1080, scale: 1 },
  { label: "PNG slide 1280×720", width: 1280, height: 720, scale: 1 },
] as const;

/** Share and export for one chart: links, embed code, images with provenance, and the numbers. */
export function ShareMenu({ chart, caption, params, fileStem }: ShareMenuProps) {
  const [status, setStatus] = useState<ReactNode>("");
  const fullCaption: ImageCaption = { ...caption, title: chart.title, link: currentViewUrl() };
  // Images are drawn light (for documents and slides) but keep the patterns if they are on.
  const { pattern } = useContext(ChartDisplayContext);
  const option = pattern ? { ...chart.option, ...PATTERN_OPTION } : chart.option;
  const image = async (width: number, totalHeight: number) =>
    (await loadActions()).chartImageSvg(option, width, totalHeight, fullCaption);
  const run = (label: string, action: () => Promise<void> | void) => async () => {
    try {
      await action();
      setStatus(label);
    } catch (error) {
      setStatus(
        `Could not ${label.toLowerCase()}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  const copy = (label: string, text: string) => run(label, () => navigator.clipboard.writeText(text));
  const embed = embedUrl(chart.view, params);

  return (
    <details className="share-menu">
      <summary>
        Share<span className="visually-hidden"> {chart.title}</span>
      </summary>
      <div className="share-menu__panel">
        <p className="share-menu__group">Link</p>
        <button type="button" onClick={copy("Link copied", currentViewUrl())}>
          Copy link to this view
        </button>
        <button type="button" onClick={copy("Embed code copied", iframeSnippet(embed, chart.title))}>
          Copy embed code (iframe)
        </button>
        <button type="button" onClick={copy("Embed URL copied", embed)}>
          Copy embed URL
        </button>
        <button
          type="button"
          onClick={async () => {
            try {
              const count = (await loadActions()).addSlideToSavedDeck(chart.view, params);
              setStatus(
                <>
                  Added to the deck ({count} {count === 1 ? "slide" : "slides"}) –{" "}
                  <a href="#/present">open presentation</a>
                </>,
              );
            } catch (error) {
              setStatus(
                `Could not add to the deck: ${error instanceof Error ? error.message : String(error)}`,
              );
            }
          }}
        >
          Add to slide deck
        </button>
        <p className="share-menu__group">Image</p>
        {SIZES.map((size) => (
          <button
            key={size.label}
            type="button"
            onClick={run(`${size.label} downloaded`, async () => {
              downloadBlob(
                `${fileStem}_${size.width * size.scale}x${size.height * size.scale}.png`,
                await (await loadActions()).chartImagePng(option, size, fullCaption),
              );
            })}
          >
            Download {size.label}
          </button>
        ))}
        <button
          type="button"
          onClick={run("SVG downloaded", async () =>
            downloadText(`${fileStem}.svg`, await image(960, 540), "image/svg+xml"),
          )}
        >
          Download SVG
        </button>
        {typeof ClipboardItem !== "undefined" ? (
          <button
            type="button"
            onClick={run("Image copied", async () => {
              const png = await (
                await loadActions()
              ).chartImagePng(option, { width: 960, height: 540, scale: 2 }, fullCaption);
              await navigator.clipboard.write([new ClipboardItem({ "image/png": png })]);
            })}
          >
            Copy image
          </button>
        ) : null}
        <p className="share-menu__group">Data</p>
        <button
          type="button"
          onClick={run("CSV downloaded", async () =>
            downloadText(
              `${fileStem}.csv`,
              (await loadActions()).tableCsv(chart.table),
              "text/csv;charset=utf-8",
            ),
          )}
        >
          Download the numbers (CSV)
        </button>
        <p className="share-menu__status" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </details>
  );
}
