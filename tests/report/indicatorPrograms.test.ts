import type { Attribution } from "../../src/model/indicators";
import { programsByIndicator } from "../../src/report/indicatorPrograms";
import { seedContext, seedIndikator, seedModel } from "./seedModel";

function model(served: (index: number) => number[] | undefined) {
  const result = seedModel();
  result.indicators!.sasaran[0].indikator = [seedIndikator(), seedIndikator({ row: 6 })];
  result.attributions = result.attributions.map((attribution, index): Attribution => {
    const indikatorIndexes = served(index);
    return indikatorIndexes ? { ...attribution, indikatorIndexes } : attribution;
  });
  return result;
}

const names = (lines: { number?: string }[]) => lines.map((line) => line.number);

describe("programs per indicator", () => {
  test("linked to the sasaran only: every indicator of it gets all its programs", () => {
    const programs = programsByIndicator(seedContext(2017, { model: model(() => undefined) }));
    expect(programs.perIndikator.get(0)!.map(names)).toEqual([
      ["5", "6", "7", "8", "9"],
      ["5", "6", "7", "8", "9"],
    ]);
    expect(programs.byIndikator.size).toBe(0);
    expect(names(programs.pendukung)).toEqual(["1", "2", "3", "4"]);
  });

  test("linked to indicators: each gets its own, plus those linked to the sasaran as a whole", () => {
    const served = (index: number) =>
      index === 4 ? [0] : index === 5 ? [1] : index === 6 ? [0, 1] : undefined;
    const programs = programsByIndicator(seedContext(2017, { model: model(served) }));
    expect(programs.perIndikator.get(0)!.map(names)).toEqual([
      ["5", "7", "8", "9"],
      ["6", "7", "8", "9"],
    ]);
    expect(names(programs.perSasaran.get(0)!)).toEqual(["5", "6", "7", "8", "9"]);
    expect([...programs.byIndikator]).toEqual([0]);
  });

  test("an indicator index the sasaran no longer has falls back to the whole sasaran", () => {
    const programs = programsByIndicator(
      seedContext(2017, { model: model((index) => (index === 4 ? [5] : undefined)) })
    );
    expect(programs.perIndikator.get(0)!.map(names)[1]).toContain("5");
  });
});
