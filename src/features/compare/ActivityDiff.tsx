import { mainLineOf } from "../../domain/action-line-codes";
import type { ActivityRecord } from "../../domain/activity-record";
import type { ActivityDiff as Diff, ContinuedInitiative } from "../../domain/compare";
import { activityDetailHref } from "./activity-links";
import { DiffList } from "./DiffList";
import { SourceLinks } from "./SourceLinks";

/** An earlier title of a continued initiative: the title and its source, no more. */
function EarlierTitle({ activity }: { activity: ActivityRecord }) {
  return (
    <div className="diff-item diff-item--earlier">
      <span>
        <span className="diff-item__prefix">In {activity.year}: </span>
        <a href={activityDetailHref(activity.id)}>{activity.title}</a>
      </span>
      <SourceLinks sources={activity.sources} />
    </div>
  );
}

function ActivityLine({ activity }: { activity: ActivityRecord }) {
  const lines = [...new Set(activity.actionLines.map((link) => mainLineOf(link.code)))];
  const meta = [
    activity.sector?.code ?? "no ITU unit named",
    lines.length > 0 ? lines.join(", ") : "cross-cutting",
    activity.sdgs.length > 0 ? `SDG ${activity.sdgs.map((link) => link.sdg).join(", ")}` : "",
  ].filter(Boolean);
  return (
    <div className="diff-item">
      <a className="diff-item__title" href={activityDetailHref(activity.id)}>
        {activity.title}
      </a>
      <span className="diff-item__meta">
        {activity.year} · {meta.join(" · ")} · <SourceLinks sources={activity.sources} />
      </span>
    </div>
  );
}

interface ActivityDiffProps {
  diff: Diff;
  yearA: number;
  yearB: number;
}

/** The initiatives of B against those of A, matched by key: new, continued, no longer reported. */
export function ActivityDiff({ diff, yearA, yearB }: ActivityDiffProps) {
  const titles = (activities: readonly ActivityRecord[]) =>
    activities.map((activity) => activity.title).join(" ");
  return (
    <section className="compare-section" aria-labelledby="activity-diff-title">
      <h2 id="activity-diff-title">Initiatives: new, continued, no longer reported</h2>
      <p className="compare-section__note">
        Activities are matched by their initiative key, not by title: &ldquo;WSIS Forum {yearA}&rdquo; and
        &ldquo;WSIS Forum {yearB}&rdquo; are one initiative. The filters above choose which are listed;
        whether an initiative is new or continued is decided on all the activities of both years.
      </p>
      <div className="diff-grid">
        <DiffList
          title={`New in ${yearB}`}
          description={`Initiatives of ${yearB} that ${yearA} does not have.`}
          tone="added"
          items={diff.added}
          keyOf={(activity) => activity.id}
          textOf={(activity) => activity.title}
          render={(activity) => <ActivityLine activity={activity} />}
        />
        <DiffList<ContinuedInitiative>
          title="Continued"
          description={`Initiatives reported in both years; ${yearA} titles are given where they differ.`}
          tone="continued"
          items={diff.continued}
          keyOf={(pair) => pair.key}
          textOf={(pair) => `${titles(pair.b)} ${titles(pair.a)}`}
          render={(pair) => (
            <>
              {pair.b.map((activity) => (
                <ActivityLine key={activity.id} activity={activity} />
              ))}
              {pair.a
                .filter((activity) => !pair.b.some((other) => other.title === activity.title))
                .map((activity) => (
                  <EarlierTitle key={activity.id} activity={activity} />
                ))}
            </>
          )}
        />
        <DiffList
          title="No longer reported"
          description={`Initiatives of ${yearA} that ${yearB} does not have.`}
          tone="removed"
          items={diff.removed}
          keyOf={(activity) => activity.id}
          textOf={(activity) => activity.title}
          render={(activity) => <ActivityLine activity={activity} />}
        />
      </div>
    </section>
  );
}
