import { INPUT_LIMITS } from "../schema/input-limits";

/**
 * The first few notices, and how many more there are: a link with thousands of bad values gets one
 * line for the rest ("… and 59,990 more") instead of thousands of lines. An item may stand for several
 * (its `count`).
 */
export function capNotices<T extends { count?: number }>(
  items: readonly T[],
  max: number = INPUT_LIMITS.listedNotices,
): { shown: T[]; more: number } {
  const shown: T[] = [];
  let more = 0;
  for (const item of items) {
    if (shown.length < max && item.count === undefined) shown.push(item);
    else more += item.count ?? 1;
  }
  return { shown, more };
}
