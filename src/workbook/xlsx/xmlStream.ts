import { SaxesParser } from "saxes";
import { WorkbookReadError } from "../workbookReadError";

export interface XmlHandlers {
  /** An element opens; `name` without its namespace prefix ("x:c" -> "c"). */
  open?(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  /** Character data (entities resolved), possibly in several pieces. */
  text?(text: string): void;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Attribute names without their prefix, except r:id-style relationship ids which keep "r:". */
function plainAttributes(attributes: Record<string, string>): Record<string, string> {
  const plain: Record<string, string> = {};
  for (const key in attributes) {
    plain[key.startsWith("r:") ? key : localName(key)] = attributes[key];
  }
  return plain;
}

/**
 * A streaming XML reader (saxes) fed piece by piece, for the package's parts: memory is what the
 * handlers keep, not the size of the XML. Malformed XML becomes a WorkbookReadError ("damaged").
 */
export class XmlStream {
  private readonly parser = new SaxesParser({ xmlns: false, position: false });

  constructor(handlers: XmlHandlers) {
    const { open, close, text } = handlers;
    if (open)
      this.parser.on("opentag", (tag) =>
        open(localName(tag.name), plainAttributes(tag.attributes as Record<string, string>))
      );
    if (close) this.parser.on("closetag", (tag) => close(localName(tag.name)));
    if (text) {
      this.parser.on("text", text);
      this.parser.on("cdata", text);
    }
  }

  write(piece: string): void {
    this.guard(() => this.parser.write(piece));
  }

  close(): void {
    this.guard(() => this.parser.close());
  }

  /** Saxes throws at the first malformation (no error handler is set), and so do our handlers. */
  private guard(step: () => void): void {
    try {
      step();
    } catch (error) {
      if (error instanceof WorkbookReadError) throw error;
      throw new WorkbookReadError("read.error.damaged", {}, { cause: error });
    }
  }
}

/** Parses a whole XML text with the given handlers. */
export function parseXml(xml: string, handlers: XmlHandlers): void {
  const stream = new XmlStream(handlers);
  stream.write(xml);
  stream.close();
}
