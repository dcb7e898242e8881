/**
 * The manifest, checked offline: each rule holds for manifest.xml, and each rule catches a
 * broken copy (so a rule that can never fail would show up here).
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { EXCEL_API_NEEDED } from "../../src/workbook/office/requirements";

const { checkManifest } = require("../../scripts/manifest-rules") as {
  checkManifest: (xml: string, assetsDir?: string) => Record<string, string[]>;
};

const root = path.resolve(__dirname, "../..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

function problemsOf(xml: string, assetsDir?: string): Record<string, string[]> {
  return checkManifest(xml, assetsDir);
}

describe("manifest.xml", () => {
  test("every rule holds", () => {
    const results = problemsOf(manifest);
    expect(Object.keys(results).sort()).toEqual(
      [
        "customFunctions",
        "excelApiSet",
        "httpsOneHost",
        "icons",
        "idAndVersion",
        "residsResolve",
        "ribbonAndPermissions",
        "sharedRuntime",
        "stringLengths",
        "wellFormed",
      ].sort(),
    );
    expect(results).toEqual(Object.fromEntries(Object.keys(results).map((rule) => [rule, []])));
  });

  test("office-addin-manifest parses it", () => {
    const out = execFileSync(
      process.execPath,
      [require.resolve("office-addin-manifest/cli.js"), "info", "manifest.xml"],
      {
        cwd: root,
        encoding: "utf8",
      },
    );
    expect(out).toContain("Id: 6f1c2a7e-3b9d-4e52-a8c4-1d7e9b0f5a31");
    expect(out).toContain("Permissions: ReadWriteDocument");
    expect(out).toContain("Source Location: https://localhost:3000/taskpane.html");
  });

  test("xmllint finds it well-formed, when xmllint is installed", () => {
    const probe = spawnSync("xmllint", ["--version"]);
    if (probe.error) return; // .ci/run installs libxml2-utils; the XML rule below covers the rest
    expect(spawnSync("xmllint", ["--noout", path.join(root, "manifest.xml")]).status).toBe(0);
  });

  test("the production build points every URL at SALESPLAN_URL", () => {
    const built = path.join(root, "dist", "manifest.xml");
    expect(fs.existsSync(built)).toBe(true);
    // dist/ is built without SALESPLAN_URL in the test run, so it keeps localhost and passes the rules.
    expect(problemsOf(fs.readFileSync(built, "utf8"))).toEqual(problemsOf(manifest));
  });
});

/** A broken copy: `mutate` edits the text; the named rule must report it. */
const brokenCopies: [string, string, (xml: string) => string, RegExp][] = [
  ["wellFormed", "an unclosed element", (x) => x.replace("</Permissions>", ""), /not well-formed/],
  ["wellFormed", "a wrong root", (x) => x.replace(/TaskPaneApp"/, 'MailApp"'), /TaskPaneApp/],
  [
    "idAndVersion",
    "an Id that is not a GUID",
    (x) => x.replace(/<Id>[^<]+</, "<Id>salesplan<"),
    /not a GUID/,
  ],
  [
    "idAndVersion",
    "a version with letters",
    (x) => x.replace("<Version>0.1.0.0", "<Version>0.1-beta"),
    /n\.n\.n\.n/,
  ],
  [
    "residsResolve",
    "a resid with no resource",
    (x) => x.replace('<Label resid="Group.Label" />', '<Label resid="Group.Missing" />'),
    /Group\.Missing/,
  ],
  [
    "residsResolve",
    "a resid of the wrong kind",
    (x) => x.replace('<Namespace resid="Functions.Namespace" />', '<Namespace resid="Taskpane.Url" />'),
    /ShortStrings/,
  ],
  [
    "httpsOneHost",
    "an http URL",
    (x) => x.replace('"https://localhost:3000/functions.js"', '"http://localhost:3000/functions.js"'),
    /not https/,
  ],
  [
    "httpsOneHost",
    "a URL on another host",
    (x) => x.replace('"https://localhost:3000/assets/icon-16.png"', '"https://cdn.example.com/icon-16.png"'),
    /not on the add-in's host/,
  ],
  [
    "stringLengths",
    "a ShortString over 125 characters",
    (x) =>
      x.replace(
        '<bt:String id="Group.Label" DefaultValue="SalesPlan"',
        `<bt:String id="Group.Label" DefaultValue="${"x".repeat(126)}"`,
      ),
    /Group\.Label.*126/,
  ],
  [
    "stringLengths",
    "a zh-CN override over 250 characters",
    (x) => x.replace(/(<bt:Override Locale="zh-CN" Value=")打开销售规划向导/, `$1${"长".repeat(251)}`),
    /limit 250/,
  ],
  ["customFunctions", "no Metadata", (x) => x.replace(/<Metadata>[\s\S]*?<\/Metadata>/, ""), /no Metadata/],
  [
    "customFunctions",
    "another namespace",
    (x) =>
      x.replace(
        'id="Functions.Namespace" DefaultValue="SALES"',
        'id="Functions.Namespace" DefaultValue="CONTOSO"',
      ),
    /CONTOSO/,
  ],
  [
    "sharedRuntime",
    "a short-lived runtime",
    (x) => x.replace('lifetime="long"', 'lifetime="short"'),
    /lifetime='long'/,
  ],
  [
    "sharedRuntime",
    "a functions page that is not the runtime",
    (x) =>
      x.replace(
        /<Page>\s*<SourceLocation resid="Taskpane.Url" \/>/,
        '<Page><SourceLocation resid="Functions.Script.Url" />',
      ),
    /Page 'Functions\.Script\.Url'/,
  ],
  [
    "sharedRuntime",
    "no SharedRuntime requirement",
    (x) => x.replace('<Set Name="SharedRuntime" MinVersion="1.1" />', ""),
    /SharedRuntime 1\.1/,
  ],
  [
    "excelApiSet",
    "ExcelApi 1.9, below what Table.resize needs",
    (x) => x.replace('<Set Name="ExcelApi" MinVersion="1.13" />', '<Set Name="ExcelApi" MinVersion="1.9" />'),
    /needs ExcelApi 1\.13 \(Excel\.Table\.resize 1\.13 at src\/workbook\/office\/write\.ts:\d+.*declare ExcelApi 1\.9/,
  ],
  [
    "excelApiSet",
    "no ExcelApi set",
    (x) => x.replace('<Set Name="ExcelApi" MinVersion="1.13" />', ""),
    /needs ExcelApi 1\.13 .*declare no ExcelApi set/,
  ],
  [
    "ribbonAndPermissions",
    "read-only permission",
    (x) => x.replace(">ReadWriteDocument<", ">ReadDocument<"),
    /ReadWriteDocument/,
  ],
  [
    "ribbonAndPermissions",
    "no Home tab button",
    (x) => x.replace('id="TabHome"', 'id="TabData"'),
    /Home tab/,
  ],
];

describe.each(brokenCopies)("rule %s catches %s", (rule, _what, mutate, message) => {
  test("reported", () => {
    const broken = mutate(manifest);
    expect(broken).not.toBe(manifest);
    const results = problemsOf(broken);
    expect(results[rule].join("\n")).toMatch(message);
  });
});

test("rule icons catches a missing or wrongly sized icon", () => {
  const assets = fs.mkdtempSync(path.join(os.tmpdir(), "salesplan-assets-"));
  for (const file of fs.readdirSync(path.join(root, "assets"))) {
    fs.copyFileSync(path.join(root, "assets", file), path.join(assets, file));
  }
  fs.copyFileSync(path.join(assets, "icon-16.png"), path.join(assets, "icon-80.png"));
  fs.rmSync(path.join(assets, "icon-64.png"));
  const problems = problemsOf(manifest, assets).icons.join("\n");
  expect(problems).toMatch(/icon-80\.png is 16x16, expected 80x80/);
  expect(problems).toMatch(/icon-64\.png is not in assets/);
});

describe("the ExcelApi set, derived from the code", () => {
  const { usedExcelApi } = require("../../scripts/api-sets") as {
    usedExcelApi: (
      root?: string,
      dirs?: string[],
    ) => { highest: string; uses: { member: string; set: string }[]; problems: string[] };
  };

  test("the pane checks the version the manifest declares, which is the highest the code uses", () => {
    const declared = /<Set Name="ExcelApi" MinVersion="([\d.]+)" \/>/.exec(manifest)?.[1];
    expect(declared).toBe(EXCEL_API_NEEDED);
    const { projectExcelApi } = require("../../scripts/api-sets") as {
      projectExcelApi: () => { highest: string };
    };
    expect(projectExcelApi().highest).toBe(EXCEL_API_NEEDED);
  });

  test("each member's set comes from its note in @types/office-js, overloads and setters included", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "salesplan-api-sets-"));
    try {
      fs.writeFileSync(
        path.join(dir, "probe.ts"),
        [
          "export async function probe(context: Excel.RequestContext): Promise<void> {",
          "  const sheet = context.workbook.worksheets.getActiveWorksheet();",
          '  sheet.visibility = "Hidden";',
          "  sheet.getRangeByIndexes(0, 0, 1, 1).getSpillingToRangeOrNullObject();",
          '  context.workbook.tables.getItem("T").getRange().load("values");',
          "  await context.sync();",
          "}",
        ].join("\n"),
      );
      const { highest, uses } = usedExcelApi(root, [dir]);
      const sets = Object.fromEntries(uses.map((u) => [u.member, u.set]));
      expect(sets).toMatchObject({
        "Excel.Worksheet.visibility": "1.2",
        "Excel.Worksheet.getRangeByIndexes": "1.7",
        "Excel.Range.getSpillingToRangeOrNullObject": "1.12",
        "Excel.WorksheetCollection.getActiveWorksheet": "1.1",
      });
      expect(highest).toBe("1.12");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
