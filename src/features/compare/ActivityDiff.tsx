import { useTranslation } from "../../i18n/use-translation";
import { Trans } from "../../i18n/Trans";
import { mainLineOf } from "../../domain/action-line-codes";
import type { ActivityRecord } from "../../domain/activity-record";
import type { ActivityDiff as Diff, ContinuedInitiative } from "../../domain/compare";
import { activityDetailHref } from "./activity-links";
import { DiffList } from "./DiffList";
import { SourceLinks } from "./SourceLinks";

/** An earlier title of a continued initiative: the title and its source, no more. */
function EarlierTitle({ activity }: { activity: ActivityRecord }) {
  const { t } = useTranslation();
  return (
    <div className="diff-item diff-item--earlier">
      <span>
        <span className="diff-item__prefix">{t("compare.diff.inYear", { year: activity.year })}</span>
        <a href={activityDetailHref(activity.id)} lang="en">
          {activity.title}
        </a>
      </span>
      <SourceLinks sources={activity.sources} />
    </div>
  );
}

function ActivityLine({ activity }: { activity: ActivityRecord }) {
  const { t } = useTranslation();
  const lines = [...new Set(activity.actionLines.map((link) => mainLineOf(link.code)))];
  const meta = [
    activity.sector?.code ?? t("compare.diff.noSector"),
    lines.length > 0 ? lines.join(", ") : t("compare.diff.crossCutting"),
    activity.sdgs.length > 0
      ? t("compare.diff.sdgs", { list: activity.sdgs.map((link) => link.sdg).join(", ") })
      : "",
  ].filter(Boolean);
  return (
    <div className="diff-item">
      <a className="diff-item__title" href={activityDetailHref(activity.id)} lang="en">
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
  const { t } = useTranslation();
  const titles = (activities: readonly ActivityRecord[]) =>
    activities.map((activity) => activity.title).join(" ");
  return (
    <section className="compare-section" aria-labelledby="activity-diff-title">
      <h2 id="activity-diff-title">{t("compare.diff.title")}</h2>
      <p className="compare-section__note">
        <Trans i18nKey="compare.diff.note" values={{ a: yearA, b: yearB }} />
      </p>
      <div className="diff-grid">
        <DiffList
          title={t("compare.diff.newIn", { year: yearB })}
          description={t("compare.diff.newDescription", { a: yearA, b: yearB })}
          tone="added"
          items={diff.added}
          keyOf={(activity) => activity.id}
          textOf={(activity) => activity.title}
          render={(activity) => <ActivityLine activity={activity} />}
        />
        <DiffList<ContinuedInitiative>
          title={t("compare.diff.continued")}
          description={t("compare.diff.continuedDescription", { a: yearA })}
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
          title={t("compare.diff.removed")}
          description={t("compare.diff.removedDescription", { a: yearA, b: yearB })}
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
