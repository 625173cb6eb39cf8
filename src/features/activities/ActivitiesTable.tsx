import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "../../i18n/use-translation";
import { CellBoundary } from "../../components/CellBoundary";
import type { ActivitiesTableInstance } from "./use-activities-table";

const ESTIMATED_ROW_HEIGHT = 64;
const PAGE_STEP = 10;

/** Virtualised: only the rows in view are in the DOM, so 100,000 activities scroll like 100. */
export function ActivitiesTable({ table, sortLabel }: { table: ActivitiesTableInstance; sortLabel: string }) {
  const { t } = useTranslation();
  const tableRows = table.getRowModel().rows;

  const scrollRef = useRef<HTMLDivElement>(null);
  // A new key function makes the virtualizer re-lay out every row from the first (100k calls at 100k
  // activities), so it changes only with the rows.
  const getItemKey = useCallback((index: number) => tableRows[index]?.id ?? index, [tableRows]);
  // The React Compiler is not used here, so the virtualizer's unmemoisable functions are fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: tableRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    getItemKey,
    // Rows measured while scrolling re-render together in the next frame, not one synchronous render each.
    useFlushSync: false,
    overscan: 8,
    // A screenful before the first measurement (and in jsdom, which measures nothing).
    initialRect: { width: 1200, height: 900 },
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const columnCount = table.getVisibleLeafColumns().length;

  // Arrow keys move between rows even when the next row is not rendered yet: scroll, then focus.
  const [pendingFocus, setPendingFocus] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (pendingFocus === null) return;
    const target = scrollRef.current?.querySelector<HTMLElement>(
      `tr[data-index="${pendingFocus}"] [data-row-focus]`,
    );
    if (target) {
      target.focus();
      setPendingFocus(null);
    }
  }, [pendingFocus, items]);
  const onKeyDown = (event: React.KeyboardEvent<HTMLTableSectionElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>("tr[data-index]");
    if (!row || !(event.target as HTMLElement).matches("[data-row-focus]")) return;
    const index = Number(row.dataset.index);
    const last = tableRows.length - 1;
    const next =
      event.key === "ArrowDown"
        ? index + 1
        : event.key === "ArrowUp"
          ? index - 1
          : event.key === "PageDown"
            ? index + PAGE_STEP
            : event.key === "PageUp"
              ? index - PAGE_STEP
              : event.key === "Home" && event.ctrlKey
                ? 0
                : event.key === "End" && event.ctrlKey
                  ? last
                  : null;
    if (next === null) return;
    event.preventDefault();
    const clamped = Math.min(Math.max(next, 0), last);
    virtualizer.scrollToIndex(clamped, { align: "auto" });
    setPendingFocus(clamped);
  };

  return (
    <div ref={scrollRef} className="activities-table" data-testid="activities-scroller">
      <table className="data-table activities-table__table" aria-rowcount={tableRows.length + 1}>
        <caption className="visually-hidden">{t("activities.caption", { sort: sortLabel })}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={`col-${header.column.id}${header.column.getCanSort() ? "" : " is-not-sortable"}`}
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden="true" className="sort-button__icon">
                          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                        </span>
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        {/* Keys are delegated from the title buttons inside the rows, which are the focusable parts. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
        <tbody onKeyDown={onKeyDown}>
          {paddingTop > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: paddingTop, padding: 0, border: 0 }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = tableRows[item.index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-rowindex={item.index + 2}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={`col-${cell.column.id}`}>
                    <CellBoundary raw={() => String(cell.getValue() ?? "")}>
                      <table.FlexRender cell={cell} />
                    </CellBoundary>
                  </td>
                ))}
              </tr>
            );
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden="true">
              <td colSpan={columnCount} style={{ height: paddingBottom, padding: 0, border: 0 }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
