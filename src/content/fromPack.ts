/**
 * The text for `mapContentText` / `mapRiskText` from a pack's `content`: its words where it
 * has the key, else the English (the build refuses such packs; this is the last guard).
 */
export function fromPack(
  content: Readonly<Record<string, string>>,
): (key: string, english: string) => string {
  return (key, english) => (Object.hasOwn(content, key) ? (content[key] ?? english) : english);
}
