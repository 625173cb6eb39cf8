import { useId, useState, type ReactNode } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { normalizeSearchText } from "../../domain/filter-activities";

const SHOWN_AT_FIRST = 6;

interface DiffListProps<T> {
  title: string;
  /** Says how the list was made, e.g. "initiatives whose key 2022 does not have". */
  description: string;
  tone: "added" | "continued" | "removed";
  items: readonly T[];
  keyOf: (item: T) => string;
  /** The text its filter box searches (titles). */
  textOf: (item: T) => string;
  render: (item: T) => ReactNode;
}

/** One list of the diff, with its own filter box and a "show all" for long lists. */
export function DiffList<T>({ title, description, tone, items, keyOf, textOf, render }: DiffListProps<T>) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [expanded, setExpanded] = useState(false);
  const inputId = useId();
  const headingId = useId();
  const terms = normalizeSearchText(text).split(/\s+/).filter(Boolean);
  const matching = items.filter((item) => {
    const haystack = normalizeSearchText(textOf(item));
    return terms.every((term) => haystack.includes(term));
  });
  const shown = expanded ? matching : matching.slice(0, SHOWN_AT_FIRST);
  return (
    <section className={`diff-list diff-list--${tone}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {title} <span className="diff-list__count">{items.length}</span>
      </h3>
      <p className="diff-list__description">{description}</p>
      {items.length > 0 ? (
        <div className="diff-list__filter">
          <label htmlFor={inputId}>
            {t("compare.diff.filter")} <span className="visually-hidden">{title}</span>
          </label>
          <input
            id={inputId}
            type="search"
            value={text}
            placeholder={t("compare.diff.filterPlaceholder")}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
      ) : null}
      {text.trim() !== "" ? (
        <p className="diff-list__status" role="status">
          {t("compare.diff.matching", { count: matching.length, total: items.length })}
        </p>
      ) : null}
      {shown.length > 0 ? (
        <ul className="diff-list__items">
          {shown.map((item) => (
            <li key={keyOf(item)}>{render(item)}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">
          {items.length === 0 ? t("compare.diff.none") : t("compare.diff.nothingMatches")}
        </p>
      )}
      {matching.length > SHOWN_AT_FIRST ? (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t("compare.diff.showFewer") : t("compare.diff.showAll", { count: matching.length })}
        </button>
      ) : null}
    </section>
  );
}
