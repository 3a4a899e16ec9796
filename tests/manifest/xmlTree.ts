import { SaxesParser } from "saxes";

/** A parsed XML element: local name (prefix dropped), attributes by qualified name, children in order. */
export interface XmlElement {
  name: string;
  prefix: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses strictly (saxes throws on any well-formedness or namespace error). */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) {
      attributes[name] = typeof attribute === "string" ? attribute : attribute.value;
    }
    const element: XmlElement = {
      name: tag.local ?? tag.name,
      prefix: tag.prefix ?? "",
      attributes,
      children: [],
      text: "",
    };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("text", (text) => {
    if (stack.length > 0) stack[stack.length - 1].text += text;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (!root) throw new Error("No root element");
  return root;
}

export function* walk(element: XmlElement): Generator<XmlElement> {
  yield element;
  for (const child of element.children) yield* walk(child);
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

/** Follows a path of child names; throws with the path when a step is missing. */
export function at(element: XmlElement, ...path: string[]): XmlElement {
  let current = element;
  for (const name of path) {
    const next = child(current, name);
    if (!next) throw new Error(`No <${name}> under <${current.name}> (path ${path.join("/")})`);
    current = next;
  }
  return current;
}
