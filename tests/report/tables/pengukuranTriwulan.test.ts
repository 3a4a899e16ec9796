import { formatPercent } from "../../../src/core/rounding";
import type { Triwulan } from "../../../src/model/quarters";
import { numericCellLookup } from "../../../src/pipeline";
import { readWorkbook } from "../../../src/readers/readWorkbook";
import { buildPengukuranTriwulan } from "../../../src/report/tables/pengukuranTriwulan";
import type { TableCell, TableRow } from "../../../src/report/tableSpec";
import { fixtureGrids } from "../../fixtures/loadFixture";
import { seedContext } from "../seedModel";
import { cellOf, specOf, valueOf } from "../specHelpers";

async function quarterlyContext(triwulan: Triwulan | undefined) {
  const grids = await fixtureGrids("quarterly-sipd.xlsx");
  const model = readWorkbook(grids, { tahun: 2024 });
  return seedContext(2024, { model, triwulan, isNumericCell: numericCellLookup(grids) });
}

function rowOf(rows: TableRow[], key: string, text: string): TableRow {
  const row = rows.find((candidate) => valueOf(cellOf(candidate, key)) === text);
  if (!row) throw new Error(`no row with ${key} "${text}"`);
  return row;
}

/** What Excel shows for a percent cell formatted 0.00% (id-ID): "50,00%". */
function shown(cell: TableCell): string {
  return formatPercent(valueOf(cell) as number, 2, "id");
}

function formulaOf(cell: TableCell): string {
  if (cell.kind !== "figure") throw new Error(`not a figure: ${JSON.stringify(cell)}`);
  return cell.formula;
}

describe("Pengukuran Kinerja TW II (quarterly-sipd.xlsx)", () => {
  test("the issue's three worked examples, to the digit Excel shows", async () => {
    const spec = specOf(buildPengukuranTriwulan(await quarterlyContext(2)));
    const { rows } = spec.blocks[0];
    const kumulatif = rowOf(rows, "indikator", "Jumlah PMKS yang mendapat bantuan sosial");
    expect(valueOf(cellOf(kumulatif, "realisasi"))).toBe(200);
    expect(formulaOf(cellOf(kumulatif, "realisasi"))).toBe(
      "=SUM('Indikator Triwulan'!K4,'Indikator Triwulan'!L4)"
    );
    expect(shown(cellOf(kumulatif, "capaian"))).toBe("50,00%");

    const akhir = rowOf(rows, "indikator", "Persentase PMKS yang terpenuhi kebutuhan dasarnya");
    expect(valueOf(cellOf(akhir, "realisasi"))).toBe(0.45);
    expect(formulaOf(cellOf(akhir, "realisasi"))).toBe("='Indikator Triwulan'!L5");
    expect(shown(cellOf(akhir, "capaian"))).toBe("56,25%");

    const sub = rowOf(rows, "program", "Penyusunan Dokumen Perencanaan Perangkat Daerah");
    expect(valueOf(cellOf(sub, "pagu"))).toBe(100_000_000);
    expect(valueOf(cellOf(sub, "realisasiAnggaran"))).toBe(40_500_000);
    expect(formulaOf(cellOf(sub, "realisasiAnggaran"))).toBe(
      "=SUM('Realisasi Triwulan 2024'!D6,'Realisasi Triwulan 2024'!E6)"
    );
    expect(shown(cellOf(sub, "serapan"))).toBe("40,50%");
  });

  test("against the target up to the quarter: Kumulatif adds the targets, Akhir periode takes TW II's", async () => {
    const { rows } = specOf(buildPengukuranTriwulan(await quarterlyContext(2))).blocks[0];
    const kumulatif = rowOf(rows, "indikator", "Jumlah PMKS yang mendapat bantuan sosial");
    expect(valueOf(cellOf(kumulatif, "targetTw"))).toBe(200);
    expect(shown(cellOf(kumulatif, "capaianTw"))).toBe("100,00%");
    expect(valueOf(cellOf(kumulatif, "predikat"))).toBe("Sangat Baik");
    const akhir = rowOf(rows, "indikator", "Persentase PMKS yang terpenuhi kebutuhan dasarnya");
    expect(valueOf(cellOf(akhir, "targetTw"))).toBe(0.4);
    expect(shown(cellOf(akhir, "capaianTw"))).toBe("112,50%");
    // Without quarterly targets the predikat comes from the annual capaian: 65,5/70 = 93,57%.
    const sakip = rowOf(rows, "indikator", "Nilai SAKIP Dinas Sosial");
    expect(cellOf(sakip, "targetTw").kind).toBe("empty");
    expect(shown(cellOf(sakip, "capaian"))).toBe("93,57%");
    expect(formulaOf(cellOf(sakip, "predikat"))).toContain("{capaian}");
  });

  test("Akhir periode keeps the latest filled quarter: at TW IV still TW II's 45%", async () => {
    const { rows } = specOf(buildPengukuranTriwulan(await quarterlyContext(4))).blocks[0];
    const akhir = rowOf(rows, "indikator", "Persentase PMKS yang terpenuhi kebutuhan dasarnya");
    expect(formulaOf(cellOf(akhir, "realisasi"))).toBe("='Indikator Triwulan'!L5");
  });

  test("at TW I only the first quarter counts", async () => {
    const { rows } = specOf(buildPengukuranTriwulan(await quarterlyContext(1))).blocks[0];
    const kumulatif = rowOf(rows, "indikator", "Jumlah PMKS yang mendapat bantuan sosial");
    expect(valueOf(cellOf(kumulatif, "realisasi"))).toBe(90);
    const sub = rowOf(rows, "program", "Penyusunan Dokumen Perencanaan Perangkat Daerah");
    expect(valueOf(cellOf(sub, "realisasiAnggaran"))).toBe(10_000_000);
    expect(shown(cellOf(sub, "serapan"))).toBe("10,00%");
  });

  test("JUMLAH: the programs' pagu and realisasi to TW II as SUM of their input cells", async () => {
    const { rows } = specOf(buildPengukuranTriwulan(await quarterlyContext(2))).blocks[0];
    const jumlah = rows[rows.length - 1];
    expect(valueOf(cellOf(jumlah, "program"))).toBe("JUMLAH");
    expect(valueOf(cellOf(jumlah, "pagu"))).toBe(1_050_000_000);
    // 140.500.000 + 325.250.000
    expect(valueOf(cellOf(jumlah, "realisasiAnggaran"))).toBe(465_750_000);
    expect(formulaOf(cellOf(jumlah, "realisasiAnggaran"))).toMatch(/^=SUM\(/);
    expect(shown(cellOf(jumlah, "serapan"))).toBe("44,36%");
  });

  test("programs sit beside their sasaran; the routine program closes the table", async () => {
    const spec = specOf(buildPengukuranTriwulan(await quarterlyContext(2)));
    const { rows } = spec.blocks[0];
    expect(spec.sheetName).toBe("Pengukuran Kinerja TW II");
    expect(spec.titleLines).toContain("TRIWULAN II TAHUN 2024");
    const first = rows[0];
    // The Matriks Renstra's name of the budget's "PROGRAM REHABILITASI SOSIAL", as in every table.
    expect(valueOf(cellOf(first, "program"))).toBe("Program Rehabilitasi Sosial");
    const pendukung = rowOf(rows, "sasaran", "Program pendukung");
    expect(valueOf(cellOf(pendukung, "program"))).toBe(
      "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
    );
  });

  test("no quarterly columns at all: skipped with the reason", async () => {
    const grids = await fixtureGrids("seed-cascading.xlsx");
    const model = readWorkbook(grids, { tahun: 2017 });
    const result = buildPengukuranTriwulan(
      seedContext(2017, { model, triwulan: 2, isNumericCell: numericCellLookup(grids) })
    );
    expect(result).toEqual({
      skip: { reasonKey: "report.skip.noQuarters", params: { triwulan: "II", tahun: 2017 } },
    });
  });
});
