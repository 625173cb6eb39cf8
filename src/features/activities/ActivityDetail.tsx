import { useEffect, useRef } from "react";
import { BasisMarker } from "../../components/BasisMarker";
import { ExternalLink } from "../../components/ExternalLink";
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
          {activity.reportKind === "compiled" ? "compiled from public sources" : activity.reportKind}
        </p>
        <button type="button" className="activity-detail__close" aria-label="Close details" onClick={onClose}>
          ×
        </button>
      </header>
      <h2 id="activity-detail-title" ref={headingRef} tabIndex={-1}>
        {activity.title}
      </h2>
      <p>{activity.summary}</p>
      <dl className="activity-detail__fields">
        <dt>Sector</dt>
        <dd>
          {activity.sector ? (
            <>
              {activity.sector.code}
              {sectorName ? ` · ${sectorName}` : ""} <BasisMarker basis={activity.sector.basis} />
            </>
          ) : (
            "No ITU unit named in the source"
          )}
        </dd>
        <dt>Action lines</dt>
        <dd>
          {activity.actionLines.length === 0 ? (
            "None: cross-cutting work"
          ) : (
            <ul>
              {activity.actionLines.map((link) => (
                <li key={link.code}>
                  {link.code} {lineTitle(link.code)} <BasisMarker basis={link.basis} />
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>SDGs</dt>
        <dd>
          {activity.sdgs.length === 0 ? (
            "None"
          ) : (
            <ul className="inline-list">
              {activity.sdgs.map((link) => {
                const sdg = reference.sdgs.find((goal) => goal.number === link.sdg);
                return (
                  <li key={link.sdg}>
                    {sdg ? <SdgBadge sdg={sdg} basis={link.basis} /> : `SDG ${link.sdg}`}
                  </li>
                );
              })}
            </ul>
          )}
        </dd>
        {activity.figures && activity.figures.length > 0 ? (
          <>
            <dt>Figures</dt>
            <dd>
              <ul>
                {activity.figures.map((figure, index) => (
                  <li key={index}>{figure.label}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt>Sources</dt>
        <dd>
          <ul>
            {activity.sources.map((source) => (
              <li key={source.url}>
                <ExternalLink href={source.url}>{source.url}</ExternalLink>
                {source.note ? <span className="muted"> ({source.note})</span> : null}
              </li>
            ))}
          </ul>
        </dd>
        {activity.notes ? (
          <>
            <dt>Editorial notes</dt>
            <dd>{activity.notes}</dd>
          </>
        ) : null}
        <dt>Initiative key</dt>
        <dd>
          <code>{activity.key}</code>
        </dd>
      </dl>
    </section>
  );
}
