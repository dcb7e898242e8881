/**
 * @jest-environment jsdom
 */
/**
 * The compute stage off the pane's thread, and Cancel during every stage of a run: loading the
 * inputs, computing (in a worker, or in the pane's thread where jsdom has no Worker) and the
 * workbook check. A cancelled run rejects with the cancel, writes nothing, and what it left running
 * (a read, a worker) changes nothing afterwards. Fake timers stand in for slow Excel round trips.
 */
import { deserialize, serialize } from "v8";
import { defaultTargetOptions, jobMessages, type TargetOptions } from "../../src/jobs";
import { SalesPlanError } from "../../src/kernel/errors";
import {
  answerOf,
  compute,
  inThreadRunner,
  workerRunner,
  type ComputeRequest,
  type ComputeRunner,
} from "../../src/taskpane/compute";
import { createOfficeActions } from "../../src/taskpane/officeActions";
import { packTables, unpackTables } from "../../src/taskpane/packed";
import type { PreparedTable } from "../../src/workbook/outputs";
import { isCancelled } from "../../src/workbook/cancel";
import type { ExcelRunner } from "../../src/workbook/office/context";
import { seedSample } from "../browser/sample-workbook";
import { catalogues } from "../../src/taskpane/i18n";
import { checkPlanForm, examplePlanForm } from "../../src/taskpane/wizards/planForm";
import { seedOddActuals } from "./fakeActions";
import { FakeExcel } from "../support/fake-excel";
import { publishWorkbook, runOutputs } from "../jobs/publishFixture";

const mapped = { Reps: { LastYearSales: "Sales LY" } };
const options: TargetOptions = { ...defaultTargetOptions, companyTarget: 7000000, fiscalYear: 2026 };

/** The sample workbook behind an Excel whose every Excel.run first waits `delay` ms. */
function slowWorkbook(delay: number): { excel: FakeExcel; run: ExcelRunner } {
  const excel = new FakeExcel();
  seedSample(excel);
  const run: ExcelRunner = (batch) =>
    new Promise((resolve) => setTimeout(resolve, delay)).then(() => excel.run(batch));
  return { excel, run };
}

/** The structured clone postMessage makes (jsdom has no structuredClone; V8's serializer is the same). */
const structuredClone = <T>(value: T): T => deserialize(serialize(value)) as T;

/** A Worker stand-in: records what is posted, answers when the test says. */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  postMessage(message: unknown): void {
    // A structured clone, as postMessage makes: no class survives the trip.
    this.posted.push(structuredClone(message));
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Run the posted request as jobs.worker.ts does and deliver the answer. */
  answer(): void {
    const data = structuredClone(answerOf(this.posted[0] as ComputeRequest).message);
    this.onmessage?.({ data } as MessageEvent);
  }
}

function fakeWorkers(): { runner: ComputeRunner; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  const runner = workerRunner(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return { runner, workers };
}

afterEach(() => jest.useRealTimers());

/** The sample workbook and an in-thread runner that keeps each request it is given. */
function sampleWithSpy(): { excel: FakeExcel; spy: ComputeRunner; requests: ComputeRequest[] } {
  const excel = new FakeExcel();
  seedSample(excel);
  const requests: ComputeRequest[] = [];
  const spy: ComputeRunner = {
    run: (r, signal) => {
      requests.push(r);
      return inThreadRunner.run(r, signal);
    },
  };
  return { excel, spy, requests };
}

test("jsdom has no Worker: the pane computes in its own thread, and the worker path gives the same answer", async () => {
  expect(typeof Worker).toBe("undefined");
  const { excel, spy, requests } = sampleWithSpy();
  const inThread = await createOfficeActions({ run: excel.run, compute: spy }).previewTargets(
    options,
    mapped,
  );
  expect(inThread.table.rowCount).toBeGreaterThan(0);

  const { runner, workers } = fakeWorkers();
  const pending = runner.run(requests[0]);
  workers[0].answer();
  expect(await pending).toEqual(compute(requests[0]));
  // What a write would replace is read from the workbook by the pane after the compute, so the
  // worker's preview is the pane's without it.
  const { impact, ...computed } = inThread;
  expect(impact).toBeDefined();
  expect((await pending).preview).toEqual(computed);
  expect(workers[0].terminated).toBe(true);
});

test("a write's prepared tables come back from the worker packed (typed arrays, one string table) and unpack to the same rows", async () => {
  const { excel, spy, requests } = sampleWithSpy();
  await createOfficeActions({ run: excel.run, compute: spy }).writeTargets(options, mapped);
  expect(requests[0]?.write).toBeDefined();
  const { message, transfer } = answerOf(requests[0]);
  expect("answer" in message && message.answer.packed).toBeTruthy();
  expect(transfer.length).toBeGreaterThan(0);
  expect(transfer.every((b) => b instanceof ArrayBuffer)).toBe(true);

  const { runner, workers } = fakeWorkers();
  const pending = runner.run(requests[0]);
  // Answered from the request itself: V8's deserializer makes the run's Date in Node's realm, which
  // jsdom's instanceof Date would not know (a browser's structured clone keeps it).
  workers[0].onmessage?.({ data: structuredClone(message) } as MessageEvent);
  const expected = compute(requests[0]);
  expect(expected.tables!.length).toBeGreaterThan(1);
  expect(await pending).toEqual(expected);
});

test("packed tables keep every kind of cell and unpack in slices, the cancel checked between them", async () => {
  const table: PreparedTable = {
    name: "T",
    sheet: "T",
    mode: "replace",
    columns: [],
    headers: ["A", "B", "C"],
    rows: [
      ["r1", 1.25, true],
      ["r2", -0.5, false],
      [null, 0, "r1"],
      ["=not a formula", 1e21, null],
      ["r1", -3, "合计"],
    ],
    totals: ["Total", 3, null],
  };
  const wide = {
    ...table,
    columns: ["A", "B", "C"].map((key) => ({
      key,
      header: key,
      kind: "text" as const,
      numberFormat: "@",
      width: 9,
    })),
  };
  const { packed, transfer } = packTables([wide]);
  expect(packed.strings).toEqual(["r1", "r2", "=not a formula", "合计"]);
  expect(transfer).toHaveLength(6);
  const checks: number[] = [];
  expect(await unpackTables(structuredClone(packed), () => checks.push(1), 2)).toEqual([wide]);
  expect(checks).toHaveLength(2);
  const stopped = await unpackTables(
    packed,
    () => {
      throw new Error("stop");
    },
    2,
  ).catch((e: unknown) => e);
  expect(stopped).toEqual(new Error("stop"));
});

test("a job's error comes back from the worker as the catalogue's own SalesPlanError, in both languages", async () => {
  const excel = new FakeExcel();
  seedSample(excel);
  const { runner, workers } = fakeWorkers();
  const actions = createOfficeActions({ run: excel.run, compute: runner });
  const tooHigh = { ...options, repMinimum: 7000000 };
  const pending = actions.previewTargets(tooHigh, mapped);
  // Let the reads finish and the request reach the worker.
  for (let i = 0; i < 50 && workers.length === 0; i++) await new Promise((r) => setTimeout(r, 0));
  workers[0].answer();
  const error = await pending.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(SalesPlanError);
  expect((error as SalesPlanError).template).toBe(jobMessages.minimumTooHigh);
  expect((error as SalesPlanError).format("zh")).not.toBe((error as SalesPlanError).format("en"));
});

test("a payouts run's warnings come back from the worker in both languages, for the preview and the write", async () => {
  const excel = new FakeExcel();
  seedOddActuals(excel);
  const { runner, workers } = fakeWorkers();
  const actions = createOfficeActions({ run: excel.run, compute: runner });
  const payoutOptions = {
    plan: checkPlanForm(examplePlanForm, catalogues.en).plan!,
    measureTargets: { Revenue: 90000, Collection: 70000 },
  };
  const viaWorker = async <T>(pending: Promise<T>): Promise<T> => {
    const before = workers.length;
    for (let i = 0; i < 50 && workers.length === before; i++) await new Promise((r) => setTimeout(r, 0));
    workers[before].answer();
    return pending;
  };
  const preview = await viaWorker(actions.previewPayouts(payoutOptions, {}));
  expect(preview.warnings).toEqual([
    {
      table: "Actuals",
      cell: "B38",
      rows: 1,
      message: {
        en: expect.stringMatching(/^Actuals!B38 \(Period\): 2031-01 is outside the plan year 2026/) as string,
        zh: expect.stringMatching(/2031-01 不在方案年度 2026 内/) as string,
      },
    },
    {
      table: "Actuals",
      cell: "C39",
      rows: 1,
      message: {
        en: expect.stringMatching(/measure 'Revenu' .* did you mean Revenue\?/) as string,
        zh: expect.stringMatching(/是否应为 Revenue？/) as string,
      },
    },
  ]);
  // The write in the pane's thread: under jest the cloned run time is another realm's Date, which
  // the audit row refuses; the answer's warnings are the same object either way (compute()).
  const written = await createOfficeActions({ run: excel.run, compute: inThreadRunner }).writePayouts(
    payoutOptions,
    {},
  );
  expect(written.tables.map((t) => t.name)).toContain("SalesPayouts");
  expect(written.warnings).toEqual(preview.warnings);
});

test("Cancel while the inputs load: the run stops at once and the late read changes nothing", async () => {
  jest.useFakeTimers();
  const { excel, run } = slowWorkbook(1000);
  const actions = createOfficeActions({ run });
  const before = excel.state();
  const abort = new AbortController();
  const stages: string[] = [];
  const outcome = actions
    .writeTargets(options, mapped, { signal: abort.signal, onProgress: (p) => stages.push(p.stage) })
    .catch((e: unknown) => e);
  await jest.advanceTimersByTimeAsync(500);
  expect(stages).toEqual(["read"]);
  abort.abort();
  await jest.advanceTimersByTimeAsync(0);
  expect(isCancelled(await outcome)).toBe(true);
  await jest.advanceTimersByTimeAsync(60000);
  expect(stages).toEqual(["read"]);
  expect(excel.state()).toBe(before);
});

test("Cancel while computing in the pane's thread: the result is ignored, nothing is written", async () => {
  jest.useFakeTimers();
  const { excel, run } = slowWorkbook(10);
  const abort = new AbortController();
  const stages: string[] = [];
  const actions = createOfficeActions({ run });
  const before = excel.state();
  const outcome = actions
    .writeTargets(options, mapped, {
      signal: abort.signal,
      // Cancel as the compute stage begins (the user's click while "Computing…" shows).
      onProgress: (p) => {
        stages.push(p.stage);
        if (p.stage === "compute") abort.abort();
      },
    })
    .catch((e: unknown) => e);
  await jest.advanceTimersByTimeAsync(5000);
  expect(isCancelled(await outcome)).toBe(true);
  expect(stages).toEqual(["read", "compute"]);
  expect(excel.state()).toBe(before);
});

test("Cancel while the worker computes: the worker is terminated, nothing is written", async () => {
  jest.useFakeTimers();
  const { excel, run } = slowWorkbook(10);
  const { runner, workers } = fakeWorkers();
  const actions = createOfficeActions({ run, compute: runner });
  const before = excel.state();
  const abort = new AbortController();
  const outcome = actions.writeTargets(options, mapped, { signal: abort.signal }).catch((e: unknown) => e);
  await jest.advanceTimersByTimeAsync(1000);
  expect(workers).toHaveLength(1);
  expect(workers[0].terminated).toBe(false);
  abort.abort();
  await jest.advanceTimersByTimeAsync(0);
  expect(isCancelled(await outcome)).toBe(true);
  expect(workers[0].terminated).toBe(true);
  // An answer that still arrives is ignored.
  workers[0].answer();
  await jest.advanceTimersByTimeAsync(5000);
  expect(excel.state()).toBe(before);
});

test("Cancel during the publish's workbook check: the publish stops there and the workbook is as it was", async () => {
  const { excel, actions } = publishWorkbook();
  await runOutputs(actions);
  jest.useFakeTimers();
  const before = excel.state();
  const slow: ExcelRunner = (batch) => new Promise((r) => setTimeout(r, 1000)).then(() => excel.run(batch));
  const publishing = createOfficeActions({ run: slow });
  const abort = new AbortController();
  const stages: string[] = [];
  const outcome = publishing
    .publish({ financeCopy: true }, {}, { signal: abort.signal, onProgress: (p) => stages.push(p.stage) })
    .catch((e: unknown) => e);
  await jest.advanceTimersByTimeAsync(1500);
  expect(stages).toEqual(["check"]);
  abort.abort();
  await jest.advanceTimersByTimeAsync(0);
  expect(isCancelled(await outcome)).toBe(true);
  await jest.advanceTimersByTimeAsync(60000);
  expect(stages).toEqual(["check"]);
  expect(excel.state()).toBe(before);

  // The check on its own (the pane's Check button) stops the same way.
  const checking = new AbortController();
  const check = publishing.checkWorkbook({}, { signal: checking.signal }).catch((e: unknown) => e);
  await jest.advanceTimersByTimeAsync(500);
  checking.abort();
  await jest.advanceTimersByTimeAsync(0);
  expect(isCancelled(await check)).toBe(true);
});
