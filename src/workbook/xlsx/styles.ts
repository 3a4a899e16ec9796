import { parseXml } from "./xmlStream";

/** Number format codes Excel does not write into styles.xml (ECMA-376 Part 1, 18.8.30). */
const BUILT_IN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** What the readers need of a cell style (the `s` index of a cell): its number format and bold. */
export interface CellStyle {
  format: string;
  bold: boolean;
}

const PLAIN: CellStyle = { format: "General", bold: false };

/** The cell styles (cellXfs) of xl/styles.xml, by index; a missing part or index reads as General. */
export function parseStyles(xml: string | null): (index: number) => CellStyle {
  if (xml === null) return () => PLAIN;
  const formats = new Map<number, string>();
  const boldFonts: boolean[] = [];
  const xfs: { numFmtId: number; fontId: number }[] = [];
  let section = "";
  parseXml(xml, {
    open(name, attributes) {
      if (name === "fonts" || name === "cellXfs" || name === "cellStyleXfs" || name === "numFmts") {
        section = name;
      } else if (name === "numFmt" && section === "numFmts") {
        formats.set(Number(attributes.numFmtId), attributes.formatCode ?? "General");
      } else if (name === "font" && section === "fonts") {
        boldFonts.push(false);
      } else if (name === "b" && section === "fonts" && boldFonts.length > 0) {
        boldFonts[boldFonts.length - 1] = attributes.val !== "0" && attributes.val !== "false";
      } else if (name === "xf" && section === "cellXfs") {
        xfs.push({
          numFmtId: Number(attributes.numFmtId ?? 0),
          fontId: Number(attributes.fontId ?? 0),
        });
      }
    },
    close(name) {
      if (name === section) section = "";
    },
  });
  const styles = xfs.map((xf) => ({
    format: formats.get(xf.numFmtId) ?? BUILT_IN_FORMATS[xf.numFmtId] ?? "General",
    bold: boldFonts[xf.fontId] === true,
  }));
  return (index) => styles[index] ?? PLAIN;
}
