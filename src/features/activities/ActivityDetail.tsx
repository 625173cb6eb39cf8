import { useEffect, useRef } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { EnglishFallback } from "../../components/EnglishFallback";
import { isEnglishFallback } from "../../i18n/official-names";
import { useLanguage } from "../../i18n/use-language";
import { BasisMarker } from "../../components/BasisMarker";
import { ExternalLink } from "../../components/ExternalLink";
import { SourceKindTag } from "../../components/SourceKindTag";
import { SdgBadge } from "../../components/SdgBadge";
import type { ActivityRecord } from "../../domain/activity-record";
import type { Reference } from "../../schema/reference";

interface ActivityDetailProps {
  activity: ActivityRecord;
  reference: Reference;
  onClose: () => void;
}

/** Every field of one activity, each link with its basis; opened from a row, closed with Esc or the button. */
export function ActivityDetail({ activity, reference, onClose }: ActivityDetailProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [activity.id]);
  useEffect(() => {
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === "Escape") onClose();
    };
    document.addEventListener("keydown", closeOnEscape);
    return () => document.removeEventListener("keydown", closeOnEscape);
  }, [onClose]);
  const lineTitle = (code: string) => reference.actionLines.find((line) => line.code === code)?.title ?? code;
  const sectorName = reference.sectors.find((sector) => sector.code === activity.sector?.code)?.name;

  return (
    <section className="activity-detail" aria-labelledby="activity-detail-title">
      <header className="activity-detail__header">
        <p className="activity-detail__eyebrow">
          {activity.year} · {activity.id} ·{" "}
          {activity.reportKind === "compiled" ? t("activities.detail.compiled") : activity.reportKind}
        </p>
        <button
          type="button"
          className="activity-detail__close"
          aria-label={t("activities.detail.close")}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      {/* Titles and summaries are the data's English source text: marked so screen readers say them right. */}
      <h2 id="activity-detail-title" ref={headingRef} tabIndex={-1} lang="en">
        {activity.title}
      </h2>
      <p lang="en">{activity.summary}</p>
      <dl className="activity-detail__fields">
        <dt>{t("activities.detail.sector")}</dt>
        <dd>
          {activity.sector ? (
            <>
              <bdi>{activity.sector.code}</bdi>
              {sectorName ? " · " : ""}
              {sectorName && isEnglishFallback(language, "sectors", activity.sector.code) ? (
                <EnglishFallback>{sectorName}</EnglishFallback>
              ) : (
                sectorName
              )}{" "}
              <BasisMarker basis={activity.sector.basis} />
            </>
          ) : (
            t("activities.detail.noSector")
          )}
        </dd>
        <dt>{t("activities.detail.lines")}</dt>
        <dd>
          {activity.actionLines.length === 0 ? (
            t("activities.detail.noLines")
          ) : (
            <ul>
              {activity.actionLines.map((link) => (
                <li key={link.code}>
                  {/* An English title reads with its code as one phrase; a translated one after it. */}
                  {isEnglishFallback(language, "actionLines", link.code) ? (
                    <EnglishFallback>{`${link.code} ${lineTitle(link.code)}`}</EnglishFallback>
                  ) : (
                    <>
                      <bdi>{link.code}</bdi> {lineTitle(link.code)}
                    </>
                  )}{" "}
                  <BasisMarker basis={link.basis} />
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t("activities.detail.sdgs")}</dt>
        <dd>
          {activity.sdgs.length === 0 ? (
            t("activities.detail.none")
          ) : (
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
          )}
        </dd>
        {activity.figures && activity.figures.length > 0 ? (
          <>
            <dt>{t("activities.detail.figures")}</dt>
            <dd>
              <ul>
                {activity.figures.map((figure, index) => (
                  <li key={index} lang="en">
                    {figure.label}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt>{t("activities.detail.sources")}</dt>
        <dd>
          <ul>
            {activity.sources.map((source) => (
              // A link and its English note read as one left-to-right line, in any page.
              <li key={source.url} dir="ltr">
                <ExternalLink href={source.url}>{source.url}</ExternalLink>
                <SourceKindTag source={source} />
                {source.note ? (
                  <span className="muted" lang="en">
                    {" "}
                    ({source.note})
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </dd>
        {activity.notes ? (
          <>
            <dt>{t("activities.detail.notes")}</dt>
            <dd lang="en">{activity.notes}</dd>
          </>
        ) : null}
        <dt>{t("activities.detail.key")}</dt>
        <dd>
          <code>{activity.key}</code>
        </dd>
      </dl>
    </section>
  );
}
