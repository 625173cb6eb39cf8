import { useTranslation } from "../../i18n/use-translation";

export type ActivityColumnId = "year" | "sector" | "lines" | "sdgs" | "title" | "summary" | "source";

export function isActivityColumnId(id: string): id is ActivityColumnId {
  return ["year", "sector", "lines", "sdgs", "title", "summary", "source"].includes(id);
}

/** A column's name in the active language (column ids stay English: they are the URL's sort= and hide=). */
export function ColumnHeader({ id }: { id: ActivityColumnId }) {
  const { t } = useTranslation();
  return <>{t(`activities.column.${id}`)}</>;
}
