/**
 * A plan is checked once between the wizard and the engine: the wizard's check, the job's and the
 * payout engine's are one validatePlan on the same plan, which checks it the first time only. A
 * plan that fails is checked (and refused, with the same message) every time.
 */
import { computePayouts, validatePlan, type Plan } from "../../../src/engine/incentives";
import { planJob } from "../../../src/jobs";
import { twoMeasurePlan } from "../../support/plans";

/** The plan behind a proxy that counts how often its measures are read. */
function counted(plan: Plan): { plan: Plan; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(plan, {
    get(target, key, receiver) {
      if (key === "measures") reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { plan: proxy, reads: () => reads };
}

test("a plan that passed is not checked again by the job or the engine", () => {
  const { plan, reads } = counted(twoMeasurePlan());
  validatePlan(plan);
  const check = reads();
  expect(check).toBeGreaterThan(0);
  validatePlan(plan);
  expect(reads()).toBe(check);
  // The same plan through the save job and the engine: their own reads, no second check.
  const fresh = counted(twoMeasurePlan());
  planJob(fresh.plan);
  computePayouts({ plan: fresh.plan, reps: [], targets: [], actuals: [], language: "en" });
  const withCheck = fresh.reads();
  const again = counted(twoMeasurePlan());
  validatePlan(again.plan);
  planJob(again.plan);
  computePayouts({ plan: again.plan, reps: [], targets: [], actuals: [], language: "en" });
  expect(again.reads()).toBe(withCheck);
});

test("a plan that fails is refused each time with the same message", () => {
  const bad: Plan = { ...twoMeasurePlan(), measures: [] };
  expect(() => validatePlan(bad)).toThrow("no measures");
  expect(() => validatePlan(bad)).toThrow("no measures");
  expect(() => planJob(bad)).toThrow("no measures");
});
