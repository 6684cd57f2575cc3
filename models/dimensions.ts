/**
 * True-scale dimensions of everything the scene shows, in millimetres.
 * Each value names the clinical fact it rests on (src/content/clinical-facts.json),
 * so a reviewer can check the picture against its source.
 *
 * Fixed device sizes (wire, catheters, struts) hold for every case. The artery's own sizes
 * and the balloons and stent chosen for it come from models/vessel.ts; the values here for
 * those are the default case's, a mid LAD.
 */

/** Healthy lumen diameter of a mid left anterior descending artery (fact: lumen-diameter). */
export const LUMEN_DIAMETER = 3.0;
export const LUMEN_RADIUS = LUMEN_DIAMETER / 2;

/** Coronary artery wall thickness, intima to adventitia (fact: wall-thickness). */
export const WALL_THICKNESS = 0.9;

/** The narrowing before treatment: 70% of the diameter is blocked (fact: stenosis-severity). */
export const STENOSIS_DIAMETER_FRACTION = 0.7;

/** How far the plaque reaches along the artery, tip to tip (fact: lesion-length). */
export const PLAQUE_LENGTH = 16;
/** Once squashed, the plaque pushes the wall out by this much at its thickest (fact: plaque-remodelling). */
export const PLAQUE_SQUASHED_THICKNESS = 0.35;

/** Guidewire: 0.014 inch (fact: guidewire-diameter). */
export const GUIDEWIRE_DIAMETER = 0.014 * 25.4;

/** Guide catheter: 6 French, 2.0 mm outside; its wall is about 0.1 mm (fact: guide-catheter-size). */
export const GUIDE_CATHETER_OUTER_DIAMETER = 2.0;
export const GUIDE_CATHETER_INNER_DIAMETER = 1.8;

/** Balloon catheter shaft just behind the balloon (fact: balloon-shaft). */
export const BALLOON_SHAFT_DIAMETER = 0.85;
/** A folded, deflated balloon (fact: balloon-shaft). */
export const BALLOON_FOLDED_DIAMETER = 0.8;
/** The balloon used first to open the narrowing (pre-dilation): 2.5 mm x 15 mm (fact: predilation-balloon). */
export const PREDILATION_BALLOON = { diameter: 2.5, length: 15 } as const;
/** The balloon that carries the stent; it expands the stent to the artery's size (fact: stent-size). */
export const STENT_BALLOON = { diameter: 3.0, length: 20 } as const;
/** Length of the cone at each end of a balloon. */
export const BALLOON_TAPER_LENGTH = 1.6;

/** Stent: 3.0 mm x 18 mm, metal struts about 0.08 mm thick (facts: stent-size, strut-thickness). */
export const STENT_DIAMETER = 3.0;
export const STENT_LENGTH = 18;
export const STENT_STRUT_THICKNESS = 0.081;
/** A stent crimped onto its balloon, before it is expanded (fact: stent-size). */
export const STENT_CRIMPED_DIAMETER = 1.1;

/**
 * Red blood cells are about 0.008 mm across: far too small to see at this scale.
 * They are drawn 40 times larger, as medical illustrations do (fact: red-cell-size).
 */
export const RED_CELL_TRUE_DIAMETER = 0.008;
export const RED_CELL_ILLUSTRATION_SCALE = 40;
export const RED_CELL_DIAMETER = RED_CELL_TRUE_DIAMETER * RED_CELL_ILLUSTRATION_SCALE;
