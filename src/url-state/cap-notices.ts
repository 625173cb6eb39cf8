import { INPUT_LIMITS } from "../schema/input-limits";

/**
 * The first few notices, and how many more there are: a link with thousands of bad values gets one
 * line for the rest ("… and 59,990 more") instead of thousands of lines. An item may stand for several
 * (its `count`).
 */
export function capNotices<T>(
  items: readonly T[],
  max: number = INPUT_LIMITS.listedNotices,
): { shown: T[]; more: number } {
  const shown: T[] = [];
  let more = 0;
  for (const item of items) {
    const count = (item as { count?: number }).count;
    if (shown.length < max && count === undefined) shown.push(item);
    else more += count ?? 1;
  }
  return { shown, more };
}
