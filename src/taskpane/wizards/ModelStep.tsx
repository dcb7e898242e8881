/**
 * The Incentive plan wizard's plan cost step: the plan as it stands in the form (saved or not), and
 * optionally another one beside it, run over every rep at each scenario by the model job (the same
 * as `salesplan model`); the cost per scenario as a table, the pay per rep as a box plot, and a
 * guarded write of SalesPlanModel (only from a fresh model of the same options).
 */
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import * as React from "react";
import type { Plan } from "../../engine/incentives";
import { DEFAULT_SCENARIOS, localize, parseScenarios, type ModelBasis } from "../../jobs";
import { SalesPlanError } from "../../kernel/errors";
import type { Mappings, ModelView, RunResult, SalesPlanActions } from "../actions";
import { fill, pick, useStrings } from "../i18n";
import { ErrorBar, Section, SuccessBar } from "./fields";
import { ModelChart } from "./ModelChart";
import { ConfirmWrite, writtenText } from "./PreviewAndWrite";
import { UndoOffer, undoOf } from "./UndoOffer";
import { useCommonStyles, useFormat } from "./styles";
import { useTask } from "./task";
import { TaskProgress } from "./TaskProgress";

const planLabel = (plan: Plan) => `${plan.name} ${plan.version}`.trim();

export function ModelStep({
  actions,
  mappings,
  plan,
  measureTargets,
  others,
}: {
  actions: SalesPlanActions;
  mappings: Mappings;
  /** The plan in the form, checked; null while it has errors. */
  plan: Plan | null;
  measureTargets: Readonly<Record<string, number | null>>;
  /** Plans that can be modelled beside it (the saved version, the workbook's other plans). */
  others: readonly Plan[];
}): React.JSX.Element {
  const strings = useStrings();
  const styles = useCommonStyles();
  const format = useFormat();
  const [scenariosText, setScenariosText] = React.useState(DEFAULT_SCENARIOS.join(", "));
  const [basis, setBasis] = React.useState<ModelBasis>("scaled");
  const [compare, setCompare] = React.useState(-1);
  const [confirming, setConfirming] = React.useState(false);
  const model = useTask<ModelView>();
  const written = useTask<RunResult>();
  const scenarios = React.useMemo(() => {
    try {
      return { values: parseScenarios(scenariosText), error: null };
    } catch (error) {
      if (error instanceof SalesPlanError) return { values: null, error: pick(localize(error), strings) };
      throw error;
    }
  }, [scenariosText, strings]);
  const other = compare >= 0 ? others[compare] : undefined;
  const ready = plan !== null && scenarios.values !== null;
  const request = () => ({
    plans: other ? [plan as Plan, other] : [plan as Plan],
    scenarios: scenarios.values as number[],
    basis,
    measureTargets,
    language: strings.locale === "zh" ? ("zh" as const) : ("en" as const),
  });
  // A model shown for other options is out of date: it goes, and Write waits for a new one.
  const stamp = JSON.stringify([
    plan,
    other,
    scenarios.values,
    basis,
    measureTargets,
    mappings,
    strings.locale,
  ]);
  const { reset: resetModel } = model;
  const { reset: resetWritten } = written;
  const [modelledAt, setModelledAt] = React.useState<string | null>(null);
  React.useEffect(() => {
    resetModel();
    resetWritten();
    setConfirming(false);
  }, [stamp, resetModel, resetWritten]);
  const fresh = model.value !== null && !model.busy && modelledAt === stamp && written.value === null;
  const write = () => {
    setConfirming(false);
    void written.run((control) => actions.writeModel(request(), mappings, control));
  };
  const basisLabels: Record<ModelBasis, string> = {
    scaled: strings.modelBasisScaled,
    lastyear: strings.modelBasisLastYear,
  };
  const rows = model.value?.rows ?? [];
  const twoPlans = new Set(rows.map((r) => `${String(r.Plan)} ${String(r.Version)}`)).size > 1;
  const percent = (v: unknown) => (typeof v === "number" ? `${format(v * 100, 1)}%` : "");
  return (
    <div id="plan-cost" className={styles.plain}>
      <Section title={strings.modelTitle}>
        <Caption1>{strings.modelIntro}</Caption1>
        <Field
          label={strings.modelScenarios}
          validationState={scenarios.error ? "error" : "none"}
          validationMessage={scenarios.error ?? undefined}
        >
          <Input
            className={styles.fullWidth}
            value={scenariosText}
            onChange={(_, d) => setScenariosText(d.value)}
          />
        </Field>
        <div className={styles.grid2}>
          <Field label={strings.modelBasis}>
            <Dropdown
              className={styles.fullWidth}
              value={basisLabels[basis]}
              selectedOptions={[basis]}
              onOptionSelect={(_, d) => setBasis(d.optionValue as ModelBasis)}
            >
              {(Object.keys(basisLabels) as ModelBasis[]).map((b) => (
                <Option key={b} value={b}>
                  {basisLabels[b]}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field label={strings.modelCompare}>
            <Dropdown
              className={styles.fullWidth}
              value={other ? planLabel(other) : strings.modelCompareNone}
              selectedOptions={[String(compare)]}
              onOptionSelect={(_, d) => setCompare(Number(d.optionValue ?? -1))}
            >
              <Option value="-1">{strings.modelCompareNone}</Option>
              {others.map((p, i) => (
                <Option key={i} value={String(i)} text={planLabel(p)}>
                  {planLabel(p)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </div>
        <div className={styles.actions}>
          <Button
            disabled={!ready || model.busy}
            onClick={() => {
              const at = stamp;
              void model.run(async (control) => {
                const view = await actions.previewModel(request(), mappings, control);
                setModelledAt(at);
                return view;
              });
            }}
          >
            {strings.modelRun}
          </Button>
          <Button
            appearance="primary"
            disabled={!fresh || written.busy}
            onClick={() => (model.value?.impact.length ? setConfirming(true) : write())}
          >
            {strings.modelWrite}
          </Button>
        </div>
        {confirming && fresh && model.value && (
          <ConfirmWrite impact={model.value.impact} onConfirm={write} onCancel={() => setConfirming(false)} />
        )}
        <TaskProgress task={model} />
        <TaskProgress task={written} />
        <ErrorBar error={model.error} />
        <ErrorBar error={written.error} />
        {written.value && <SuccessBar>{writtenText(written.value, strings)}</SuccessBar>}
        <UndoOffer result={written.value} writing={written.busy} undo={undoOf(actions)} />
        {model.value && (
          <>
            <div className={styles.tableWrap}>
              <Table size="extra-small" className={styles.table} aria-label={strings.modelTableLabel}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell className={styles.cellNumber}>
                      {strings.modelColScenario}
                    </TableHeaderCell>
                    {twoPlans && <TableHeaderCell>{strings.modelColPlan}</TableHeaderCell>}
                    <TableHeaderCell className={styles.cellNumber}>{strings.modelColPayout}</TableHeaderCell>
                    <TableHeaderCell className={styles.cellNumber}>{strings.modelColCost}</TableHeaderCell>
                    <TableHeaderCell className={styles.cellNumber}>
                      {strings.modelColAboveCap}
                    </TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {rows.map((r, i) => (
                    <TableRow key={i}>
                      <TableCell className={styles.cellNumber}>{percent(r.Scenario)}</TableCell>
                      {twoPlans && (
                        <TableCell
                          className={styles.wrap}
                        >{`${String(r.Plan)} ${String(r.Version)}`}</TableCell>
                      )}
                      <TableCell className={styles.cellNumber}>{format(r.Payout as number, 0)}</TableCell>
                      <TableCell className={styles.cellNumber}>{percent(r.CostOfSales)}</TableCell>
                      <TableCell className={styles.cellNumber}>
                        {fill(strings.modelAboveCapOf, { capped: Number(r.AboveCap), reps: Number(r.Reps) })}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
            <ModelChart lines={model.value.lines} year={model.value.year} />
            <Caption1 className={styles.muted}>{strings.modelLegend}</Caption1>
          </>
        )}
      </Section>
    </div>
  );
}
