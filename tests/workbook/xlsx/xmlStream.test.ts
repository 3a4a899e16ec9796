import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { WorkbookReadError } from "../../../src/workbook/workbookReadError";
import { XmlStream } from "../../../src/workbook/xlsx/xmlStream";

/**
 * XmlStream scans by tags for speed. saxes, a conforming XML parser, is the oracle: on every XML
 * part of every workbook in the repository and on hand-made documents, fed whole or in pieces cut
 * anywhere, both must give the same elements, attributes and text, and refuse the same documents.
 */

type Event = string;

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Events as one line each; adjacent text pieces joined (parsers may split text differently), and
 * whitespace outside the root left out (saxes reports it, no reader of ours looks at it).
 */
function collect(
  feed: (handlers: {
    open(name: string, attributes: Record<string, string>): void;
    close(name: string): void;
    text(text: string): void;
  }) => void
): Event[] {
  const events: Event[] = [];
  let text = "";
  let depth = 0;
  const flush = () => {
    if (text !== "") events.push(`text ${JSON.stringify(text)}`);
    text = "";
  };
  feed({
    open(name, attributes) {
      flush();
      depth++;
      const sorted = Object.keys(attributes)
        .sort()
        .map((key) => `${key}=${JSON.stringify(attributes[key])}`);
      events.push(`open ${name} ${sorted.join(" ")}`);
    },
    close(name) {
      flush();
      depth--;
      events.push(`close ${name}`);
    },
    text(piece) {
      if (depth > 0) text += piece;
    },
  });
  flush();
  return events;
}

function withSaxes(xml: string): Event[] {
  return collect((handlers) => {
    const parser = new SaxesParser({ xmlns: false, position: false });
    parser.on("opentag", (tag) => {
      const plain: Record<string, string> = {};
      const attributes = tag.attributes as Record<string, string>;
      for (const key in attributes)
        plain[key.startsWith("r:") ? key : localName(key)] = attributes[key];
      handlers.open(localName(tag.name), plain);
    });
    parser.on("closetag", (tag) => handlers.close(localName(tag.name)));
    parser.on("text", (text) => handlers.text(text));
    parser.on("cdata", (text) => handlers.text(text));
    parser.write(xml);
    parser.close();
  });
}

function withStream(xml: string, cuts: number[] = []): Event[] {
  return collect((handlers) => {
    const stream = new XmlStream(handlers);
    let at = 0;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      stream.write(xml.slice(at, cut));
      at = cut;
    }
    stream.write(xml.slice(at));
    stream.close();
  });
}

function workbooks(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return workbooks(path);
    return name.endsWith(".xlsx") ? [path] : [];
  });
}

const WELL_FORMED: [string, string][] = [
  [
    "declaration, namespaces, self-closing",
    '<?xml version="1.0"?>\n<x:a xmlns:x="u"><x:b r:id="rId1" x:c=\'1\'/></x:a>',
  ],
  [
    "entities and character references",
    '<a t="&lt;&amp;&quot;&apos;&#65;&#x263A;">&lt;b&gt; &amp; &#x1F600; &#10;</a>',
  ],
  ["'>' and the other quote inside values", "<a b=\"x>y 'q'\" c='1>2 \"q\"'>t</a>"],
  ["line ends and tabs in values become spaces", '<a b="1\r\n2\n3\t4\r5"/>'],
  ["CR LF and CR in text become LF", "<a>1\r\n2\r3</a>"],
  ["CDATA, comments, instructions", "<a><![CDATA[<x>&amp;]]><!-- <c> --><?pi x?>t</a>"],
  ["a DOCTYPE without declarations", '<!DOCTYPE a><a b="1"> x </a>'],
  ["whitespace around the root and in tags", ' \n<a\n  b = "1"\n></a >\n'],
  ["a byte order mark", "\uFEFF<a/>"],
  ["spaces preserved", '<t xml:space="preserve">  two  spaces  </t>'],
];

const MALFORMED: [string, string][] = [
  ["a close tag that does not match", "<a><b></a></b>"],
  ["an unclosed element", "<a><b></b>"],
  ["an undefined entity", "<a>&nbsp;</a>"],
  ["a bare ampersand", "<a>fish & chips</a>"],
  ["'<' in an attribute value", '<a b="<"/>'],
  ["a repeated attribute", '<a b="1" b="2"/>'],
  ["text outside the root", "<a/>text"],
  ["a second root", "<a/><b/>"],
  ["an unquoted attribute", "<a b=1/>"],
  ["a part cut inside a tag", '<a><b c="1'],
  ["no root at all", "   "],
  ["a character reference XML forbids", "<a>&#0;</a>"],
];

describe("XmlStream reads as a conforming XML parser does", () => {
  test.each(WELL_FORMED)("%s", (_label, xml) => {
    expect(withStream(xml)).toEqual(withSaxes(xml));
  });

  test.each(WELL_FORMED)("%s, fed one character at a time", (_label, xml) => {
    const cuts = Array.from({ length: xml.length }, (_, i) => i);
    expect(withStream(xml, cuts)).toEqual(withSaxes(xml));
  });

  test.each(MALFORMED)("refuses %s as a damaged part, as saxes does", (_label, xml) => {
    expect(() => withSaxes(xml)).toThrow();
    let error: unknown;
    try {
      withStream(xml);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).messageKey).toBe("read.error.damaged");
  });

  test("a tag or text longer than any workbook writes is refused, not rescanned forever", () => {
    const stream = new XmlStream({});
    stream.write("<a>");
    const piece = "x".repeat(64 * 1024);
    expect(() => {
      for (let i = 0; i < 100; i++) stream.write(piece);
    }).toThrow(WorkbookReadError);
  });

  test("every XML part of every workbook in the repository, whole and cut anywhere", async () => {
    const files = [...workbooks("tests/fixtures"), ...workbooks("samples")];
    expect(files.length).toBeGreaterThan(10);
    let parts = 0;
    for (const file of files) {
      const zip = await JSZip.loadAsync(readFileSync(file));
      for (const entry of Object.values(zip.files)) {
        if (entry.dir || !/\.(xml|rels)$/.test(entry.name)) continue;
        const xml = await entry.async("string");
        const expected = withSaxes(xml);
        expect(withStream(xml)).toEqual(expected);
        const cuts = fc.sample(fc.integer({ min: 0, max: xml.length }), { numRuns: 8, seed: 7 });
        expect(withStream(xml, cuts)).toEqual(expected);
        parts++;
      }
    }
    expect(parts).toBeGreaterThan(100);
  }, 120_000);

  test("generated documents, cut anywhere", () => {
    const name = fc.constantFrom("a", "x:b", "c1", "r:d");
    const text = fc.string({
      unit: fc.constantFrom("a", " ", "\n", "\r", "&amp;", "&lt;", ">", "'", '"', "é", "&#x20AC;"),
    });
    const value = fc.string({
      unit: fc.constantFrom("a", " ", "\t", "\n", ">", "&quot;", "&#10;", "'"),
    });
    const element: fc.Memo<string> = fc.memo((depth) =>
      fc
        .tuple(
          name,
          fc.uniqueArray(fc.constantFrom("p", "q:r", "s"), { maxLength: 3 }),
          value,
          fc.array(depth <= 1 ? text : fc.oneof(text, element(depth - 1)), { maxLength: 3 })
        )
        .map(([tag, keys, v, children]) => {
          const attributes = keys.map((key) => ` ${key}="${v}"`).join("");
          return children.length === 0
            ? `<${tag}${attributes}/>`
            : `<${tag}${attributes}>${children.join("")}</${tag}>`;
        })
    );
    fc.assert(
      fc.property(element(3), fc.array(fc.nat(), { maxLength: 6 }), (xml, raw) => {
        const cuts = raw.map((n) => n % (xml.length + 1));
        expect(withStream(xml, cuts)).toEqual(withSaxes(xml));
      }),
      { numRuns: 300, seed: 11 }
    );
  });
});
