/**
 * Builds the fixture workbooks of tests/fixtures (and the bundled sample of `npm run demo`) from
 * the seed's budget table, tests/fixtures/realisasi-anggaran-2017.tsv. Run after changing a
 * recipe: npx tsx scripts/buildFixtures.ts
 */
import ExcelJS from "exceljs";
import { mkdirSync } from "fs";
import { join } from "path";
import { AGENCY_FIXTURES } from "../tests/fixtures/builders/agencyFixtures";
import { BROKEN_FIXTURES } from "../tests/fixtures/builders/brokenFixtures";
import {
  GOOD_FIXTURES,
  SAMPLE_WORKBOOK,
  type FixtureRecipe,
} from "../tests/fixtures/builders/goodFixtures";

const ROOT = join(__dirname, "..");

async function write(recipe: FixtureRecipe, folder: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  // Fixed dates keep rebuilt files stable apart from the zip's own timestamps.
  workbook.created = new Date(Date.UTC(2018, 0, 31));
  workbook.modified = workbook.created;
  recipe.build(workbook);
  mkdirSync(folder, { recursive: true });
  await workbook.xlsx.writeFile(join(folder, recipe.file));
}

async function main(): Promise<void> {
  const fixtures = join(ROOT, "tests", "fixtures");
  for (const recipe of GOOD_FIXTURES) await write(recipe, fixtures);
  for (const recipe of BROKEN_FIXTURES) await write(recipe, join(fixtures, "broken"));
  for (const recipe of AGENCY_FIXTURES) await write(recipe, join(fixtures, "agencies"));
  await write(SAMPLE_WORKBOOK, join(ROOT, "samples"));
  console.log(
    `Wrote ${GOOD_FIXTURES.length} fixtures, ${BROKEN_FIXTURES.length} broken fixtures, ${AGENCY_FIXTURES.length} agency fixtures and samples/${SAMPLE_WORKBOOK.file}`
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
