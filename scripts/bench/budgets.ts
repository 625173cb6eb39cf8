/**
 * The performance budgets of issue 23; "ratio" budgets are multiples of the floor page measured in the
 * same run, "toShipped" the same click on the shipped data.
 */
export const BUDGETS = {
  landingFirstChartRatio: 1.0,
  filteredFirstChartRatio: 1.5,
  embedFirstChartRatio: 1.2,
  overviewJsGzipRatio: 1.4,
  embedJsGzipRatio: 1.25,
  click100kInpMedianMs: 50,
  click100kInpP95Ms: 100,
  click100kInpToShipped: 1.3,
  longTaskMaxMs: 200,
} as const;

/** What CI enforces with `npm run bench:bytes` (docs/decisions/001 and 018). */
export const CI_BYTE_CEILINGS = {
  overviewJsGzipRatio: 1.54,
  embedJsGzipRatio: 1.3,
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
