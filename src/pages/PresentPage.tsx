import { useMemo } from "react";
import { SLIDE_POINTS } from "../components/chart/type-scale";
import { useTranslation } from "../i18n/use-translation";
import { DatasetGate, type ReadyDataset } from "../features/data-status/DatasetGate";
import { SingleChartView } from "../shared/views/SingleChartView";
import { UrlNoticeList } from "../shared/filters/UrlNoticeList";
import { DeckEditor } from "../features/present/DeckEditor";
import { DeckNotices } from "../features/present/DeckNotices";
import { DeckOrigin } from "../features/present/DeckOrigin";
import type { DeckServices } from "../features/present/deck-services";
import { MyDecks } from "../features/present/MyDecks";
import { SLIDE_PALETTE } from "../features/present/slide-palette";
import { fixStyleQuotes } from "../shared/chart-image/safe-svg";
import { dashboardBase } from "../features/present/slide-text";
import { Slideshow } from "../features/present/Slideshow";
import { useDeck } from "../features/present/use-deck";
import { renderChartSvg } from "../shared/chart-image/render-chart-svg";
import { shareCaption } from "../shared/chart-image/share-caption";
import { svgToPng } from "../shared/chart-image/svg-to-png";
import { sharedParamIssues } from "../url-state/shared-param-issues";
import { useHashLocation } from "../url-state/use-hash-location";

// Thumbnails are the chart as laid out on a slide's chart area, shown small.
const THUMBNAIL = { width: 888, height: 342 } as const;

// Slides show the filters they were pinned with; clicking a bar in a presentation changes nothing.
const ignoreFilterChange = () => undefined;

/** #/present: the deck editor, and the slideshow while slide=<n> is in the URL. */
export function PresentPage() {
  const deck = useDeck();
  const { t } = useTranslation();
  const { params } = useHashLocation();
  const shared = useMemo(() => sharedParamIssues(params), [params]);
  return (
    <div className="page present-page">
      <div className="page__intro">
        <h1>{t("present.heading")}</h1>
        <p className="lead">{t("present.lead")}</p>
      </div>
      <DeckNotices notices={deck.notices} />
      {/* The list itself, not UrlNotices: the overview's chunk with the filter bar stays whole. */}
      {shared.length > 0 ? <UrlNoticeList issues={shared} /> : null}
      <DatasetGate>{(dataset) => <PresentView dataset={dataset} deck={deck} />}</DatasetGate>
    </div>
  );
}

function PresentView({ dataset, deck }: { dataset: ReadyDataset; deck: ReturnType<typeof useDeck> }) {
  const { reference, reports } = dataset;
  const services = useMemo<DeckServices>(
    () => ({
      renderChart: (view, filters, params) => (
        <SingleChartView
          view={view}
          reference={reference}
          reports={reports}
          urlFilters={filters}
          setFilters={ignoreFilterChange}
          viewParams={params}
        />
      ),
      caption: (filters, view) => shareCaption(filters, reference, reports, view),
      chartToPng: (option, width, height, scale) =>
        svgToPng(fixStyleQuotes(renderChartSvg(option, width, height, SLIDE_PALETTE)), width, height, scale),
      thumbnail: (chart) => {
        const option = chart.optionFor(SLIDE_POINTS, SLIDE_PALETTE);
        const svg = fixStyleQuotes(renderChartSvg(option, THUMBNAIL.width, THUMBNAIL.height, SLIDE_PALETTE));
        return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
      },
      reports: reports.map((report) => report.meta),
      base: dashboardBase(window.location),
    }),
    [reference, reports],
  );
  return (
    <>
      {deck.slideNumber === null ? (
        <>
          <DeckOrigin fromLink={deck.fromLink} outcome={deck.outcome} />
          <DeckEditor
            slides={deck.slides}
            frame={deck.frame}
            services={services}
            onEdit={deck.edit}
            onFrame={deck.setFrame}
            onPresent={deck.present}
          />
          <MyDecks library={deck.library} shownId={deck.shown?.id} />
        </>
      ) : (
        <Slideshow
          slides={deck.slides}
          pages={deck.pages}
          frame={deck.frame}
          number={deck.slideNumber}
          services={services}
          onGo={deck.goTo}
          onLeave={deck.leave}
        />
      )}
    </>
  );
}
