import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultOutput, main } from "../../src/cli/main";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { typeNoteInto } from "../fixtures/builders/userEdit";
import { CHOICES_KEY } from "../../src/taskpane/choices";
import { LKJIP_ADDIN_ID, withAddinSettings } from "../fixtures/builders/paneSettings";
import { FIXTURES } from "../fixtures/loadFixture";
import { seedInputWorkbook } from "../report/seedInputWorkbook";

function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) },
    out,
    err,
  };
}

describe("lkjip generate", () => {
  const dir = mkdtempSync(join(tmpdir(), "lkjip-cli-"));
  const input = join(dir, "contoh.xlsx");
  beforeAll(async () => {
    writeFileSync(input, new Uint8Array(await seedInputWorkbook().xlsx.writeBuffer()));
  });

  test("writes the tables, prints what was made and skipped, exits 0", async () => {
    const out = join(dir, "hasil.xlsx");
    const { io, out: lines } = capture();
    expect(
      await main(["generate", input, "--tahun", "2018", "--out", out, "--lang", "id"], io)
    ).toBe(0);
    const text = lines.join("\n");
    expect(text).toContain('Tabel 3.1.1 -> lembar "Tabel 3.1.1"');
    expect(text).toContain("Tabel 3.2: Tidak ada realisasi anggaran tahun 2018 (tersedia: 2017)");
    expect(text).toContain(`Ditulis: ${out}`);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    expect(written.getWorksheet("Tabel 3.1.1")).toBeDefined();
    expect(written.getWorksheet("Realisasi Anggaran 2017")).toBeDefined();
  });

  test("a generated sheet the user edited is kept under a new name, and the output says so", async () => {
    const first = join(dir, "pertama.xlsx");
    expect(await main(["generate", input, "--tahun", "2017", "--out", first], capture().io)).toBe(
      0
    );
    // The user types their analysis under Tabel 3.1.7.
    const bytes = await typeNoteInto(readFileSync(first), "Tabel 3.1.7", "Analisis: capaian naik");
    const edited = join(dir, "diedit.xlsx");
    writeFileSync(edited, bytes);

    const second = join(dir, "kedua.xlsx");
    const { io, out: lines } = capture();
    expect(
      await main(["generate", edited, "--tahun", "2017", "--out", second, "--lang", "en"], io)
    ).toBe(0);
    expect(lines.join("\n")).toContain(
      'You had edited sheet "Tabel 3.1.7" since it was generated, so it was not overwritten: it is kept as "Tabel 3.1.7 (diedit)"'
    );
    const port = await ExcelJsWorkbook.fromBuffer(readFileSync(second));
    const listed = await port.listSheets();
    expect(listed.find((sheet) => sheet.name === "Tabel 3.1.7 (diedit)")?.generated).toBe(false);
    expect(listed.find((sheet) => sheet.name === "Tabel 3.1.7")?.generated).toBe(true);
    const [kept, ringkasan] = await port.readSheets(["Tabel 3.1.7 (diedit)", "Ringkasan"]);
    expect(kept.cells.map((cell) => cell.value)).toContain("Analisis: capaian naik");
    expect(ringkasan.cells.map((cell) => cell.value).join(" ")).toContain("Tabel 3.1.7 (diedit)");
  });

  test("--json prints a machine-readable report", async () => {
    const { io, out } = capture();
    expect(
      await main(
        [
          "generate",
          input,
          "--tahun",
          "2017",
          "--out",
          join(dir, "j.xlsx"),
          "--json",
          "--lang",
          "en",
        ],
        io
      )
    ).toBe(0);
    const report = JSON.parse(out.join("\n"));
    expect(report.tahun).toBe(2017);
    expect(report.made).toHaveLength(10);
    expect(report.skipped[0]).toMatchObject({
      table: "Tabel 3.1.2",
      reason: "No indicator result for 2016 to compare with.",
    });
  });

  test.each([
    [["generate", "/nonexistent/x.xlsx"], 2, /Cannot read the workbook "\/nonexistent\/x.xlsx"/],
    [["generate", "NOT_AN_XLSX"], 2, /Cannot read the workbook ".*garbage.xlsx": /],
    [["generate", "IN", "--efisiensi", "fast"], 2, /Invalid value for --efisiensi/],
    [["generate", "IN", "--tahun", "2030"], 1, /No table could be made/],
  ])("%j exits %d with a clear message", async (argv, code, message) => {
    const garbage = join(dir, "garbage.xlsx");
    writeFileSync(garbage, "this is not a workbook");
    const args = (argv as string[]).map((arg) =>
      arg === "IN" ? input : arg === "NOT_AN_XLSX" ? garbage : arg
    );
    const { io, err } = capture();
    expect(await main([...args, "--out", join(dir, "e.xlsx"), "--lang", "en"], io)).toBe(code);
    expect(err.join("\n")).toMatch(message);
  });

  test("lkjip template writes the input template: Excel tables, the Arah list, read back as input", async () => {
    const out = join(dir, "sub", "template.xlsx");
    const { io, out: lines } = capture();
    const code = await main(["template", out, "--tahun", "2019", "--lang", "en"], io);
    expect(code).toBe(0);
    expect(lines.join("\n")).toContain(`Input template written: ${out}`);
    const template = new ExcelJS.Workbook();
    await template.xlsx.readFile(out);
    expect(template.worksheets.map((sheet) => sheet.name)).toEqual([
      "Realisasi Anggaran 2019",
      "Indikator Kinerja",
      "Matriks Renstra",
      "Kamus Arah",
      "Penandatangan",
    ]);
    const indicators = template.getWorksheet("Indikator Kinerja")!;
    expect(indicators.getTable("IndikatorKinerja")).toBeDefined();
    expect(indicators.getCell("E5").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"naik,turun"'],
    });
    expect(template.getWorksheet("Realisasi Anggaran 2019")!.getTables()).toHaveLength(1);
  });

  test("the output is never the input: same path, or a link to it; exit 2, input unchanged", async () => {
    const before = sha256(input);
    const link = join(dir, "pintasan.xlsx");
    symlinkSync(input, link);
    for (const out of [input, link, join(dir, ".", "contoh.xlsx")]) {
      const { io, err } = capture();
      expect(
        await main(["generate", input, "--tahun", "2017", "--out", out, "--lang", "en"], io)
      ).toBe(2);
      expect(err.join("\n")).toContain("is the input file itself");
      expect(err.join("\n")).toContain("Choose another name with --out");
    }
    expect(sha256(input)).toBe(before);
  });

  test("template refuses an existing file unless --force", async () => {
    const existing = join(dir, "punya-saya.xlsx");
    writeFileSync(existing, "buku kerja saya");
    const { io, err } = capture();
    expect(await main(["template", existing, "--lang", "en"], io)).toBe(2);
    expect(err.join("\n")).toContain("already exists");
    expect(readFileSync(existing, "utf8")).toBe("buku kerja saya");
    expect(await main(["template", existing, "--force"], capture().io)).toBe(0);
    expect(readFileSync(existing).subarray(0, 2).toString()).toBe("PK");
  });

  test("a file that is not a workbook: a message saying what to do, no library text, exit 2", async () => {
    const notes = join(dir, "catatan.xlsx");
    writeFileSync(notes, "No,Program,Pagu\n1,PROGRAM A,100\n");
    const { io, err } = capture();
    expect(await main(["generate", notes, "--lang", "id"], io)).toBe(2);
    expect(err.join("\n")).toBe(
      `Tidak dapat membaca buku kerja "${notes}": Berkas ini bukan buku kerja Excel. Pilih berkas .xlsx, atau buka berkas di Excel lalu simpan sebagai Excel Workbook (.xlsx).`
    );
    const debug = capture();
    expect(await main(["generate", join(dir, "tidak-ada.xlsx"), "--debug"], debug.io)).toBe(2);
    expect(debug.err.join("\n")).toMatch(/ENOENT/);
  });

  test("default output is out/<input-name>-lkjip.xlsx", () => {
    expect(defaultOutput("samples/contoh-dinsos-probolinggo.xlsx")).toBe(
      join("out", "contoh-dinsos-probolinggo-lkjip.xlsx")
    );
  });

  test("npx lkjip runs the package's own bin (tsx, no build)", () => {
    const out = join(dir, "npx.xlsx");
    const result = spawnSync(
      "npx",
      ["--no-install", "lkjip", "generate", input, "--tahun", "2017", "--out", out, "--lang", "en"],
      {
        cwd: join(__dirname, "..", ".."),
        encoding: "utf8",
        timeout: 60_000,
      }
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Tables made (10)");
    expect(existsSync(out)).toBe(true);
  });
});

describe("lkjip generate with the choices the pane saved in the workbook", () => {
  const dir = mkdtempSync(join(tmpdir(), "lkjip-cli-saved-"));
  const input = join(dir, "dinkes.xlsx");
  const choices = {
    scale: "AKIP",
    efisiensi: "selisih",
    mode: "values",
    arah: { "Angka Kematian Ibu": "turun_rasio" },
    renstra: "none",
    rincian: "program",
    namaProgram: "anggaran",
    attribution: {
      "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan":
        "Meningkatnya Mutu Pelayanan Kesehatan",
    },
    periode: "tahunan",
    penandatangan: {
      pihakPertama: { jabatan: "Kepala Dinas Kesehatan", nama: "dr. ANI WULANDARI, M.Kes." },
    },
    perjanjianKinerja: false,
  };
  beforeAll(async () => {
    const agency = readFileSync(join(FIXTURES, "agencies/dinkes-tanpa-arah-tanpa-cascading.xlsx"));
    const bytes = await withAddinSettings(new Uint8Array(agency), [
      { addinId: LKJIP_ADDIN_ID, settings: { [CHOICES_KEY]: JSON.stringify(choices) } },
    ]);
    writeFileSync(input, bytes);
  });

  async function ringkasanText(path: string): Promise<string> {
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(path);
    const lines: string[] = [];
    written.getWorksheet("Ringkasan")!.eachRow((row) => lines.push(String(row.values)));
    return lines.join("\n");
  }

  async function runJson(extra: string[]) {
    const out = join(dir, `${extra.join("") || "saved"}.xlsx`);
    const { io, out: lines } = capture();
    const code = await main(
      ["generate", input, "--out", out, "--json", "--lang", "en", ...extra],
      io
    );
    const report = JSON.parse(lines.join("\n")) as {
      savedChoices: unknown;
      findings: { code: string; ref?: { address: string }; params?: { name?: string } }[];
    };
    const byName = report.findings
      .filter((finding) => finding.code === "finding.arahFromName")
      .map((finding) => finding.params?.name);
    return { code, out, report, byName };
  }

  test("one line says so; the Arah, Renstra, scale, efisiensi and mode chosen apply", async () => {
    const out = join(dir, "hasil.xlsx");
    const { io, out: lines } = capture();
    expect(await main(["generate", input, "--out", out, "--lang", "id"], io)).toBe(0);
    expect(lines.filter((line) => line.includes("pilihan yang disimpan panel"))).toEqual([
      "Memakai pilihan yang disimpan panel di buku kerja ini (skala AKIP, efisiensi selisih, mode values, Arah 1 indikator, target Renstra); opsi baris perintah didahulukan.",
    ]);
    const ringkasan = await ringkasanText(out);
    expect(ringkasan).toContain("skala predikat AKIP");
    // The program set by hand in the pane, said so in the Ringkasan.
    expect(ringkasan).toMatch(
      /Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan,Meningkatnya Mutu Pelayanan Kesehatan,ditetapkan pengguna di panel/
    );
    expect(ringkasan).not.toContain("rumus Excel bawaan");
    expect(ringkasan).toContain(
      "Semua tabel memakai nama program seperti tertulis di lembar anggaran"
    );
    const { report, byName } = await runJson([]);
    expect(report.savedChoices).toEqual(choices);
    // Chosen in the pane: no longer decided by its name.
    expect(byName).not.toContain("Angka Kematian Ibu");
    expect(
      report.findings.filter((finding) => finding.code === "finding.renstraTargetByEvidence")
    ).toEqual([]);
  });

  test("the signer saved in the pane signs the tables; a --ttd-* flag wins field by field", async () => {
    const texts = async (path: string) => {
      const written = new ExcelJS.Workbook();
      await written.xlsx.readFile(path);
      const found: string[] = [];
      written.getWorksheet("Tabel 3.1.1")!.eachRow((row) => found.push(String(row.values)));
      return found.join("\n");
    };
    const saved = await runJson([]);
    expect(await texts(saved.out)).toContain("dr. ANI WULANDARI, M.Kes.");
    const typed = await runJson(["--ttd-nama", "dr. BUDI SANTOSO"]);
    const table = await texts(typed.out);
    expect(table).toContain("dr. BUDI SANTOSO");
    expect(table).not.toContain("ANI WULANDARI");
    expect(table).toContain("Kepala Dinas Kesehatan");
  });

  async function rowCount(path: string, sheet: string): Promise<number> {
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(path);
    return written.getWorksheet(sheet)!.actualRowCount;
  }

  test("the detail chosen in the pane (programs only) shapes Tabel 3.2 unless --rincian is typed", async () => {
    const saved = await runJson([]);
    const typed = await runJson(["--rincian", "kegiatan"]);
    expect(saved.code).toBe(0);
    expect(typed.code).toBe(0);
    expect(await rowCount(saved.out, "Tabel 3.2")).toBeLessThan(
      await rowCount(typed.out, "Tabel 3.2")
    );
  });

  test("an option typed on the command line wins over the saved one", async () => {
    const { code, out } = await runJson(["--skala", "LKJIP", "--mode", "formulas"]);
    expect(code).toBe(0);
    const ringkasan = await ringkasanText(out);
    expect(ringkasan).toContain("skala predikat LKJIP");
    expect(ringkasan).toContain("rumus Excel bawaan");
  });

  test("--ignore-saved-choices reads the workbook as if the pane had saved nothing", async () => {
    const { report, byName } = await runJson(["--ignore-saved-choices"]);
    expect(report.savedChoices).toBeNull();
    expect(byName).toContain("Angka Kematian Ibu");
    expect(report.findings.map((finding) => finding.code)).toContain(
      "finding.renstraTargetByEvidence"
    );
  });
});

describe("lkjip generate --triwulan", () => {
  const dir = mkdtempSync(join(tmpdir(), "lkjip-cli-tw-"));
  const input = join(FIXTURES, "quarterly-sipd.xlsx");

  test("adds Pengukuran Kinerja TW II beside the annual tables", async () => {
    const out = join(dir, "tw2.xlsx");
    const { io, out: lines } = capture();
    expect(
      await main(["generate", input, "--triwulan", "II", "--out", out, "--lang", "id"], io)
    ).toBe(0);
    expect(lines.join("\n")).toContain(
      'Pengukuran Kinerja Triwulan -> lembar "Pengukuran Kinerja TW II"'
    );
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    const sheet = written.getWorksheet("Pengukuran Kinerja TW II")!;
    expect(sheet.getCell("A2").value).toBe("TRIWULAN II TAHUN 2024");
    expect(written.getWorksheet("Tabel 3.2")).toBeDefined();
  });

  test("a quarter that does not exist is refused with the values allowed", async () => {
    const { io, err } = capture();
    expect(await main(["generate", input, "--triwulan", "5", "--lang", "en"], io)).not.toBe(0);
    expect(err.join("\n")).toMatch(/--triwulan.*5.*1, 2, 3, 4/);
  });

  test("without --triwulan, the period the pane saved applies", async () => {
    const bytes = await withAddinSettings(new Uint8Array(readFileSync(input)), [
      { addinId: LKJIP_ADDIN_ID, settings: { [CHOICES_KEY]: JSON.stringify({ periode: "tw1" }) } },
    ]);
    const saved = join(dir, "saved.xlsx");
    writeFileSync(saved, bytes);
    const out = join(dir, "tw1.xlsx");
    expect(await main(["generate", saved, "--out", out], capture().io)).toBe(0);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    expect(written.getWorksheet("Pengukuran Kinerja TW I")).toBeDefined();
  });
});
