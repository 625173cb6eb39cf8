import type { ReactNode } from "react";
import { Popover } from "../../components/popover/Popover";
import { useTranslation } from "../../i18n/use-translation";
import type { ShareableChart } from "../../components/chart/chart-actions";
import { chunkComponent } from "../../components/chunk-component";
import type { FilterState } from "../../domain/filter-state";
import type { Reference } from "../../schema/reference";
import type { Report } from "../../schema/report";

export interface ShareMenuProps {
  chart: ShareableChart;
  /** The filters in effect, for image captions and file names. */
  filters: FilterState;
  /** The dataset shown, for the captions' source line. */
  reference: Reference;
  reports: readonly Report[];
  params: URLSearchParams;
  /** Further exports of this chart, offered beside the numbers (the Word document). */
  extra?: ReactNode;
}

// The panel's code loads when someone points at or focuses a Share button, so that it is in by the click.
const loadPanel = () => import("./SharePanel");
const SharePanel = chunkComponent(() => loadPanel().then((module) => module.SharePanel));
const preloadPanel = () => void loadPanel();

/**
 * Share and export for one chart: links, embed code, images with provenance, and the numbers. The panel
 * is built only while the menu is open: five closed menus re-rendered at every filter change otherwise.
 */
export function ShareMenu(props: ShareMenuProps) {
  const { t } = useTranslation();
  return (
    <Popover
      className="share-menu"
      placement="bottom-end"
      panelLabel={`${t("share.button")} ${props.chart.title}`}
      onIntent={preloadPanel}
      trigger={
        <>
          {t("share.button")}
          <span className="visually-hidden"> {props.chart.title}</span>
        </>
      }
    >
      {() => <SharePanel {...props} />}
    </Popover>
  );
}
