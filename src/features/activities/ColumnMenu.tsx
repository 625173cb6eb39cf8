import { useTranslation } from "../../i18n/use-translation";
import { CheckboxMenu } from "../../components/CheckboxMenu";
import { isActivityColumnId } from "./ColumnHeader";
import type { ActivitiesTableInstance } from "./use-activities-table";

/** Shows and hides columns; the choice lives in the URL (hide=), like everything a view shows. */
export function ColumnMenu({
  table,
  hidden,
  onChange,
}: {
  table: ActivitiesTableInstance;
  hidden: readonly string[];
  onChange: (hidden: string[]) => void;
}) {
  const { t } = useTranslation();
  const columns = table.getAllLeafColumns().filter((column) => column.id !== "title");
  return (
    <CheckboxMenu
      alignEnd
      label={t("activities.columns")}
      options={columns.map((column) => ({
        value: column.id,
        label: isActivityColumnId(column.id) ? t(`activities.column.${column.id}`) : column.id,
      }))}
      selected={columns.filter((column) => !hidden.includes(column.id)).map((column) => column.id)}
      onToggle={(id) =>
        onChange(hidden.includes(id) ? hidden.filter((item) => item !== id) : [...hidden, id])
      }
    />
  );
}
