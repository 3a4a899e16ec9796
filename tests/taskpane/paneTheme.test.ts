import { luminance, paneThemeName } from "../../src/taskpane/paneTheme";

describe("paneThemeName: the pane follows Office's theme", () => {
  const plain = { forcedColors: false, prefersDark: false };

  it.each([
    // Office's themes as Excel reports them (bodyBackgroundColor of Colorful, White, Dark Gray, Black)
    ["Colorful", { bodyBackgroundColor: "#FFFFFF" }, "light"],
    ["White", { bodyBackgroundColor: "#ffffff" }, "light"],
    ["Dark Gray", { bodyBackgroundColor: "#444444" }, "dark"],
    ["Black", { bodyBackgroundColor: "#262626" }, "dark"],
    [
      "isDarkTheme flag wins over the colour",
      { isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" },
      "dark",
    ],
    ["isDarkTheme false", { isDarkTheme: false, bodyBackgroundColor: "#000000" }, "light"],
  ])("Office theme %s -> %s", (_name, officeTheme, expected) => {
    expect(paneThemeName({ ...plain, officeTheme })).toBe(expected);
  });

  it("high contrast (forced colours) wins over any Office theme", () => {
    expect(
      paneThemeName({ forcedColors: true, prefersDark: false, officeTheme: { isDarkTheme: false } })
    ).toBe("highContrast");
  });

  it("outside Office (or an unreadable Office colour) follows the browser's preference", () => {
    expect(paneThemeName({ forcedColors: false, prefersDark: true })).toBe("dark");
    expect(paneThemeName({ forcedColors: false, prefersDark: false })).toBe("light");
    expect(
      paneThemeName({
        forcedColors: false,
        prefersDark: true,
        officeTheme: { bodyBackgroundColor: "red" },
      })
    ).toBe("dark");
  });
});

describe("luminance", () => {
  it.each([
    ["#FFFFFF", 1],
    ["#000", 0],
    ["#808080", 0.2159],
    ["nope", undefined],
    [undefined, undefined],
  ])("%s -> %s", (color, expected) => {
    const value = luminance(color);
    if (expected === undefined) expect(value).toBeUndefined();
    else expect(value).toBeCloseTo(expected, 4);
  });
});
