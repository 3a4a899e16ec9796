/**
 * Renders every table of the bundled sample (2017) and of a SIPD-style workbook through
 * LibreOffice into docs/tables/, and writes docs/tables/README.md showing them page by page, so
 * that anyone can see what is printed. Usage: npm run docs:tables (needs soffice and pdftoppm).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderTablePngs, type RenderedSheet } from "./renderTablePngs";

const ROOT = join(__dirname, "..");
const OUT = join(ROOT, "docs", "tables");

const WORKBOOKS = [
  {
    prefix: "contoh-2017",
    input: "samples/contoh-dinsos-probolinggo.xlsx",
    tahun: 2017,
    title: "Contoh Dinas Sosial Kota Probolinggo, 2017 / The bundled sample, 2017",
  },
  {
    prefix: "sipd-2023",
    input: "tests/fixtures/agencies/dinkes-tanpa-arah-dengan-cascading.xlsx",
    tahun: 2023,
    title:
      "Dinas Kesehatan (SIPD: kode, sub kegiatan, cascading), 2023 / A SIPD-style workbook, 2023",
  },
  {
    prefix: "tw2-2024",
    input: "tests/fixtures/quarterly-sipd.xlsx",
    tahun: 2024,
    triwulan: 2 as const,
    title:
      "Pengukuran Kinerja TW II (realisasi per triwulan, Sifat), 2024 / Quarterly measurement, TW II 2024",
  },
  {
    prefix: "sipd-indikator-2023",
    input: "tests/fixtures/agencies/dinkes-sipd-cascading-indikator.xlsx",
    tahun: 2023,
    title:
      "Dinas Kesehatan (SIPD: sub kegiatan, angka sebagai teks, program per indikator), 2023 / A SIPD workbook with text amounts and programs linked to indicators, 2023",
  },
];

function section(title: string, input: string, rendered: RenderedSheet[]): string {
  const lines = [`## ${title}`, "", `Input: \`${input}\``, ""];
  for (const { sheet, files } of rendered) {
    lines.push(`### ${sheet}`, "");
    files.forEach((file, page) =>
      lines.push(`![${sheet}${files.length > 1 ? `, page ${page + 1}` : ""}](${file})`, "")
    );
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const name of readdirSync(OUT)) if (name.endsWith(".png")) rmSync(join(OUT, name));
  const sections: string[] = [];
  for (const workbook of WORKBOOKS) {
    const rendered = await renderTablePngs(
      join(ROOT, workbook.input),
      workbook.tahun,
      OUT,
      workbook.prefix,
      "triwulan" in workbook ? workbook.triwulan : undefined
    );
    sections.push(section(workbook.title, workbook.input, rendered));
    console.log(`${workbook.input}: ${rendered.length} sheets`);
  }
  writeFileSync(
    join(OUT, "README.md"),
    [
      "# Tabel LKjIP seperti tercetak / The LKjIP tables as printed",
      "",
      "Setiap lembar yang dibuat, dicetak lewat LibreOffice (A4, angka dalam format Indonesia) lalu",
      "diubah ke PNG per halaman. Dibuat ulang dengan `npm run docs:tables`.",
      "",
      "Every generated sheet, printed through LibreOffice (A4, numbers in the Indonesian format), one",
      "PNG per page. Made again with `npm run docs:tables`.",
      "",
      ...sections,
    ].join("\n")
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
