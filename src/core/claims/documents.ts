/** Numbers of the documents a text names: "Resolution 1889", "résolution 1325", "Directive No. 25", "Nghị quyết số 130". */
const DOCUMENT = /(?:resolution|résolution|directive|chỉ thị|nghị quyết|decree|décret|nghị định|unscr)\s+(?:no\.?\s*|n°\s*|số\s*)?(\d+)/giu;

export function documentNumbers(text: string): Set<string> {
  return new Set([...text.matchAll(DOCUMENT)].map((m) => m[1]!));
}
