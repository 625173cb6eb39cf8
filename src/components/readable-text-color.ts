function channel(value: number): number {
  const srgb = value / 255;
  return srgb <= 0.03928 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const value = Number.parseInt(hex.replace("#", ""), 16);
  return (
    0.2126 * channel((value >> 16) & 255) +
    0.7152 * channel((value >> 8) & 255) +
    0.0722 * channel(value & 255)
  );
}

const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/** The WCAG contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  return contrast(luminance(a), luminance(b));
}

/**
 * White or near-black, whichever reads better on the background (WCAG contrast ratio); pure black when
 * neither reaches 4.5:1 (SDG 5's red-orange takes 4.42 with near-black, 5.88 with black).
 */
export function readableTextColor(background: string): "#ffffff" | "#1b2330" | "#000000" {
  const bg = luminance(background);
  const onWhite = contrast(bg, 1);
  const onInk = contrast(bg, luminance("#1b2330"));
  if (Math.max(onWhite, onInk) < 4.5 && contrast(bg, 0) > Math.max(onWhite, onInk)) return "#000000";
  return onWhite >= onInk ? "#ffffff" : "#1b2330";
}
