/**
 * Colours that stay apart for the common colour blindnesses (Okabe and Ito's palette, without its
 * yellow, which is too light on white), each with its own dash pattern so that lines also stay
 * apart in greyscale.
 */
export const SERIES_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#56B4E9", "#E69F00", "#000000"] as const;
export const SERIES_DASHES = [[1, 0], [6, 3], [2, 2], [8, 3, 2, 3], [1, 0], [6, 3], [2, 2]] as const;
export const TARGET_COLOUR = "#444444";
export const SUPPRESSED_COLOUR = "#767676";
/** How many groups a chart draws; the others stay in its data table. */
export const MAX_SERIES = SERIES_COLOURS.length - 1;
