import { escapeCellText } from "../../../src/workbook/xlsx/xmlText";

describe("escapeCellText: cell text as OOXML stores it", () => {
  test.each([
    [
      "plain text is written as it is",
      "Program Pelayanan Administrasi Perkantoran",
      "Program Pelayanan Administrasi Perkantoran",
    ],
    ["XML's own characters", 'R&D <"baru"> 5 > 3', "R&amp;D &lt;&quot;baru&quot;&gt; 5 &gt; 3"],
    ["text that looks like an escape keeps its underscore", "kode_x0041_", "kode_x005F_x0041_"],
    ["an underscore alone is plain text", "SUB_KEGIATAN_1", "SUB_KEGIATAN_1"],
    ["characters XML cannot carry", "a\u0001b\u001Fc", "a_x0001_b_x001F_c"],
    ["tab and line breaks stay", "a\tb\nc\rd", "a\tb\nc\rd"],
    ["a lone surrogate becomes the replacement character", "a\uD800b\uDC00", "a\uFFFDb\uFFFD"],
    ["a surrogate pair stays", "Rp 😀", "Rp 😀"],
  ])("%s", (_why, text, xml) => {
    expect(escapeCellText(text)).toBe(xml);
  });
});
