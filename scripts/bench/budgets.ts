/** The performance budgets of issue 8; "ratio" budgets are multiples of the floor measured in the same run. */
export const BUDGETS = {
  overviewJsGzipRatio: 1.4,
  embedJsGzipRatio: 1.15,
  overviewFirstChartRatio: 1.5,
  embedFirstChartRatio: 1.2,
  filterUpdate100kMedianMs: 50,
  filterUpdate100kP95Ms: 100,
  longTaskMaxMs: 200,
} as const;

/**
 * What CI enforces today (npm run bench:bytes): a ceiling just above the bytes measured after the six
 * languages (i18next, ~19 kB gzip on every page), offline support (~3 kB) and themes landed, which put both
 * pages over issue 8's targets above (overview 1.45x, embed 1.31x of the floor on 2026-11-28). The ceiling
 * stops any further growth from landing silently; the targets stay the goal, and `npm run bench` and
 * `bench:bytes` still report them. Lower these as the bytes come down; never raise them without a reason
 * in the commit.
 */
export const CI_BYTE_CEILINGS = {
  overviewJsGzipRatio: 1.47,
  embedJsGzipRatio: 1.33,
} as const;

export interface BudgetCheck {
  name: string;
  value: number;
  limit: number;
  holds: boolean;
}

export function checkBudget(name: string, value: number, limit: number): BudgetCheck {
  return { name, value, limit, holds: Number.isFinite(value) && value <= limit };
}
