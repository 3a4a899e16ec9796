import { readFileSync } from "fs";
import { join } from "path";
import { NOTICE_STORAGE_KEY, showNotice } from "../../src/commands/notice";
import { createOffice, StrictExcel } from "../workbook/office/strictExcel";

function setup() {
  const office = createOffice(new StrictExcel());
  const stored = new Map<string, string>();
  const deps = {
    office: office as unknown as typeof Office,
    storage: { setItem: (key: string, value: string) => void stored.set(key, value) },
    origin: "https://localhost:3000",
  };
  const record = (office as unknown as { __record: { dialogs: { url: string; open: boolean }[] } })
    .__record;
  return { deps, stored, record };
}

describe("the ribbon's notice dialog", () => {
  test("the message travels through storage, not the URL", () => {
    const { deps, stored, record } = setup();
    const done = jest.fn();
    showNotice("LKjIP 2018: 7 tabel dibuat", deps, done);
    expect(done).toHaveBeenCalledTimes(1);
    expect(record.dialogs[0].url).toBe("https://localhost:3000/notice.html");
    expect(stored.get(NOTICE_STORAGE_KEY)).toBe("LKjIP 2018: 7 tabel dibuat");
    const page = readFileSync(join(__dirname, "../../src/commands/notice.html"), "utf8");
    expect(page).toContain(`localStorage.getItem("${NOTICE_STORAGE_KEY}")`);
    expect(page).not.toContain("location.hash");
  });

  test("a second click closes the first dialog instead of failing with 12007", () => {
    const { deps, stored, record } = setup();
    const failures: unknown[] = [];
    const office = deps.office.context.ui;
    const display = office.displayDialogAsync.bind(office);
    (office as { displayDialogAsync: unknown }).displayDialogAsync = (
      url: string,
      options: unknown,
      callback: (result: { status: string }) => void
    ) =>
      display(url, options as never, (result) => {
        if ((result.status as unknown as string) !== "succeeded") failures.push(result);
        callback(result as never);
      });
    showNotice("first", deps, () => undefined);
    showNotice("second", deps, () => undefined);
    expect(failures).toEqual([]);
    expect(record.dialogs.map((d) => d.open)).toEqual([false, true]);
    expect(stored.get(NOTICE_STORAGE_KEY)).toBe("second");
  });
});
