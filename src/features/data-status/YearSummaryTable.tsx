import type { ActivityRecord } from "../../domain/activity-record";
import { NO_SECTOR, countBy, sectorOf } from "../../domain/count-by";
import type { Sector } from "../../schema/reference";

export function YearSummaryTable({
  activities,
  sectors,
}: {
  activities: readonly ActivityRecord[];
  sectors: readonly Sector[];
}) {
  const counts = countBy(activities, (activity) => [`${activity.year}|${sectorOf(activity)}`]);
  const years = [...new Set(activities.map((activity) => activity.year))].sort((a, b) => b - a);
  const columns = [
    ...sectors.map((sector) => ({ code: sector.code, label: sector.code })),
    { code: NO_SECTOR, label: "No unit named" },
  ];
  return (
    <table className="data-table">
      <caption>Activities per year and sector</caption>
      <thead>
        <tr>
          <th scope="col">Year</th>
          {columns.map((column) => (
            <th scope="col" key={column.code} className="num">
              {column.label}
            </th>
          ))}
          <th scope="col" className="num">
            Total
          </th>
        </tr>
      </thead>
      <tbody>
        {years.map((year) => (
          <tr key={year}>
            <th scope="row">{year}</th>
            {columns.map((column) => (
              <td key={column.code} className="num">
                {counts.get(`${year}|${column.code}`) ?? 0}
              </td>
            ))}
            <td className="num">{activities.filter((activity) => activity.year === year).length}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
