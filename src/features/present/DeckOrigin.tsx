import { useTranslation } from "../../i18n/use-translation";
import { INPUT_LIMITS } from "../../schema/input-limits";
import { useDeckName } from "./deck-name";
import type { DeckSaveOutcome } from "./use-deck";

/** Whose deck this is, and where an edit went: a deck from a link is never saved over the user's own. */
export function DeckOrigin({ fromLink, outcome }: { fromLink: boolean; outcome: DeckSaveOutcome }) {
  const { t } = useTranslation();
  const deckName = useDeckName();
  const text =
    outcome?.kind === "copied"
      ? t("present.origin.copied", { name: deckName(outcome.deck) })
      : outcome?.kind === "full"
        ? t("present.origin.full", { max: INPUT_LIMITS.savedDecks })
        : outcome?.kind === "refused"
          ? t("present.origin.refused")
          : fromLink
            ? t("present.origin.fromLink")
            : "";
  return (
    <p
      className={
        text === ""
          ? "visually-hidden"
          : outcome && outcome.kind !== "copied"
            ? "notice notice--warning"
            : "notice"
      }
      role="status"
    >
      {text}
    </p>
  );
}
