/**
 * The landmark names the content may use instead of numbers, with an optional offset in mm,
 * e.g. "lesion-12" or "stentBalloonDiameter". The schema checks content against this pattern;
 * src/timeline/landmarks.ts turns a name into a number for one artery.
 */
export const LANDMARK_PATTERN =
  /^(entry|lesion|plaqueStart|plaqueEnd|end|predilationDiameter|predilationLength|stentBalloonDiameter|stentBalloonLength|predilationCompression)([+-]\d+(?:\.\d+)?)?$/;
