import * as fs from "fs";
import * as path from "path";
import { at, child, parseXml, walk, XmlElement } from "./xmlTree";

/**
 * manifest.xml checked offline against the rules of Microsoft's add-in-only manifest schema
 * (OfficeAppManifestV1_1.xsd, TaskPaneAppVersionOverridesV1_0.xsd, OfficeAppBasicTypesV1_0.xsd):
 * element order, resource ids, string lengths, URLs, and the shared-runtime wiring.
 */
const root = path.resolve(__dirname, "../..");
const manifestText = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const manifest = parseXml(manifestText);
const ORIGIN = "https://localhost:3000/";

/** Child order per parent (xs:sequence in the schema); a child not listed is not allowed. */
const ORDER: Record<string, string[]> = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "Dictionary",
    "VersionOverrides",
  ],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "VersionOverrides"],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor", "MobileFormFactor"],
  AllFormFactors: ["ExtensionPoint"],
  "ExtensionPoint:CustomFunctions": ["Script", "Page", "Metadata", "Namespace"],
  "ExtensionPoint:PrimaryCommandSurface": ["OfficeTab", "CustomTab"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  OfficeTab: ["Group"],
  Group: ["Label", "Icon", "Control"],
  "Control:Button": ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  "Action:ShowTaskpane": ["TaskpaneId", "SourceLocation", "Title", "SupportsPinning"],
  "Action:ExecuteFunction": ["FunctionName"],
  Icon: ["Image"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
  Requirements: ["Sets", "Methods"],
  Sets: ["Set"],
  Runtimes: ["Runtime"],
  Hosts: ["Host"],
};

const typeOf = (e: XmlElement) => e.attributes["xsi:type"];
const orderKey = (e: XmlElement) =>
  ORDER[`${e.name}:${typeOf(e)}`] ? `${e.name}:${typeOf(e)}` : e.name;

describe("manifest.xml", () => {
  test("is well-formed XML with the add-in-only manifest namespaces", () => {
    expect(manifest.name).toBe("OfficeApp");
    expect(manifest.attributes.xmlns).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
    expect(manifestText.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
  });

  test("basic settings", () => {
    expect(at(manifest, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
    );
    expect(at(manifest, "Version").text).toMatch(/^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/);
    expect(at(manifest, "DefaultLocale").text).toBe("en-US");
    expect(at(manifest, "Hosts", "Host").attributes.Name).toBe("Workbook");
    expect(at(manifest, "Permissions").text).toBe("ReadWriteDocument");
  });

  test("children appear in the order the schema's sequences give", () => {
    const misplaced: string[] = [];
    for (const element of walk(manifest)) {
      const order = ORDER[orderKey(element)];
      if (!order) continue;
      let last = -1;
      for (const c of element.children) {
        const index = order.indexOf(c.name);
        if (index < last || index === -1) misplaced.push(`<${c.name}> in <${orderKey(element)}>`);
        last = Math.max(last, index);
      }
    }
    expect(misplaced).toEqual([]);
  });

  const resources = at(manifest, "VersionOverrides", "Resources");
  const ids = (group: string) =>
    new Map(at(resources, group).children.map((e) => [e.attributes.id, e] as const));
  const images = ids("Images");
  const urls = ids("Urls");
  const shortStrings = ids("ShortStrings");
  const longStrings = ids("LongStrings");

  /** Which resource group a resid points into, by the referring element. */
  const groupOf = (e: XmlElement, parent: XmlElement): Map<string, XmlElement> => {
    if (e.name === "Image") return images;
    if (["SourceLocation", "FunctionFile", "Runtime", "LearnMoreUrl"].includes(e.name)) return urls;
    if (e.name === "Description" && ["Supertip", "GetStarted"].includes(parent.name))
      return longStrings;
    return shortStrings;
  };

  const references: Array<{ element: XmlElement; group: Map<string, XmlElement> }> = [];
  (function collect(parent: XmlElement) {
    for (const c of parent.children) {
      if (c.attributes.resid !== undefined)
        references.push({ element: c, group: groupOf(c, parent) });
      collect(c);
    }
  })(at(manifest, "VersionOverrides", "Hosts"));

  test("every resid resolves to a resource of the right kind", () => {
    expect(references.length).toBeGreaterThan(20);
    const unresolved = references
      .filter(({ element, group }) => !group.has(element.attributes.resid))
      .map(({ element }) => `${element.name} resid=${element.attributes.resid}`);
    expect(unresolved).toEqual([]);
  });

  test("every resource is used, and resource ids are unique and at most 32 characters", () => {
    const used = new Set(references.map(({ element }) => element.attributes.resid));
    const all = [...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()];
    expect(all.filter((id) => !used.has(id))).toEqual([]);
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id.length).toBeLessThanOrEqual(32);
  });

  const valuesOf = (e: XmlElement) => [
    e.attributes.DefaultValue,
    ...e.children.filter((c) => c.name === "Override").map((c) => c.attributes.Value),
  ];

  test.each<[string, number, () => XmlElement[]]>([
    ["DisplayName", 125, () => [at(manifest, "DisplayName")]],
    ["Description", 250, () => [at(manifest, "Description")]],
    ["ShortStrings", 125, () => [...shortStrings.values()]],
    ["LongStrings", 250, () => [...longStrings.values()]],
    ["Urls", 2048, () => [...urls.values(), ...images.values()]],
  ])("%s are 1 to %d characters", (_what, max, elements) => {
    for (const e of elements()) {
      for (const value of valuesOf(e)) {
        expect(value.length).toBeGreaterThanOrEqual(1);
        expect(value.length).toBeLessThanOrEqual(max);
      }
    }
  });

  test("every visible string has an Indonesian (id-ID) override that differs in words", () => {
    const visible = [
      at(manifest, "DisplayName"),
      at(manifest, "Description"),
      ...[...shortStrings.values()].filter((e) => e.attributes.id !== "Functions.Namespace"),
      ...longStrings.values(),
    ];
    for (const e of visible) {
      const override = e.children.find((c) => c.name === "Override");
      expect(override?.attributes.Locale).toBe("id-ID");
      if (e.attributes.id !== "Group.Label") {
        expect(override?.attributes.Value).not.toBe(e.attributes.DefaultValue);
      }
    }
  });

  test("the custom functions namespace is LKJIP", () => {
    expect(shortStrings.get("Functions.Namespace")?.attributes.DefaultValue).toBe("LKJIP");
  });

  test("every URL is on the dev origin and names a file the build writes", () => {
    const all = [
      ...[...urls.values(), ...images.values()].flatMap(valuesOf),
      ...["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map(
        (n) => at(manifest, n).attributes.DefaultValue
      ),
      at(manifest, "DefaultSettings", "SourceLocation").attributes.DefaultValue,
    ];
    const files = all.map((url) => {
      expect(url.startsWith(ORIGIN)).toBe(true);
      return url.slice(ORIGIN.length);
    });
    const builtFiles = [
      "taskpane.html",
      "functions.js",
      "functions.json",
      "functions-id.json",
      "help.html",
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
    ];
    expect([...new Set(files)].sort()).toEqual(builtFiles.sort());
    const dist = path.join(root, "dist");
    if (fs.existsSync(path.join(dist, "functions.json")) || process.env.CI === "true") {
      expect(builtFiles.filter((f) => !fs.existsSync(path.join(dist, f)))).toEqual([]);
    }
    expect(at(manifest, "AppDomains", "AppDomain").text).toBe(ORIGIN.replace(/\/$/, ""));
  });

  test("icons are PNGs of the size they are declared at", () => {
    const declared = [
      ...images.values(),
      { attributes: { DefaultValue: at(manifest, "IconUrl").attributes.DefaultValue }, size: 32 },
      {
        attributes: { DefaultValue: at(manifest, "HighResolutionIconUrl").attributes.DefaultValue },
        size: 64,
      },
    ];
    for (const image of declared) {
      const file = image.attributes.DefaultValue.slice(ORIGIN.length);
      const png = fs.readFileSync(path.join(root, file));
      expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
      const size = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    for (const icon of manifest.children
      .flatMap((c) => [...walk(c)])
      .filter((e) => e.name === "Icon")) {
      expect(icon.children.map((i) => i.attributes.size)).toEqual(["16", "32", "80"]);
      for (const i of icon.children) {
        expect(images.get(i.attributes.resid)?.attributes.DefaultValue).toMatch(
          new RegExp(`icon-${i.attributes.size}\\.png$`)
        );
      }
    }
  });

  test("shared runtime: one page runs the functions, the commands and the task pane", () => {
    const sets = at(manifest, "Requirements", "Sets").children.map(
      (s) => `${s.attributes.Name} ${s.attributes.MinVersion}`
    );
    // ExcelApi 1.9: getCellProperties, pageLayout, suspendScreenUpdatingUntilNextSync (anything
    // above is gated with isSetSupported); CustomFunctionsRuntime 1.3: CustomFunctions.Error with
    // the divisionByZero and invalidNumber codes.
    expect(sets).toEqual(["ExcelApi 1.9", "CustomFunctionsRuntime 1.3", "SharedRuntime 1.1"]);
    const host = at(manifest, "VersionOverrides", "Hosts", "Host");
    expect(typeOf(host)).toBe("Workbook");
    const runtime = at(host, "Runtimes", "Runtime");
    expect(runtime.attributes).toMatchObject({ resid: "Taskpane.Url", lifetime: "long" });
    const customFunctions = at(host, "AllFormFactors", "ExtensionPoint");
    expect(typeOf(customFunctions)).toBe("CustomFunctions");
    expect(at(customFunctions, "Page", "SourceLocation").attributes.resid).toBe("Taskpane.Url");
    expect(at(host, "DesktopFormFactor", "FunctionFile").attributes.resid).toBe("Taskpane.Url");
    const showTaskpane = [...walk(host)].find(
      (e) => e.name === "Action" && typeOf(e) === "ShowTaskpane"
    )!;
    expect(at(showTaskpane, "SourceLocation").attributes.resid).toBe("Taskpane.Url");
    // "A shared runtime only supports the use of one task pane. Note that any task pane without a
    // <TaskpaneID> is considered a different task pane" (Configure your Office Add-in to use a shared
    // runtime, learn.microsoft.com): the one pane keeps its id.
    expect(at(showTaskpane, "TaskpaneId").text).toBe("Lkjip.Taskpane");
    expect(urls.get("Taskpane.Url")?.attributes.DefaultValue).toBe(
      at(manifest, "DefaultSettings", "SourceLocation").attributes.DefaultValue
    );
  });

  test("the Indonesian function metadata is wired through the Metadata URL override", () => {
    const metadata = urls.get("Functions.Metadata.Url")!;
    expect(metadata.attributes.DefaultValue).toBe(`${ORIGIN}functions.json`);
    expect(child(metadata, "Override")?.attributes).toEqual({
      Locale: "id-ID",
      Value: `${ORIGIN}functions-id.json`,
    });
  });

  test("the ribbon: Generate LKjIP tables runs generateTables, the other button opens the pane", () => {
    const controls = [...walk(manifest)].filter((e) => e.name === "Control");
    const described = controls.map((c) => {
      const label = shortStrings.get(at(c, "Label").attributes.resid)!;
      const action = at(c, "Action");
      return [
        label.attributes.DefaultValue,
        typeOf(action),
        child(action, "FunctionName")?.text ?? "",
      ];
    });
    expect(described).toEqual([
      ["Generate LKjIP tables", "ExecuteFunction", "generateTables"],
      ["LKjIP pane", "ShowTaskpane", ""],
    ]);
    const commands = fs.readFileSync(path.join(root, "src", "commands", "commands.ts"), "utf8");
    expect(commands).toContain('Office.actions.associate("generateTables", generateTables)');
  });
});
