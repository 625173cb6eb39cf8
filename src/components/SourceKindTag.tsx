import { useTranslation } from "../i18n/use-translation";
import { kindOfSource, type SourceKind } from "../domain/source-kind";

/**
 * "copy" or "press" next to a source, in words (not colour alone); official sources need no tag.
 * A source without a kind of its own (a user's file) gets the kind of its host.
 */
export function SourceKindTag(props: { source: { url: string; kind?: SourceKind } } | { kind: SourceKind }) {
  const { t } = useTranslation();
  const kind = "kind" in props ? props.kind : kindOfSource(props.source);
  if (kind === "official") return null;
  return (
    <span className={`source-kind source-kind--${kind}`} title={t(`basis.source.description.${kind}`)}>
      {t(`basis.source.label.${kind}`)}
    </span>
  );
}
