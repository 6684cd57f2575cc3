/**
 * Every number the master timeline animates; scene components read these each frame.
 * Kept apart from the schema so the app can use the list without bundling the validator.
 */
export const SCENE_KEYS = [
  'guideTip',
  'wireTip',
  'balloonCentre',
  'balloonInflation',
  'balloonDiameter',
  'balloonLength',
  'stentCentre',
  'stentExpansion',
  'stentVisible',
  'plaqueCompression',
  'dyeFront',
  'dyeOpacity',
  'xray',
  'flowRate',
  /** Body overview: how far the catheter has travelled from the entry point to the heart (0 to 1). */
  'routeProgress',
  /** Body overview: the wrist band or groin closure after the catheter is out (0 hidden, 1 on). */
  'siteClosure',
  /** Emergency variant: the blood clot blocking the artery (1 fully blocked, 0 gone). */
  'clot',
  /** Emergency variant: the balloon pump and pacing wire on show (0 hidden, 1 shown), from the step that explains them. */
  'equipment',
] as const;
export type SceneKey = (typeof SCENE_KEYS)[number];
