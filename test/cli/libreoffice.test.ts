/** LibreOffice, as an independent reader, opens the demo workbook and sees the same totals. */
import { execFileSync } from "child_process";
import { promises as fs, existsSync } from "fs";
import * as os from "os";
import * as path from "path";
import { pathToFileURL } from "url";
import { cli, parseCsvLine, tables, type Table } from "./support";

jest.setTimeout(180_000);

// SOFFICE_PATH first (macOS, Windows or a custom install; npm test sets it when it finds one).
const soffice = [
  process.env.SOFFICE_PATH,
  "/usr/bin/soffice",
  "/usr/local/bin/soffice",
  "/Applications/LibreOffice.app/Contents/MacOS/soffice",
].find((p): p is string => p !== undefined && p !== "" && existsSync(p));
let dir: string;
let demoFile: string;
let demoTables: Map<string, Table>;
const cents = (values: unknown[]): number =>
  values.reduce<number>((s, v) => s + (typeof v === "number" ? Math.round(v * 100) : 0), 0);
const column = (t: Table, header: string): unknown[] => t.rows.map((r) => r[t.headers.indexOf(header)]);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "salesplan-lo-"));
  demoFile = path.join(dir, "demo.xlsx");
  if (!soffice) return;
  const ran = await cli(dir, new Date(Date.UTC(2026, 6, 1)), "demo", "-o", "demo.xlsx", "--quiet");
  if (ran.code !== 0) throw new Error(`demo failed: ${ran.err}`);
  demoTables = await tables(demoFile);
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("the demo workbook in LibreOffice", () => {
  (soffice ? it : it.skip)("opens in LibreOffice, which sees the same totals", async () => {
    const out = path.join(dir, "lo");
    await fs.mkdir(out);
    execFileSync(
      soffice as string,
      [
        "--headless",
        "--norestore",
        `-env:UserInstallation=${pathToFileURL(path.join(dir, "lo-profile")).href}`,
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        out,
        demoFile,
      ],
      { stdio: "pipe", timeout: 150_000 },
    );
    const csv = async (sheet: string): Promise<string[][]> => {
      const text = await fs.readFile(path.join(out, `demo-${sheet}.csv`), "utf8");
      return text.trim().split(/\r?\n/).map(parseCsvLine);
    };
    for (const name of ["SalesTargets", "SalesPayouts"]) {
      const rows = await csv(name);
      const t = demoTables.get(name)!;
      expect(rows[0]).toEqual(t.headers);
      expect(rows.length).toBe(t.rows.length + 2);
      const last = rows[rows.length - 1];
      expect(last[0]).toBe("Total");
      t.headers.forEach((_, i) => {
        const total = t.totals?.[i];
        if (typeof total === "number")
          expect(Math.round(Number(last[i]) * 100)).toBe(Math.round(total * 100));
      });
    }
    const regions = await csv("Regions");
    expect(regions.slice(1).reduce((s, r) => s + Math.round(Number(r[1]) * 100), 0)).toBe(
      cents(column(demoTables.get("SalesTargets")!, "Target")),
    );
  });
});
