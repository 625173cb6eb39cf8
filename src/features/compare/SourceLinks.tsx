import { Fragment } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { ExternalLink } from "../../components/ExternalLink";
import { SourceKindTag } from "../../components/SourceKindTag";
import type { SourceKind } from "../../domain/source-kind";
import { sourceHost } from "./activity-links";

/** External sources, named by their host; with the note that marks copies and proxies. */
export function SourceLinks({
  sources,
}: {
  sources: ReadonlyArray<{ url: string; note?: string; kind?: SourceKind }>;
}) {
  const { t } = useTranslation();
  if (sources.length === 0) return null;
  return (
    <span className="source-links">
      <span className="source-links__label">{t("compare.sources", { count: sources.length })}</span>{" "}
      {sources.map((source, index) => (
        <Fragment key={`${source.url}-${index}`}>
          {index > 0 ? ", " : null}
          {/* Host and English note read as one left-to-right phrase, also inside an Arabic sentence. */}
          <span dir="ltr">
            <ExternalLink href={source.url}>{sourceHost(source.url)}</ExternalLink>
            <SourceKindTag source={source} />
            {source.note ? (
              <span className="source-links__note" lang="en">
                {" "}
                ({source.note})
              </span>
            ) : null}
          </span>
        </Fragment>
      ))}
    </span>
  );
}
