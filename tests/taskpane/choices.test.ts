import {
  CHOICES_KEY,
  DEFAULT_CHOICES,
  EFISIENSI_CHOICES,
  loadChoices,
  localStorageBackend,
  parseChoices,
  saveChoices,
  savedChoices,
  SCALE_CHOICES,
} from "../../src/taskpane/choices";
import { EFISIENSI_METHOD_NAMES, SCALE_NAMES } from "../../src/core";

describe("parseChoices: whatever is stored, the pane gets valid choices", () => {
  it.each([
    [null, DEFAULT_CHOICES],
    [undefined, DEFAULT_CHOICES],
    ["", DEFAULT_CHOICES],
    ["{not json", DEFAULT_CHOICES],
    ["42", DEFAULT_CHOICES],
    ['{"scale":"AKIP"}', { ...DEFAULT_CHOICES, scale: "AKIP" }],
    ['{"scale":"akip"}', DEFAULT_CHOICES],
    [
      '{"scale":"PERMENDAGRI86","efisiensi":"selisih","mode":"values"}',
      { ...DEFAULT_CHOICES, scale: "PERMENDAGRI86", efisiensi: "selisih", mode: "values" },
    ],
    [
      '{"efisiensi":"capaian_per_serapan","mode":"functions"}',
      { ...DEFAULT_CHOICES, efisiensi: "capaian_per_serapan", mode: "functions" },
    ],
    ['{"mode":"pdf","efisiensi":7}', DEFAULT_CHOICES],
    [
      '{"arah":{"Angka Kematian Ibu":"turun","Rasio":"ke atas","X":1},"renstra":2026}',
      { ...DEFAULT_CHOICES, arah: { "Angka Kematian Ibu": "turun" }, renstra: 2026 },
    ],
    ['{"arah":["turun"],"renstra":"none"}', { ...DEFAULT_CHOICES, renstra: "none" }],
    ['{"renstra":"2026"}', DEFAULT_CHOICES],
    ['{"rincian":"kegiatan"}', { ...DEFAULT_CHOICES, rincian: "kegiatan" }],
    ['{"rincian":"semua"}', DEFAULT_CHOICES],
    ['{"periode":"tw3"}', { ...DEFAULT_CHOICES, periode: "tw3" }],
    ['{"periode":"tw5"}', DEFAULT_CHOICES],
    // Signers: text fields only, blank ones dropped; the agreement only when saved as true.
    [
      '{"penandatangan":{"pihakPertama":{"nama":" Drs. Zainullah ","nip":19630811,"jabatan":""},"x":{"nama":"?"}},"perjanjianKinerja":"ya"}',
      { ...DEFAULT_CHOICES, penandatangan: { pihakPertama: { nama: "Drs. Zainullah" } } },
    ],
    [
      '{"penandatangan":["Drs."],"perjanjianKinerja":true}',
      { ...DEFAULT_CHOICES, perjanjianKinerja: true },
    ],
    [
      { scale: "AKIP", mode: "values" },
      { ...DEFAULT_CHOICES, scale: "AKIP", mode: "values" },
    ],
  ])("%p -> %p", (stored, expected) => expect(parseChoices(stored)).toEqual(expected));

  it("defaults are the seed's: LKjIP scale, serapan/capaian, native formulas", () => {
    expect(DEFAULT_CHOICES).toEqual({
      scale: "LKJIP",
      efisiensi: "serapan_per_capaian",
      mode: "formulas",
      arah: {},
      renstra: "auto",
      rincian: "auto",
      attribution: {},
      periode: "tahunan",
      namaProgram: "renstra",
      // Nobody signs and no Perjanjian Kinerja until asked.
      penandatangan: {},
      perjanjianKinerja: false,
    });
  });

  it("offers exactly the core's scales and efisiensi methods", () => {
    expect(SCALE_CHOICES).toEqual(SCALE_NAMES);
    expect(EFISIENSI_CHOICES).toEqual(EFISIENSI_METHOD_NAMES);
  });
});

describe("localStorage backend (web tool)", () => {
  function fakeStorage(): Storage {
    const data = new Map<string, string>();
    return {
      getItem: (key: string) => data.get(key) ?? null,
      setItem: (key: string, value: string) => void data.set(key, value),
      removeItem: (key: string) => void data.delete(key),
      clear: () => data.clear(),
      key: () => null,
      get length() {
        return data.size;
      },
    };
  }

  it("round-trips the choices", async () => {
    const backend = localStorageBackend(fakeStorage());
    expect(loadChoices(backend)).toEqual(DEFAULT_CHOICES);
    const choices = {
      scale: "AKIP",
      efisiensi: "satu_minus",
      mode: "values",
      arah: { "Angka Kematian Ibu": "turun" },
      renstra: 2026,
      rincian: "sub_kegiatan",
      attribution: { "Program Pelayanan Kesehatan": null },
      periode: "tw2",
      namaProgram: "anggaran",
      penandatangan: { pihakPertama: { nama: "dr. Ani", nip: "19700101 199003 2 001" } },
      perjanjianKinerja: true,
    } as const;
    await saveChoices(backend, {
      ...choices,
      arah: { ...choices.arah },
      attribution: { ...choices.attribution },
      penandatangan: { pihakPertama: { ...choices.penandatangan.pihakPertama } },
    });
    expect(backend.get(CHOICES_KEY)).toBe(
      '{"scale":"AKIP","efisiensi":"satu_minus","mode":"values","arah":{"Angka Kematian Ibu":"turun"},"renstra":2026,"rincian":"sub_kegiatan","attribution":{"Program Pelayanan Kesehatan":null},"periode":"tw2","namaProgram":"anggaran","penandatangan":{"pihakPertama":{"nama":"dr. Ani","nip":"19700101 199003 2 001"}},"perjanjianKinerja":true}'
    );
    expect(loadChoices(backend)).toEqual(choices);
  });

  it("a browser without storage, or one that refuses reading it, starts from the defaults", () => {
    expect(loadChoices(localStorageBackend(undefined))).toEqual(DEFAULT_CHOICES);
    const refusing = {
      ...fakeStorage(),
      getItem: () => {
        throw new Error("SecurityError");
      },
    } as Storage;
    expect(loadChoices(localStorageBackend(refusing))).toEqual(DEFAULT_CHOICES);
  });

  it("a refused write is reported, not swallowed", async () => {
    const full = {
      ...fakeStorage(),
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    } as Storage;
    await expect(saveChoices(localStorageBackend(full), DEFAULT_CHOICES)).rejects.toThrow(
      "QuotaExceededError"
    );
  });
});

describe("savedChoices: what the pane saved in a workbook", () => {
  test("nothing saved is null, so the defaults and flags apply and nothing is announced", () => {
    expect(savedChoices(undefined)).toBeNull();
    expect(savedChoices(null)).toBeNull();
  });

  test("a saved string is parsed like the pane's own store", () => {
    const stored = JSON.stringify({ scale: "AKIP", arah: { AKI: "turun" }, renstra: 2026 });
    expect(savedChoices(stored)).toEqual({ ...DEFAULT_CHOICES, ...JSON.parse(stored) });
  });
});

describe("attribution choices: program -> sasaran name, or null for program pendukung", () => {
  test("kept when a name or null, dropped otherwise", () => {
    const stored = JSON.stringify({
      attribution: {
        "Program A": "Sasaran 1",
        "Program B": null,
        "Program C": 3,
        "Program D": " ",
      },
    });
    expect(parseChoices(stored).attribution).toEqual({
      "Program A": "Sasaran 1",
      "Program B": null,
    });
    expect(parseChoices(JSON.stringify({ attribution: ["x"] })).attribution).toEqual({});
  });
});
