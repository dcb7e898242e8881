import { parseArgs } from "../../src/cli/args";

describe("parseArgs", () => {
  it("reads the command, paths and options", () => {
    const a = parseArgs([
      "run",
      "in.xlsx",
      "-o",
      "out.xlsx",
      "--target=1_200_000",
      "--products",
      "Cloud=0.5, Devices=0.5",
      "--map",
      "Reps.RepID=员工 号",
      "--map",
      "Actuals.Amount=金额(元)",
      "-q",
    ]);
    expect(a.command).toBe("run");
    expect(a.positional).toEqual(["in.xlsx"]);
    expect(a.output).toBe("out.xlsx");
    expect(a.target).toBe(1_200_000);
    expect(a.products).toEqual([
      { product: "Cloud", weight: 0.5 },
      { product: "Devices", weight: 0.5 },
    ]);
    expect(a.mappings).toEqual({ Reps: { RepID: "员工 号" }, Actuals: { Amount: "金额(元)" } });
    expect(a.quiet).toBe(true);
    expect(a.lang).toBe("en");
  });
  it("takes the language from --lang or LANG", () => {
    expect(parseArgs(["demo"], { LANG: "zh_CN.UTF-8" }).lang).toBe("zh");
    expect(parseArgs(["demo", "--lang", "en"], { LANG: "zh_CN.UTF-8" }).lang).toBe("en");
  });
  it.each([
    [["demo", "--as-of", "2026-13"], "Option --as-of: '2026-13' is not a month like 2026-06"],
    [["demo", "--seed", "x"], "Option --seed: 'x' is not a number"],
    [["demo", "--seed"], "Option --seed needs a value"],
    [["demo", "--colour"], "Unknown option '--colour'"],
    [["run", "--map", "RepID"], "Option --map: 'RepID' is not like Reps.RepID=Employee No"],
    [["run", "--products", "Cloud"], "Option --products: 'Cloud' is not a list like Cloud=0.5,Devices=0.3"],
    [["run", "--products", "A=0.5,B=0.6"], "Option --products: the shares in 'A=0.5,B=0.6' add up to 1.1"],
  ])("rejects %j", (argv, message) => expect(() => parseArgs(argv)).toThrow(message));
  it("reads a negative number as a value, and refuses a negative target", () => {
    expect(parseArgs(["demo", "--seed", "-5"]).seed).toBe(-5);
    expect(() => parseArgs(["run", "--target", "-5"])).toThrow(
      "Option --target: -5 is negative; the company target must be 0 or more",
    );
  });
});
