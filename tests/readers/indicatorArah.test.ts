import type { Finding } from "../../src/model/finding";
import { decideArah } from "../../src/readers/indicatorArah";
import { readWorkbook } from "../../src/readers/readWorkbook";
import { grid } from "./gridBuilder";

const context = { userWords: [], choices: {} };
const nameRef = { sheet: "IKU", address: "B2" };
const arahRef = { sheet: "IKU", address: "C2" };

describe("an Arah cell holding only a placeholder is an empty Arah", () => {
  test.each(["-", "–", "—", " - ", "--", "N/A", "n/a", "Tidak ada", "tidak  ada"])(
    "%j: the name decides, not turun",
    (text) => {
      const findings: Finding[] = [];
      const name = { text: "Angka Kematian Bayi", ref: nameRef };
      expect(decideArah(name, { text, ref: arahRef }, context, findings)).toEqual({
        arah: "turun",
        arahSource: "name",
        arahWord: "angka kematian",
      });
      expect(findings.map((finding) => [finding.code, finding.ref])).toEqual([
        ["finding.arahFromName", nameRef],
      ]);
    }
  );

  test("a placeholder on a name that says nothing is the default naik, not turun", () => {
    const findings: Finding[] = [];
    const name = { text: "Indeks Kepuasan Masyarakat", ref: nameRef };
    expect(decideArah(name, { text: "-", ref: arahRef }, context, findings)).toEqual({
      arah: "naik",
      arahSource: "default",
    });
    expect(findings).toEqual([]);
  });

  test("the user's choice in the pane applies to an indicator whose Arah is a placeholder", () => {
    const name = { text: "Indeks Kepuasan Masyarakat", ref: nameRef };
    const choices = { "Indeks Kepuasan Masyarakat": "turun" as const };
    expect(decideArah(name, { text: "—", ref: arahRef }, { userWords: [], choices }, [])).toEqual({
      arah: "turun",
      arahSource: "user",
    });
  });

  test("a sign followed by words is still read by its leading sign", () => {
    const name = { text: "Indeks Kepuasan Masyarakat", ref: nameRef };
    expect(decideArah(name, { text: "- (turun)", ref: arahRef }, context, []).arah).toBe("turun");
  });

  test("in a sheet: the default-naik Info counts the placeholder rows", () => {
    const sheet = grid("IKU", [
      ["Sasaran Strategis", "Indikator Kinerja", "Arah", "Target Tahun 2018", "Realisasi Th. 2018"],
      ["S1", "Indeks Kepuasan Masyarakat", "-", 80, 82],
      [null, "Persentase Dokumen Tepat Waktu", "n/a", 90, 95],
      [null, "Angka Kematian Ibu", "—", 100, 90],
      [null, "Jumlah Temuan BPK", "Naik", 3, 4],
    ]);
    const model = readWorkbook([sheet]);
    const indikator = model.indicators!.sasaran[0].indikator;
    expect(indikator.map((entry) => [entry.arah, entry.arahSource])).toEqual([
      ["naik", "default"],
      ["naik", "default"],
      ["turun", "name"],
      ["naik", "typed"],
    ]);
    const defaulted = model.findings.filter((finding) => finding.code === "finding.arahDefaulted");
    expect(defaulted.map((finding) => [finding.ref!.address, finding.params!.count])).toEqual([
      ["B2", 2],
    ]);
  });
});
