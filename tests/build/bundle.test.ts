import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { excelRound, formatPercent } from "../../src/core/rounding";

/**
 * The functions as Excel calls them: the built dist/functions.js runs in a sandbox whose only
 * globals are a fake `CustomFunctions` (recording `associate`) and `Office`, and the registered
 * handlers are called with the seed's figures. `npm test` builds first; alone, this builds the
 * functions bundle itself.
 */
const root = path.resolve(__dirname, "../..");
const bundlePath = path.join(root, "dist", "functions.js");

class FakeError extends Error {
  constructor(
    public code: string,
    message?: string
  ) {
    super(message);
  }
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

type Handler = (...args: unknown[]) => unknown;

function loadBundle(displayLanguage?: string): Map<string, Handler> {
  const registered = new Map<string, Handler>();
  const sandbox: Record<string, unknown> = {
    CustomFunctions: {
      associate: (id: string, fn: Handler) => registered.set(id, fn),
      Error: FakeError,
      ErrorCode,
    },
    console,
  };
  if (displayLanguage) sandbox.Office = { context: { displayLanguage } };
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(bundlePath, "utf8"), sandbox, { filename: bundlePath });
  return registered;
}

/** What the cell shows: the value, or the error code and its message (only #VALUE! and #N/A have one). */
function call(fns: Map<string, Handler>, id: string, ...args: unknown[]): unknown {
  try {
    return fns.get(id)!(...args);
  } catch (error) {
    if (error instanceof FakeError)
      return error.message ? `${error.code} ${error.message}` : error.code;
    throw error;
  }
}

beforeAll(() => {
  if (!fs.existsSync(bundlePath)) {
    execFileSync("npx", ["webpack", "--mode", "production", "--env", "only=functions,commands"], {
      cwd: root,
      stdio: "ignore",
    });
  }
}, 180_000);

describe("dist/functions.js registers the five functions", () => {
  test("with CustomFunctions.associate, under the ids of functions.json", () => {
    const fns = loadBundle();
    const metadata = JSON.parse(fs.readFileSync(path.join(root, "dist", "functions.json"), "utf8"));
    const ids = metadata.functions.map((f: { id: string }) => f.id).sort();
    expect([...fns.keys()].sort()).toEqual(ids);
    expect(ids).toEqual(["CAPAIAN", "EFISIENSI", "KEMAJUAN", "PREDIKAT", "SERAPAN"]);
  });
});

describe("seed figures through the registered functions", () => {
  const fns = loadBundle("id-ID");

  test.each<[string, unknown[], unknown]>([
    ["CAPAIAN", [89.63, 80], 89.63 / 80],
    ["CAPAIAN", [99.57, 60], 99.57 / 60],
    ["CAPAIAN", ["89,63%", "80%"], 0.8963 / 0.8],
    ["CAPAIAN", [0.8963, 0.8, null], 0.8963 / 0.8],
    ["CAPAIAN", [8, 10, "turun"], 1.2],
    ["CAPAIAN", [8, 10, "turun_rasio"], 1.25],
    ["SERAPAN", [3307232516, 4002524072], 3307232516 / 4002524072],
    ["SERAPAN", ["Rp 3.307.232.516", "Rp. 4.002.524.072,-"], 3307232516 / 4002524072],
    ["SERAPAN", [6268903009, 7095515222], 6268903009 / 7095515222],
    ["KEMAJUAN", [99.57, 85], 99.57 / 85],
    ["EFISIENSI", [1.6595, 0.8263], 0.8263 / 1.6595],
    ["EFISIENSI", [1.6595, 0.8263, "satu_minus"], 1 - 0.8263 / 1.6595],
    ["EFISIENSI", [1.6595, 0.8263, "selisih"], 1.6595 - 0.8263],
    ["EFISIENSI", [1.6595, 0.8263, "capaian_per_serapan"], 1.6595 / 0.8263],
    ["PREDIKAT", [89.63 / 80], "Sangat Baik"],
    ["PREDIKAT", [0.89], "Baik"],
    ["PREDIKAT", [0.6, [["LKJIP"]]], "Baik"],
    ["PREDIKAT", [0.9, [["PERMENDAGRI86"]]], "Tinggi"],
    ["PREDIKAT", [85, [["AKIP"]]], "A"],
    [
      "PREDIKAT",
      [
        0.7,
        [
          [">89%", "SB"],
          ["60%", "B"],
          [null, "K"],
        ],
      ],
      "B",
    ],
    [
      "PREDIKAT",
      [
        0.1,
        [
          [">89%", "SB"],
          ["60%", "B"],
          [null, "K"],
        ],
      ],
      "K",
    ],
  ])("%s(%j) = %p", (id, args, expected) => {
    expect(call(fns, id, ...args)).toBe(expected);
  });

  test.each<[string, unknown[], string]>([
    ["CAPAIAN", [89.63, 80], "112,04%"],
    ["CAPAIAN", [99.57, 60], "165,95%"],
    ["SERAPAN", [3307232516, 4002524072], "82,63%"],
    ["SERAPAN", [27895000, 28000000], "99,63%"],
    ["KEMAJUAN", [99.57, 85], "117,14%"],
    ["EFISIENSI", [1.6595, 0.8263], "49,79%"],
    ["EFISIENSI", [1.6595, 0.8263, "satu_minus"], "50,21%"],
    ["EFISIENSI", [1.6595, 0.8263, "selisih"], "83,32%"],
  ])("%s(%j) shows %s", (id, args, shown) => {
    expect(formatPercent(call(fns, id, ...args) as number)).toBe(shown);
  });

  test("capaian_per_serapan of the seed is 2,008", () => {
    const value = call(fns, "EFISIENSI", 1.6595, 0.8263, "capaian_per_serapan") as number;
    expect(excelRound(value, 3)).toBe(2.008);
  });
});

describe("errors are Excel errors; #VALUE! and #N/A with a message in the display language", () => {
  test.each<[string | undefined, string, unknown[], string]>([
    ["id-ID", "CAPAIAN", [5, 0], "#DIV/0!"],
    ["en-US", "CAPAIAN", [5, 0], "#DIV/0!"],
    [undefined, "CAPAIAN", [5, 0], "#DIV/0!"],
    ["id-ID", "CAPAIAN", [null, 80], "#N/A realisasi kosong: belum diisi."],
    ["en-GB", "CAPAIAN", [89.63, ""], "#N/A target is empty: not yet filled."],
    ["id-ID", "CAPAIAN", ["abc", 80], '#VALUE! realisasi: "abc" bukan angka.'],
    [
      "id-ID",
      "CAPAIAN",
      [1, 2, "naik turun"],
      '#VALUE! arah: "naik turun" tidak dikenal. Pilihan: naik, turun, turun_rasio.',
    ],
    ["id-ID", "CAPAIAN", [null, 2, "x"], "#N/A realisasi kosong: belum diisi."],
    ["id-ID", "SERAPAN", [1, 0], "#DIV/0!"],
    ["id-ID", "KEMAJUAN", [1, 0], "#DIV/0!"],
    ["en-US", "EFISIENSI", [0, 0.8], "#DIV/0!"],
    [
      "en-US",
      "EFISIENSI",
      [1, 0.8, "rasio"],
      '#VALUE! metode: "rasio" is not known. Choices: serapan_per_capaian, satu_minus, selisih, capaian_per_serapan.',
    ],
    [
      "en-US",
      "PREDIKAT",
      [0.5, [["SAKIP"]]],
      '#VALUE! skala: "SAKIP" is not known. Choices: LKJIP, PERMENDAGRI86, AKIP.',
    ],
    ["en-US", "PREDIKAT", [null], "#N/A nilai is empty: not yet filled."],
    [
      "id-ID",
      "PREDIKAT",
      [
        0.5,
        [
          [0.6, "B"],
          ["abc", "C"],
        ],
      ],
      "#VALUE! Skala: baris 2 harus berisi batas bawah (angka atau teks seperti 60%) dan label.",
    ],
  ])("%s: %s(%j) -> %s", (language, id, args, expected) => {
    expect(call(loadBundle(language), id, ...args)).toBe(expected);
  });
});
