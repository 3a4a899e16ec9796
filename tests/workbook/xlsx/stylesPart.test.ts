import { StylesPart } from "../../../src/workbook/xlsx/stylesPart";

/** An xf entry: self-closing, or with its alignment inside. */
const XF = /<xf [^>]*\/>|<xf [^>]*>.*?<\/xf>/gs;

describe("StylesPart: the styles of the generated sheets appended to styles.xml", () => {
  test("an indented name is left-aligned with its indent level", () => {
    const styles = new StylesPart(null);
    const plain = styles.indexOf({ border: true });
    const indented = styles.indexOf({ border: true, indent: 2 });
    expect(indented).not.toBe(plain);
    const xfs = styles.toXml().match(/<cellXfs[^>]*>.*<\/cellXfs>/s)![0];
    const xf = xfs.match(XF)![indented];
    expect(xf).toContain('<alignment horizontal="left" indent="2"/>');
  });

  test("an explicit alignment is kept beside the indent", () => {
    const styles = new StylesPart(null);
    const index = styles.indexOf({ align: "right", indent: 1 });
    const xf = styles.toXml().match(XF)!;
    // cellStyleXfs' one entry comes first, then cellXfs.
    expect(xf[index + 1]).toContain('<alignment horizontal="right" indent="1"/>');
  });

  test("the same style asked again, as a new object, is the same entry", () => {
    const styles = new StylesPart(null);
    expect(styles.indexOf({ bold: true, indent: 1 })).toBe(
      styles.indexOf({ bold: true, indent: 1 })
    );
  });
});
