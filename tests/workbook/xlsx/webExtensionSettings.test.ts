import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CHOICES_KEY, parseChoices } from "../../../src/taskpane/choices";
import { ExcelJsWorkbook } from "../../../src/workbook/exceljs/ExcelJsWorkbook";
import { XlsxPackage } from "../../../src/workbook/xlsx/xlsxPackage";
import { parseWebExtensionSettings } from "../../../src/workbook/xlsx/webExtensionSettings";
import { FIXTURES } from "../../fixtures/loadFixture";
import { LKJIP_ADDIN_ID, withAddinSettings } from "../../fixtures/builders/paneSettings";

const agency = () =>
  new Uint8Array(readFileSync(join(FIXTURES, "agencies/dinkes-tanpa-arah-tanpa-cascading.xlsx")));

const choices = {
  scale: "AKIP",
  efisiensi: "selisih",
  mode: "values",
  arah: { "Angka Kematian Ibu": "turun_rasio" },
  renstra: "none",
  rincian: "kegiatan",
  attribution: { "Program Pemenuhan Upaya Kesehatan": "Meningkatnya Derajat Kesehatan" },
  periode: "tw3",
  namaProgram: "anggaran",
  penandatangan: { pihakPertama: { nama: "dr. Ani Wulandari", nip: "19700101 199003 2 001" } },
  perjanjianKinerja: true,
};

describe("settings an add-in saved in the workbook, read from the package", () => {
  test("the pane's choices come back as the string it passed to settings.set; another add-in's part is passed over", async () => {
    const bytes = await withAddinSettings(agency(), [
      { addinId: "wa104381234", settings: { theme: "dark" } },
      { addinId: LKJIP_ADDIN_ID, settings: { [CHOICES_KEY]: JSON.stringify(choices) } },
    ]);
    const workbook = await ExcelJsWorkbook.fromBuffer(bytes);
    const saved = await workbook.savedSetting(CHOICES_KEY);
    expect(saved).toBe(JSON.stringify(choices));
    expect(parseChoices(saved)).toEqual(choices);
    // The sheets are read as before.
    expect((await workbook.listSheets()).map((sheet) => sheet.name)).toContain("Indikator Kinerja");
  });

  test("a workbook without settings, or with a damaged settings part, has none", async () => {
    expect(await (await XlsxPackage.open(agency())).savedSetting(CHOICES_KEY)).toBeUndefined();
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(
      await withAddinSettings(agency(), [
        { addinId: LKJIP_ADDIN_ID, settings: { [CHOICES_KEY]: JSON.stringify(choices) } },
      ])
    );
    zip.file("xl/webextensions/webextension1.xml", "<we:webextension><we:properties><we:prop");
    const damaged = await zip.generateAsync({ type: "uint8array" });
    const workbook = await XlsxPackage.open(damaged);
    expect(await workbook.savedSetting(CHOICES_KEY)).toBeUndefined();
    expect(workbook.sheets.map((sheet) => sheet.name)).toContain("Indikator Kinerja");
  });

  test("property values are JSON-decoded; a value that is not JSON is kept as text", () => {
    const xml =
      '<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11">' +
      '<we:properties><we:property name="n" value="42"/><we:property name="s" value="&quot;a&amp;b&quot;"/>' +
      '<we:property name="raw" value="plain"/></we:properties>' +
      '<we:bindings><we:binding id="x" type="matrix" appref="{1}"/></we:bindings></we:webextension>';
    expect([...parseWebExtensionSettings(xml)]).toEqual([
      ["n", 42],
      ["s", "a&b"],
      ["raw", "plain"],
    ]);
  });
});
