import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { readPlanFile } from "../../src/cli/jsonFiles";
import { demoPlan } from "../../src/cli/demo/plans";

const messages = {
  fileNotFound: { en: "{path} not found", zh: "{path} 未找到" },
  badJson: { en: "{path}: {reason}", zh: "{path}：{reason}" },
};

async function planFile(plan: unknown): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "salesplan-plan-"));
  const file = path.join(dir, "plan.json");
  await fs.writeFile(file, JSON.stringify(plan));
  return file;
}

describe("plan files (--plan)", () => {
  it("reads the demo's own plan: a commission rate table carries no weight", async () => {
    expect(demoPlan.measures.some((m) => m.weight === undefined || m.weight === null)).toBe(true);
    const plan = await readPlanFile(await planFile(demoPlan), messages);
    expect(plan).toEqual(demoPlan);
  });

  it("keeps the plan settings a plan can express (pay on the incentive, gate window, SPIFFs and the draw)", async () => {
    const plan = await readPlanFile(
      await planFile({
        name: "P",
        trueUp: true,
        spiffRepaysDraw: true,
        measures: [
          {
            name: "Revenue",
            weight: 1,
            method: { kind: "tiers", basis: "attainment", payOn: "incentive", tiers: [{ from: 0, rate: 1 }] },
          },
        ],
        gates: [{ measure: "Revenue", minimum: 0.5, on: "attainment", window: "period" }],
      }),
      messages,
    );
    expect(plan.spiffRepaysDraw).toBe(true);
    expect(plan.gates?.[0].window).toBe("period");
    expect(plan.measures[0].method).toMatchObject({ payOn: "incentive" });
  });

  it("names a gate window it does not know", async () => {
    const file = await planFile({
      name: "P",
      measures: [
        {
          name: "Revenue",
          weight: 1,
          method: {
            kind: "curve",
            curve: [
              { attainment: 0, payout: 0 },
              { attainment: 1, payout: 1 },
            ],
          },
        },
      ],
      gates: [{ measure: "Revenue", minimum: 0.5, on: "attainment", window: "month" }],
    });
    await expect(readPlanFile(file, messages)).rejects.toThrow(/gates\[0\]\.window/);
  });
});
