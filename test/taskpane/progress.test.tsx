/**
 * @jest-environment jsdom
 */
/**
 * Progress and Cancel around a job's preview and write (PreviewAndWrite, useTask): no bar for a
 * quick run, a labelled bar and Cancel for a slow one, and a cancel that leaves the workbook as it
 * was. The actions are the real jobs over the in-memory Excel (fakeActions). Time is jest's fake
 * clock: "quick" and "slow" are SLOW_MS on that clock, never the machine's speed.
 */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import type { RunControl, RunProgress, TargetOptions } from "../../src/taskpane/actions";
import { catalogues } from "../../src/taskpane/i18n";
import { PreviewAndWrite } from "../../src/taskpane/wizards/PreviewAndWrite";
import { progressText } from "../../src/taskpane/wizards/TaskProgress";
import { SLOW_MS } from "../../src/taskpane/wizards/task";
import { defaultTargetOptions } from "../../src/jobs";
import { fakeActions } from "./fakeActions";
import { renderWithStrings } from "./render";

jest.setTimeout(20000);

const options: TargetOptions = {
  ...defaultTargetOptions,
  companyTarget: 7_000_000,
  basis: "equal",
  fiscalYear: 2026,
};

afterEach(() => jest.useRealTimers());

/** Let `ms` pass on jest's fake clock, running the timers due and what they set off. */
const elapse = (ms: number) => act(() => jest.advanceTimersByTimeAsync(ms));

/** An action's work held until the test releases it: how long it "takes" is up to the test. */
function gate(): { wait: () => Promise<void>; release: () => void } {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  return { wait: () => held, release: () => release() };
}

/** Whether a progress bar ever appeared while `during` ran (a MutationObserver sees every render). */
async function everShowsProgress(during: () => Promise<void>): Promise<boolean> {
  let seen = false;
  const observer = new MutationObserver(() => {
    if (document.querySelector('[role="progressbar"]')) seen = true;
  });
  observer.observe(document.body, { childList: true, subtree: true });
  await during();
  observer.disconnect();
  return seen;
}

function renderTargets(
  actions: ReturnType<typeof fakeActions>["actions"],
  strings = catalogues.en,
): ReturnType<typeof renderWithStrings> {
  return renderWithStrings(
    <PreviewAndWrite
      table="SalesTargets"
      columns={["RepID", "Period", "Target"]}
      makePreview={(control) => actions.previewTargets(options, {}, control)}
      makeWrite={(control) => actions.writeTargets(options, {}, control)}
      ready
      stamp="1"
    />,
    strings,
  );
}

test("labels each stage in both languages", () => {
  const p = (stage: RunProgress["stage"], done: number, total: number): RunProgress => ({
    stage,
    done,
    total,
  });
  const en = catalogues.en;
  const zh = catalogues.zh;
  expect(progressText(p("write", 2, 12), en)).toBe("Writing block 3 of 12…");
  expect(progressText(p("write", 2, 12), zh)).toBe("正在写入第 3 块，共 12 块…");
  expect(progressText(p("write", 0, 0), en)).toBe("Preparing the tables…");
  expect(progressText(p("read", 1, 3), en)).toBe("Reading table 2 of 3…");
  expect(progressText(p("read", 1, 3), zh)).toBe("正在读取第 2 个表，共 3 个…");
  expect(progressText(p("compute", 0, 1), zh)).toBe("正在计算…");
  expect(progressText(p("commit", 0, 1), en)).toBe("Replacing the tables…");
  expect(progressText(null, en)).toBe("Working…");
});

test("the real actions report reading, computing, each block and the commit, in order", async () => {
  const { actions } = fakeActions();
  const seen: string[] = [];
  const control: RunControl = { onProgress: (p) => seen.push(`${p.stage} ${p.done}/${p.total}`) };
  const result = await actions.writeTargets(options, {}, control);
  expect(result.tables.map((t) => t.name)).toEqual(["SalesTargets", "SalesAudit"]);
  expect(seen).toEqual(["read 0/1", "compute 0/1", "write 0/0", "write 0/1", "commit 0/1", "commit 1/1"]);
});

test("a quick preview shows no progress bar (no flicker)", async () => {
  const { actions: real } = fakeActions();
  const computed = await real.previewTargets(options, {});
  jest.useFakeTimers();
  const work = gate();
  let took = Infinity;
  // The real preview's result, released just under SLOW_MS after the click.
  const actions = {
    ...real,
    previewTargets: async (_o: TargetOptions, _m: object, control?: RunControl) => {
      const started = Date.now();
      control?.onProgress?.({ stage: "read", done: 0, total: 1 });
      await work.wait();
      took = Date.now() - started;
      return computed;
    },
  };
  renderTargets(actions);
  const shown = await everShowsProgress(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Preview" }));
    await elapse(SLOW_MS - 1);
    await act(async () => work.release());
    await screen.findByRole("table", { name: "Preview of SalesTargets" });
    // well past the threshold: a timer the run left behind would show the bar now
    await elapse(SLOW_MS);
  });
  // the test only means something when the run was in fact quicker than the threshold
  expect(took).toBeLessThan(SLOW_MS);
  expect(shown).toBe(false);
});

/** Write needs a fresh Preview: preview on the real clock, then the clock is the test's. */
async function previewFirst(write: string): Promise<void> {
  fireEvent.click(screen.getByRole("button", { name: /^(Preview|预览)$/ }));
  await waitFor(() =>
    expect(screen.getByRole("button", { name: write }).hasAttribute("disabled")).toBe(false),
  );
  jest.useFakeTimers();
}

/** Click Write and go ahead on the confirmation naming what it replaces. */
function confirmWrite(write: string, confirm = "Replace and write"): void {
  fireEvent.click(screen.getByRole("button", { name: write }));
  fireEvent.click(screen.getByRole("button", { name: confirm }));
}

test("a slow write shows a labelled progress bar and Cancel; Cancel leaves the workbook as it was", async () => {
  const { actions: real, excel } = fakeActions();
  const work = gate();
  // The real write, started once released: the run is slow, and the cancel reaches the real path.
  const actions = {
    ...real,
    writeTargets: async (o: TargetOptions, m: object, control?: RunControl) => {
      control?.onProgress?.({ stage: "read", done: 0, total: 1 });
      await work.wait();
      return real.writeTargets(o, m, control);
    },
  };
  renderTargets(actions);
  await previewFirst("Write SalesTargets");
  const before = excel.state();
  confirmWrite("Write SalesTargets");
  expect(screen.queryByRole("progressbar")).toBeNull();
  await elapse(SLOW_MS - 1);
  expect(screen.queryByRole("progressbar")).toBeNull();
  await elapse(1);
  const bar = screen.getByRole("progressbar", { name: "Reading table 1 of 1…" });
  expect(bar.getAttribute("aria-valuenow")).toBe("0");
  expect(screen.getByRole("button", { name: "Write SalesTargets" }).hasAttribute("disabled")).toBe(true);
  fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
  await act(async () => work.release());
  await screen.findByText("Nothing in the workbook was changed.");
  expect(screen.getByText("Cancelled")).toBeTruthy();
  expect(screen.queryByRole("progressbar")).toBeNull();
  expect(screen.queryByText("Could not finish")).toBeNull();
  expect(excel.state()).toBe(before);
  expect(excel.workbook.tables.map((t) => t.name)).not.toContain("SalesTargets");
  // and a new run goes through (the preview still holds: nothing was written)
  confirmWrite("Write SalesTargets");
  await screen.findByText(/Written: SalesTargets \(\d+ rows, new\)/, undefined, { timeout: 5000 });
  expect(screen.queryByText("Nothing in the workbook was changed.")).toBeNull();
});

test("Cancel is off once the commit has begun, and the finished write is reported", async () => {
  const { actions: real, excel } = fakeActions();
  const work = gate();
  const actions = {
    ...real,
    writeTargets: async (o: TargetOptions, m: object, control?: RunControl) => {
      control?.onProgress?.({ stage: "commit", done: 0, total: 1 });
      await work.wait();
      return real.writeTargets(o, m, { onProgress: control?.onProgress });
    },
  };
  renderTargets(actions, catalogues.zh);
  await previewFirst("写入 SalesTargets");
  confirmWrite("写入 SalesTargets", "确认写入");
  await elapse(SLOW_MS);
  screen.getByRole("progressbar", { name: "正在替换表格…" });
  expect(screen.getByRole("button", { name: "取消" }).hasAttribute("disabled")).toBe(true);
  expect(screen.getByText("已无法取消：正在替换表格。")).toBeTruthy();
  await act(async () => work.release());
  await screen.findByText(/已写入：SalesTargets/);
  await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
  expect(excel.workbook.tables.map((t) => t.name)).toContain("SalesTargets");
});

test("a failure is still an error, not a cancel", async () => {
  const { actions: real } = fakeActions();
  const actions = {
    ...real,
    previewTargets: (o: TargetOptions, m: object, control?: RunControl) =>
      real.previewTargets({ ...o, companyTarget: null }, m, control),
  };
  renderTargets(actions);
  fireEvent.click(screen.getByRole("button", { name: "Preview" }));
  await screen.findByText("Could not finish");
  expect(screen.queryByText("Cancelled")).toBeNull();
});
