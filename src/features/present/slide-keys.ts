/** Which slide a key shows in the slideshow (1-based), "leave" for Esc, or null for keys it ignores. */
export function slideForKey(key: string, number: number, count: number): number | "leave" | null {
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
    case "PageDown":
    case " ":
    case "n":
      return Math.min(number + 1, count);
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
    case "p":
      return Math.max(number - 1, 1);
    case "Home":
      return 1;
    case "End":
      return count;
    case "Escape":
      return "leave";
    default:
      return null;
  }
}
