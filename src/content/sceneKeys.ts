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
