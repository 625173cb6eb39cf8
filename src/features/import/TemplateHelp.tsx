import { CSV_COLUMNS, buildCsvTemplate } from "../../data/import/csv-template";

// A data: URL: the template is small, and needs no object URL to revoke.
const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${buildCsvTemplate()}`)}`;

/** The template to start from, and what each column takes. */
export function TemplateHelp() {
  return (
    <details className="import-help">
      <summary>File formats and the CSV template</summary>
      <p>
        <a href={TEMPLATE_HREF} download="wsis-activities-template.csv">
          Download the CSV template
        </a>{" "}
        (UTF-8, one activity per row, lists separated by <code>;</code>). JSON files use the dataset format of{" "}
        <code>data/README.md</code>: a single report or a bundle of reports.
      </p>
      <table className="data-table import-help__columns">
        <caption>Template columns</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">What to write</th>
          </tr>
        </thead>
        <tbody>
          {CSV_COLUMNS.map((column) => (
            <tr key={column.name}>
              <td>
                <code>{column.name}</code>
                {column.required ? " (required)" : ""}
              </td>
              <td>{column.help}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
