/** The performance budgets; "ratio" budgets are multiples of the floor page measured in the same run. */
export const BUDGETS = {
  overviewJsGzipRatio: 1.4,
  embedJsGzipRatio: 1.25,
  overviewFirstChartRatio: 1.5,
  embedFirstChartRatio: 1.2,
  filterUpdate100kMedianMs: 50,
  filterUpdate100kP95Ms: 100,
  longTaskMaxMs: 200,
} as const;

/** What CI enforces with `npm run bench:bytes` (docs/decisions/001, 002 and 007). */
export const CI_BYTE_CEILINGS = {
  overviewJsGzipRatio: 1.56,
  embedJsGzipRatio: 1.39,
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
