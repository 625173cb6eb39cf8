import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { BasisMarker } from "../../components/BasisMarker";
import { ExternalLink } from "../../components/ExternalLink";
import { Highlighted } from "../../components/Highlighted";
import { SdgBadge } from "../../components/SdgBadge";
import { SourceKindTag } from "../../components/SourceKindTag";
import type { ActivityRecord } from "../../domain/activity-record";
import { sourceHost } from "../../schema/http-url";
import { useOpenActivity } from "./open-activity-context";
import { useReference } from "./reference-context";
import { useSearchQuery } from "./search-query-context";

export function SectorCell({ activity }: { activity: ActivityRecord }) {
  const { t } = useTranslation();
  if (!activity.sector) return <span className="muted">{t("activities.cell.noSector")}</span>;
  return (
    <span className="nowrap">
      {activity.sector.code} <BasisMarker basis={activity.sector.basis} />
    </span>
  );
}

export function LinesCell({ activity }: { activity: ActivityRecord }) {
  const { t } = useTranslation();
  if (activity.actionLines.length === 0)
    return <span className="muted">{t("activities.cell.crossCutting")}</span>;
  return (
    <ul className="inline-list">
      {activity.actionLines.map((link) => (
        <li key={link.code} className="line-badge">
          {link.code} <BasisMarker basis={link.basis} />
        </li>
      ))}
    </ul>
  );
}

export function SdgsCell({ activity }: { activity: ActivityRecord }) {
  const reference = useReference();
  const { t } = useTranslation();
  if (activity.sdgs.length === 0) return <span className="muted">{t("activities.cell.none")}</span>;
  return (
    <ul className="inline-list">
      {activity.sdgs.map((link) => {
        const sdg = reference.sdgs.find((goal) => goal.number === link.sdg);
        return (
          <li key={link.sdg}>
            {sdg ? <SdgBadge sdg={sdg} basis={link.basis} /> : t("sdg.short", { number: link.sdg })}
          </li>
        );
      })}
    </ul>
  );
}

export function SummaryCell({ activity }: { activity: ActivityRecord }) {
  const [expanded, setExpanded] = useState(false);
  const { t } = useTranslation();
  const query = useSearchQuery();
  return (
    <div className="summary-cell">
      {/* Data text is English source text, not UI: screen readers pronounce it as English. */}
      <p className={expanded ? "summary-cell__text" : "summary-cell__text is-clamped"} lang="en">
        <Highlighted text={activity.summary} query={query} />
      </p>
      {activity.summary.length > 110 ? (
        <button
          type="button"
          className="link-button summary-cell__toggle"
          aria-expanded={expanded}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded ? t("activities.cell.less") : t("activities.cell.more")}
          <span className="visually-hidden"> {t("activities.cell.moreOf", { title: activity.title })}</span>
        </button>
      ) : null}
    </div>
  );
}

export function SourceCell({ activity }: { activity: ActivityRecord }) {
  const [first, ...rest] = activity.sources;
  if (!first) return null;
  return (
    <span>
      <ExternalLink href={first.url}>{sourceHost(first.url)}</ExternalLink>
      <SourceKindTag source={first} />
      {rest.length > 0 ? <span className="muted"> +{rest.length}</span> : null}
    </span>
  );
}

export function TitleCell({ activity }: { activity: ActivityRecord }) {
  const open = useOpenActivity();
  const query = useSearchQuery();
  return (
    <button type="button" className="title-button" data-row-focus lang="en" onClick={() => open(activity.id)}>
      {/* Clamped to a few lines (bad-input.css); the detail shows the title whole. */}
      <span className="title-button__text">
        <Highlighted text={activity.title} query={query} />
      </span>
    </button>
  );
}
