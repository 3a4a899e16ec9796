import { planTablesAndLists } from "../../../src/workbook/office/writeTablesAndLists";
import type { SheetProxies } from "../../../src/workbook/office/writeSheets";
import { buildInputTemplate } from "../../../src/template/inputTemplate";

/** Records what the queued operations ask of Excel's object model. */
function recordingProxies() {
  const calls: string[] = [];
  const range = (top: number, left: number, rows: number, columns: number) => ({
    address: `${top},${left} ${rows}x${columns}`,
    dataValidation: {
      set rule(rule: unknown) {
        calls.push(`validation ${top},${left} ${rows}x${columns} ${JSON.stringify(rule)}`);
      },
    },
  });
  const sheet = {
    getRangeByIndexes: range,
    tables: {
      add(target: { address: string }, hasHeaders: boolean) {
        calls.push(`table ${target.address} headers=${hasHeaders}`);
        return {
          set style(style: string) {
            calls.push(`style ${style}`);
          },
        };
      },
    },
  };
  const proxies = { get: () => sheet } as unknown as SheetProxies;
  return { calls, proxies };
}

describe("planTablesAndLists (Office.js)", () => {
  test("the template's indicator sheet: one table over header + rows, the Arah and Sifat drop-downs", () => {
    const indicators = buildInputTemplate(2019)[1];
    const { calls, proxies } = recordingProxies();
    for (const op of planTablesAndLists(indicators)) op.apply(proxies);
    expect(calls).toEqual([
      "table 3,0 31x23 headers=true",
      "style TableStyleLight9",
      'validation 4,4 30x1 {"list":{"inCellDropDown":true,"source":"naik,turun"}}',
      'validation 4,14 30x1 {"list":{"inCellDropDown":true,"source":"Kumulatif,Akhir periode"}}',
    ]);
  });

  test("a generated table sheet has neither: nothing is queued", () => {
    expect(
      planTablesAndLists({ name: "Tabel 3.1.1", rows: [], merges: [], columnWidths: [] })
    ).toEqual([]);
  });
});
