import * as fs from "fs";
import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { localizeMetadata } from "../../src/functions/localizeMetadata";
import { hasMessage, translate } from "../../src/i18n/catalogue";

/**
 * The metadata Excel reads, in both languages: generated from the JSDoc of functions.ts exactly as
 * the build does, then localized. Ids, names, parameters and types must agree across languages;
 * only descriptions differ, and the English ones are the catalogue's.
 */
interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result?: unknown;
}

const root = path.resolve(__dirname, "../..");
const source = path.join(root, "src", "functions", "functions.ts");
let english: { functions: FunctionMetadata[] };
let indonesian: { functions: FunctionMetadata[] };
let englishJson: string;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata([source], true);
  expect(generated.errors).toEqual([]);
  englishJson = generated.metadataJson;
  english = JSON.parse(englishJson);
  indonesian = JSON.parse(localizeMetadata(englishJson, "id"));
}, 60_000);

const shape = (fn: FunctionMetadata) => ({
  id: fn.id,
  name: fn.name,
  result: fn.result,
  parameters: fn.parameters.map(({ description: _d, ...rest }) => rest),
});

test("the five functions, with their parameters", () => {
  expect(
    english.functions.map(
      (fn) =>
        `${fn.name}(${fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join("; ")})`
    )
  ).toEqual([
    "CAPAIAN(realisasi; target; [arah])",
    "EFISIENSI(capaian; serapan; [metode])",
    "PREDIKAT(nilai; [skala])",
    "SERAPAN(realisasi_anggaran; pagu)",
    "KEMAJUAN(realisasi; target_akhir_renstra; [arah])",
  ]);
});

test("every argument accepts text as typed in Indonesian sheets; skala accepts a range", () => {
  for (const fn of english.functions) {
    for (const parameter of fn.parameters) {
      expect(parameter.type).toBe("any");
      expect(parameter.dimensionality ?? "scalar").toBe(
        parameter.name === "skala" ? "matrix" : "scalar"
      );
    }
  }
  expect(english.functions.map((fn) => (fn.result as { type: string }).type)).toEqual([
    "number",
    "number",
    "string",
    "number",
    "number",
  ]);
});

test("ids, names, parameters and types agree across languages", () => {
  expect(indonesian.functions.map(shape)).toEqual(english.functions.map(shape));
});

test("every description has an Indonesian and an English text in the catalogue", () => {
  for (const fn of english.functions) {
    const keys = [
      `functions.meta.${fn.id}`,
      ...fn.parameters.map((p) => `functions.meta.${fn.id}.${p.name}`),
    ];
    for (const key of keys) expect(hasMessage(key) ? key : `missing ${key}`).toBe(key);
  }
});

test("the English JSDoc says what the catalogue says", () => {
  for (const fn of english.functions) {
    expect(fn.description).toBe(translate(`functions.meta.${fn.id}`, "en"));
    for (const p of fn.parameters) {
      expect(p.description).toBe(translate(`functions.meta.${fn.id}.${p.name}`, "en"));
    }
  }
});

test("the Indonesian metadata is in Indonesian", () => {
  const capaian = indonesian.functions.find((fn) => fn.id === "CAPAIAN")!;
  expect(capaian.description).toBe(
    "Capaian kinerja: realisasi dibandingkan target, sebagai pecahan (format sel sebagai %)."
  );
  for (const fn of indonesian.functions) {
    const en = english.functions.find((e) => e.id === fn.id)!;
    expect(fn.description).not.toBe(en.description);
    fn.parameters.forEach((p, i) => expect(p.description).not.toBe(en.parameters[i].description));
  }
});

test("function and parameter names follow Excel's naming rules", () => {
  for (const fn of [...english.functions, ...indonesian.functions]) {
    expect(fn.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
    expect(fn.name).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
    for (const p of fn.parameters) expect(p.name).toMatch(/^[a-z][a-z_]*$/);
  }
});

const dist = path.join(root, "dist");
const built =
  fs.existsSync(path.join(dist, "functions.json")) &&
  fs.existsSync(path.join(dist, "functions-id.json"));
(built || process.env.CI === "true" ? describe : describe.skip)(
  "dist/ (after npm run build)",
  () => {
    test("functions.json is the metadata of the JSDoc", () => {
      expect(JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8"))).toEqual(
        english
      );
    });
    test("functions-id.json is its Indonesian localization", () => {
      expect(JSON.parse(fs.readFileSync(path.join(dist, "functions-id.json"), "utf8"))).toEqual(
        indonesian
      );
    });
  }
);
