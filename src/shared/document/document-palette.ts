import { LIGHT_PALETTE } from "../../components/chart/chart-palette";

/** Documents are printed and read on white paper, whatever the app's theme. */
export const DOCUMENT_PALETTE = LIGHT_PALETTE;
