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
] as const;
export type SceneKey = (typeof SCENE_KEYS)[number];

/** Keys measured in millimetres along the artery, which may name a landmark instead of a number. */
export const POSITION_KEYS = [
  'guideTip',
  'wireTip',
  'balloonCentre',
  'stentCentre',
  'dyeFront',
] as const;
