import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import type { KeyValueBackend } from "../../src/taskpane/choices";
import { CHOICES_KEY, DEFAULT_CHOICES } from "../../src/taskpane/choices";
import { describeError, PaneError } from "../../src/taskpane/paneError";
import type { ProgressStep } from "../../src/taskpane/paneTypes";
import { createPanePipeline } from "../../src/taskpane/pipelineBridge";
import { typeNoteInto } from "../fixtures/builders/userEdit";
import { createWebActions, outputFileName } from "../../src/taskpane/webActions";
import { webWorkbookAdapter } from "../../src/taskpane/webWorkbook";
import { LKJIP_ADDIN_ID, withAddinSettings } from "../fixtures/builders/paneSettings";

const ROOT = join(__dirname, "..", "..");
const SAMPLE = join(ROOT, "samples", "contoh-dinsos-probolinggo.xlsx");

function memoryStorage(): KeyValueBackend & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get: (key) => data.get(key) ?? null,
    set: (key, value) => void data.set(key, value),
    persist: async () => undefined,
  };
}

function file(name: string, bytes: Uint8Array) {
  return {
    name,
    arrayBuffer: async () =>
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  };
}

function webActions() {
  const saved: { bytes: Uint8Array; fileName: string }[] = [];
  const actions = createWebActions({
    pipeline: createPanePipeline("id"),
    loadAdapter: async () => webWorkbookAdapter,
    saveFile: (bytes, fileName) => saved.push({ bytes, fileName }),
    language: "id",
    storage: memoryStorage(),
  });
  return { actions, saved };
}

describe("outputFileName: the result never overwrites the input", () => {
  it.each([
    ["Laporan 2017.xlsx", "Laporan 2017 - LKjIP.xlsx"],
    ["data.XLSX", "data - LKjIP.xlsx"],
    [".xlsx", "workbook - LKjIP.xlsx"],
  ])("%s -> %s", (input, output) => expect(outputFileName(input)).toBe(output));
});

describe("web tool over the sample workbook (ExcelJS in memory, the real pipeline)", () => {
  it("analyzes, generates for 2017 and offers the workbook with the tables", async () => {
    const { actions, saved } = webActions();
    await actions.openFile!(file("contoh.xlsx", readFileSync(SAMPLE)));
    const analysis = await actions.analyze({ budgetSheet: null, indicatorSheet: null, year: null });
    expect(analysis.budgetSheet).not.toBeNull();
    expect(analysis.indicatorSheet).not.toBeNull();
    expect(analysis.years).toEqual(expect.arrayContaining([2017, 2018]));
    expect(analysis.defaultYear).toBe(2018);
    expect(actions.download!()).toBeNull();

    const steps: ProgressStep[] = [];
    const outcome = await actions.generate(
      {
        selection: {
          budgetSheet: analysis.budgetSheet,
          indicatorSheet: analysis.indicatorSheet,
          year: 2017,
        },
        choices: DEFAULT_CHOICES,
      },
      (step) => steps.push(step)
    );
    expect(steps).toEqual(["reading", "reading", "building", "writing", "saving"]);
    expect(outcome.made.map((entry) => entry.table)).toEqual(
      expect.arrayContaining(["Ringkasan", "Tabel 3.1.6", "Tabel 3.2"])
    );

    const download = actions.download!();
    expect(download?.fileName).toBe("contoh - LKjIP.xlsx");
    download!.save();
    expect(saved).toHaveLength(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(saved[0].bytes) as unknown as ExcelJS.Buffer);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(outcome.made.map((entry) => entry.sheet)));
    const results: number[] = [];
    workbook.getWorksheet("Tabel 3.1.6")!.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as { result?: unknown } | null;
        if (value && typeof value === "object" && typeof value.result === "number")
          results.push(value.result);
      })
    );
    expect(results.some((value) => Math.round(value * 10000) === 4979)).toBe(true);
  });

  it("regenerating a downloaded workbook whose table the user edited says the edited sheet was kept", async () => {
    const request = {
      selection: { budgetSheet: null, indicatorSheet: null, year: 2017 },
      choices: DEFAULT_CHOICES,
    };
    const first = webActions();
    await first.actions.openFile!(file("contoh.xlsx", readFileSync(SAMPLE)));
    await first.actions.generate(request, () => undefined);
    first.actions.download!()!.save();
    const edited = await typeNoteInto(first.saved[0].bytes, "Tabel 3.1.7", "Catatan saya");

    const second = webActions();
    await second.actions.openFile!(file("contoh - LKjIP.xlsx", edited));
    const outcome = await second.actions.generate(request, () => undefined);
    expect(outcome.kept).toEqual([
      'Lembar "Tabel 3.1.7" telah Anda ubah sejak dibuat, jadi tidak ditimpa: disimpan sebagai "Tabel 3.1.7 (diedit)" dan tabel baru ditulis ke "Tabel 3.1.7".',
    ]);
    expect(outcome.made.map((entry) => entry.sheet)).toContain("Tabel 3.1.7");
  });

  it("the input template downloads as a workbook of the user's own sheets, which reads back", async () => {
    const { actions, saved } = webActions();
    const result = await actions.createTemplate(2017);
    expect(result.sheets).toEqual([
      "Realisasi Anggaran 2017",
      "Indikator Kinerja",
      "Matriks Renstra",
      "Kamus Arah",
      "Penandatangan",
    ]);
    expect(result.download?.fileName).toBe("Input LKjIP.xlsx");
    result.download!.save();
    const reopened = await webWorkbookAdapter.open(saved[0].bytes.slice().buffer as ArrayBuffer);
    expect(await reopened.listSheets()).toEqual(
      result.sheets.map((name) => ({ name, visibility: "visible", mark: null, generated: false }))
    );
    await actions.openFile!(file("Input LKjIP.xlsx", saved[0].bytes));
    const analysis = await actions.analyze({ budgetSheet: null, indicatorSheet: null, year: null });
    expect([analysis.budgetSheet, analysis.indicatorSheet, analysis.cascadingSheet]).toEqual(
      result.sheets.slice(0, 3)
    );
  });

  it("a file that is not an .xlsx is a PaneError told in the user's language", async () => {
    const { actions } = webActions();
    const error = await actions.openFile!(
      file("catatan.txt", new TextEncoder().encode("bukan xlsx"))
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaneError);
    expect(describeError(error, "id")).toBe(
      "catatan.txt: Berkas ini bukan buku kerja Excel. Pilih berkas .xlsx, atau buka berkas di Excel lalu simpan sebagai Excel Workbook (.xlsx)."
    );
    await expect(
      actions.analyze({ budgetSheet: null, indicatorSheet: null, year: null })
    ).rejects.toMatchObject({
      messageKey: "ui.error.noFile",
    });
  });

  it("an .xls is told to be saved as .xlsx; nothing stays open to be saved", async () => {
    const { actions, saved } = webActions();
    const xls = new Uint8Array(4096);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = await actions.openFile!(file("lama.xls", xls)).catch((e: unknown) => e);
    expect(describeError(error, "id")).toBe(
      "lama.xls: Berkas ini berformat Excel 97-2003 (.xls). Buka di Excel, lalu simpan sebagai Excel Workbook (.xlsx)."
    );
    expect(actions.download!()).toBeNull();
    expect(saved).toEqual([]);
  });

  it("a file over the size limit is refused before its bytes are read", async () => {
    const { actions } = webActions();
    let read = false;
    const huge = {
      name: "besar.xlsx",
      size: 5 * 1024 * 1024 * 1024,
      arrayBuffer: async () => {
        read = true;
        return new ArrayBuffer(0);
      },
    };
    const error = await actions.openFile!(huge).catch((e: unknown) => e);
    expect(describeError(error, "id")).toMatch(
      /^besar\.xlsx: Berkas ini melebihi ukuran yang didukung \(50 MB\)/
    );
    expect(read).toBe(false);
  });

  it("a broken workbook still analyzes, with its findings", async () => {
    const { actions } = webActions();
    await actions.openFile!(
      file("sum.xlsx", readFileSync(join(ROOT, "tests/fixtures/broken/sum-mismatch.xlsx")))
    );
    const analysis = await actions.analyze({ budgetSheet: null, indicatorSheet: null, year: null });
    expect(analysis.findings.map((finding) => finding.code)).toContain("finding.sumMismatch");
  });
});

describe("web tool: a workbook the pane was used on inside Excel brings its choices", () => {
  const choices = {
    scale: "PERMENDAGRI86",
    efisiensi: "satu_minus",
    mode: "functions",
    arah: { "Angka Kematian Ibu": "turun_rasio" },
    renstra: 2026,
    rincian: "sub_kegiatan",
    attribution: { "Program Pemenuhan Upaya Kesehatan": null },
    periode: "tw3",
    namaProgram: "anggaran",
    penandatangan: { pihakPertama: { nama: "dr. ANI WULANDARI, M.Kes." } },
    perjanjianKinerja: true,
  };

  it("opening it resolves to the saved choices, which the pane then shows and uses", async () => {
    const { actions } = webActions();
    const agency = readFileSync(
      join(ROOT, "tests/fixtures/agencies/dinkes-tanpa-arah-tanpa-cascading.xlsx")
    );
    const bytes = await withAddinSettings(new Uint8Array(agency), [
      { addinId: LKJIP_ADDIN_ID, settings: { [CHOICES_KEY]: JSON.stringify(choices) } },
    ]);
    expect(await actions.openFile!(file("dinkes.xlsx", bytes))).toEqual(choices);
  });

  it("a workbook without saved choices resolves to null: the pane keeps its own", async () => {
    const { actions } = webActions();
    expect(await actions.openFile!(file("contoh.xlsx", readFileSync(SAMPLE)))).toBeNull();
  });
});
