/**
 * The little XML the package writer needs: escaping, attributes of one start tag, and the elements
 * of a section, found by text. The writer edits only bookkeeping parts whose shape the OOXML
 * schema fixes (workbook.xml, its rels, [Content_Types].xml, styles.xml), never a user's part.
 */

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) =>
    char === "&" ? "&amp;" : char === "<" ? "&lt;" : char === ">" ? "&gt;" : "&quot;"
  );
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_all, entity: string) => {
    switch (entity) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(
          entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
        );
    }
  });
}

// The characters escapeCellText changes, and "_x".
const NEEDS_CELL_ESCAPE =
  // eslint-disable-next-line no-control-regex -- exactly the characters XML cannot carry
  /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|_x/;

/**
 * Cell text as OOXML stores it: characters XML 1.0 cannot carry become `_xHHHH_`, and text that
 * already looks like such an escape has its underscore escaped, so a reader gets the text back.
 */
export function escapeCellText(text: string): string {
  // Most report text has nothing to escape: one scan instead of four replaces.
  if (!NEEDS_CELL_ESCAPE.test(text)) return text;
  const safe = text
    .replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
    .replace(
      // eslint-disable-next-line no-control-regex -- exactly the characters XML cannot carry
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
      (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`
    )
    // A lone surrogate cannot be written as UTF-8.
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
  return escapeXml(safe);
}

/** Attributes of a start tag (`<sheet name="a" r:id="rId1"/>`), values unescaped. */
export function attributes(tag: string): Map<string, string> {
  const result = new Map<string, string>();
  const pattern = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  const start = tag.indexOf(" ");
  if (start < 0) return result;
  for (const match of tag.slice(start).matchAll(pattern)) {
    result.set(match[1], unescapeXml(match[3] ?? match[4] ?? ""));
  }
  return result;
}

/** A start tag from a name and attributes, in the given order. */
export function startTag(
  name: string,
  attrs: Iterable<[string, string]>,
  selfClosing = false
): string {
  let tag = `<${name}`;
  for (const [key, value] of attrs) tag += ` ${key}="${escapeXml(value)}"`;
  return `${tag}${selfClosing ? "/>" : ">"}`;
}

/** One element as found in a part: its whole text, start tag and inner text. */
export interface XmlElement {
  text: string;
  tag: string;
  inner: string;
}

/**
 * The `name` elements (not nested in themselves) of `xml`, in order: `<name …/>` or
 * `<name …>…</name>`. Enough for the flat lists of the bookkeeping parts.
 */
export function elements(xml: string, name: string): XmlElement[] {
  const pattern = new RegExp(`<${name}(?=[\\s/>])[^>]*?(?:/>|>([\\s\\S]*?)</${name}>)`, "g");
  const found: XmlElement[] = [];
  for (const match of xml.matchAll(pattern)) {
    const text = match[0];
    const tagEnd = text.indexOf(">") + 1;
    found.push({ text, tag: text.slice(0, tagEnd), inner: match[1] ?? "" });
  }
  return found;
}

/** Start and end offsets of the section `<name …>…</name>` (or `<name …/>`), or null. */
export function section(xml: string, name: string): { start: number; end: number } | null {
  const open = new RegExp(`<${name}(?=[\\s/>])[^>]*?(/?)>`).exec(xml);
  if (!open) return null;
  if (open[1] === "/") return { start: open.index, end: open.index + open[0].length };
  const close = xml.indexOf(`</${name}>`, open.index);
  if (close < 0) return null;
  return { start: open.index, end: close + name.length + 3 };
}
