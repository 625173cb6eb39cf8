import { useState } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { loadTextSearch } from "../../domain/text-search-loader";

/** Typing stays local; the URL (and history) changes when the search is submitted or the box is left. */
export function SearchBox({ value, onCommit }: { value: string; onCommit: (text: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const commit = () => {
    if (draft.trim() !== value.trim()) onCommit(draft.trim());
  };
  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        commit();
      }}
    >
      <label htmlFor="activity-search">{t("filters.searchLabel")}</label>
      <input
        id="activity-search"
        type="search"
        value={draft}
        placeholder={t("filters.searchPlaceholder")}
        // The text search loads when someone is about to type, so that it is there when the query is sent.
        onFocus={() => void loadTextSearch().catch(() => undefined)}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
      />
    </form>
  );
}
