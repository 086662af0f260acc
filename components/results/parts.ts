/**
 * The results page is drawn in this many parts, one frame after another
 * (useDrawnParts says why): the summary, the checklist, the incidents, the
 * exposed data, then the timeline and the rest. A module of its own so the
 * page's entry knows the count before the view's chunk has arrived.
 */
export const RESULTS_PARTS = 5;
