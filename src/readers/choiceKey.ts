/**
 * How a name the user chose something for in the pane (an indicator's Arah, a program's sasaran)
 * is matched again: case and spacing typed differently still match.
 */
export function choiceKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, " ").trim();
}
