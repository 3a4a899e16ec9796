import type { SheetSpec } from "../../../src/workbook/sheetSpec";
import { sheetXml } from "../../../src/workbook/xlsx/sheetXml";

function spec(extra: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name: "Tabel 2.2",
    rows: Array.from({ length: 30 }, (_, r) => [{ content: { kind: "text", text: `baris ${r}` } }]),
    merges: [],
    columnWidths: [20],
    page: { orientation: "landscape", paper: "A4", fitToWidth: true },
    ...extra,
  };
}

describe("sheetXml page breaks", () => {
  test("each manual break is a <brk> after pageSetup, the page ending after that row", () => {
    const xml = sheetXml(spec({ rowBreaks: [12, 20] }), () => 0);
    expect(xml).toContain(
      '<rowBreaks count="2" manualBreakCount="2"><brk id="12" max="16383" man="1"/><brk id="20" max="16383" man="1"/></rowBreaks>'
    );
    // CT_Worksheet's order: pageMargins, pageSetup, then rowBreaks.
    expect(xml.indexOf("<pageSetup")).toBeLessThan(xml.indexOf("<rowBreaks"));
    expect(xml.indexOf("<rowBreaks")).toBeLessThan(xml.indexOf("</worksheet>"));
  });

  test("no breaks, no rowBreaks element", () => {
    expect(sheetXml(spec(), () => 0)).not.toContain("rowBreaks");
  });
});
