import { useTranslation } from "../../i18n/use-translation";
import { exportFileName } from "../../domain/export-file-name";
import type { FilterState } from "../../domain/filter-state";
import { downloadText } from "../../components/download-file";
import { activitiesToCsv, activitiesToJson } from "./export-activities";
import type { ActivitiesTableInstance } from "./use-activities-table";

export function ExportButtons({ table, filters }: { table: ActivitiesTableInstance; filters: FilterState }) {
  const { t } = useTranslation();
  const rows = () => table.getRowModel().rows.map((row) => row.original);
  return (
    <div className="button-group" role="group" aria-label={t("activities.exportLabel")}>
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          downloadText(
            exportFileName("wsis-activities", filters, "csv"),
            activitiesToCsv(rows()),
            "text/csv;charset=utf-8",
          )
        }
      >
        {t("activities.downloadCsv")}
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          downloadText(
            exportFileName("wsis-activities", filters, "json"),
            activitiesToJson(rows()),
            "application/json",
          )
        }
      >
        {t("activities.downloadJson")}
      </button>
    </div>
  );
}
