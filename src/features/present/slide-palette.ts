import { LIGHT_PALETTE } from "../../components/chart/chart-palette";

/** Slides are light whatever the app's theme: projectors wash out dark slides. */
export const SLIDE_PALETTE = LIGHT_PALETTE;
