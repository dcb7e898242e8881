/** Targets: Reps (and Regions) -> options -> preview -> SalesTargets. */
import {
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Radio,
  RadioGroup,
  Slider,
  Switch,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { TargetOptions } from "../../jobs";
import type { Mappings, SalesPlanActions } from "../actions";
import { fill, useStrings, type Strings } from "../i18n";
import {
  InputsStep,
  NumberField,
  parseNumber,
  PreviewAndWrite,
  Section,
  useCommonStyles,
  RemoveRowButton,
  withoutIndex,
} from "./common";

export interface TargetsForm {
  readonly source: "company" | "regions";
  readonly companyTarget: string;
  readonly basis: TargetOptions["basis"];
  readonly blendHistory: number;
  readonly decimals: string;
  readonly fiscalYear: string;
  readonly fiscalStartMonth: string;
  readonly splitProducts: boolean;
  readonly products: readonly { readonly name: string; readonly weight: string }[];
}

export function initialTargetsForm(year: number): TargetsForm {
  return {
    source: "company",
    companyTarget: "",
    basis: "history",
    blendHistory: 60,
    decimals: "0",
    fiscalYear: String(year),
    fiscalStartMonth: "1",
    splitProducts: false,
    products: [
      { name: "Hardware", weight: "50" },
      { name: "Software", weight: "30" },
      { name: "Services", weight: "20" },
    ],
  };
}

export type TargetsErrors = Partial<Record<"companyTarget" | "fiscalYear" | `product${number}`, string>>;

/** The form as job options, or the fields at fault with their messages. */
export function targetsOptions(
  form: TargetsForm,
  strings: Strings,
): { options: TargetOptions | null; errors: TargetsErrors } {
  const errors: TargetsErrors = {};
  const company = parseNumber(form.companyTarget);
  if (form.source === "company" && (company === null || company === undefined || company <= 0))
    errors.companyTarget = strings.positiveExpected;
  const year = parseNumber(form.fiscalYear);
  if (year === null || year === undefined || !Number.isInteger(year) || year < 1900 || year > 9999)
    errors.fiscalYear = strings.numberExpected;
  const products = form.splitProducts
    ? form.products.map((p, i) => {
        const weight = parseNumber(p.weight);
        if (weight === null || weight === undefined || weight < 0 || p.name.trim() === "")
          errors[`product${i}`] = strings.numberExpected;
        return { product: p.name.trim(), weight: weight ?? 0 };
      })
    : [];
  if (Object.keys(errors).length > 0) return { options: null, errors };
  return {
    options: {
      source: form.source,
      companyTarget: form.source === "company" ? (company ?? null) : null,
      basis: form.basis,
      blendHistory: form.blendHistory,
      decimals: Number(form.decimals),
      fiscalYear: year as number,
      fiscalStartMonth: Number(form.fiscalStartMonth),
      products,
    },
    errors,
  };
}

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

export function TargetsWizard({ actions }: { actions: SalesPlanActions }): React.JSX.Element {
  const strings = useStrings();
  const styles = { ...useCommonStyles(), ...useStyles() };
  const [mappings, setMappings] = React.useState<Mappings>({});
  const [form, setForm] = React.useState<TargetsForm>(() => initialTargetsForm(new Date().getFullYear()));
  const set = <K extends keyof TargetsForm>(key: K, value: TargetsForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const { options, errors } = targetsOptions(form, strings);
  const monthName = (m: number) =>
    new Intl.DateTimeFormat(strings.numberLocale, { month: "long" }).format(
      new Date(Date.UTC(2026, m - 1, 15)),
    );
  const basisLabels: Record<TargetOptions["basis"], string> = {
    history: strings.basisHistory,
    potential: strings.basisPotential,
    equal: strings.basisEqual,
    blend: strings.basisBlend,
  };
  const decimalLabels: Record<string, string> = {
    "2": strings.decimals2,
    "0": strings.decimals0,
    "-2": strings.decimalsM2,
    "-3": strings.decimalsM3,
  };
  const names = form.source === "regions" ? (["Reps", "Regions"] as const) : (["Reps"] as const);
  return (
    <div className={styles.stack}>
      <InputsStep actions={actions} names={names} mappings={mappings} onMappings={setMappings} />
      <Section title={strings.stepOptions}>
        <Field label={strings.targetSource}>
          <RadioGroup
            value={form.source}
            onChange={(_, d) => set("source", d.value as TargetsForm["source"])}
          >
            <Radio value="company" label={strings.sourceCompany} />
            <Radio value="regions" label={strings.sourceRegions} />
          </RadioGroup>
        </Field>
        {form.source === "company" && (
          <NumberField
            label={strings.companyTarget}
            value={form.companyTarget}
            onChange={(v) => set("companyTarget", v)}
            error={form.companyTarget === "" ? undefined : errors.companyTarget}
          />
        )}
        <Field label={strings.basis}>
          <Dropdown
            className={styles.fullWidth}
            value={basisLabels[form.basis]}
            selectedOptions={[form.basis]}
            onOptionSelect={(_, d) => set("basis", d.optionValue as TargetOptions["basis"])}
          >
            {(Object.keys(basisLabels) as TargetOptions["basis"][]).map((b) => (
              <Option key={b} value={b}>
                {basisLabels[b]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {form.basis === "blend" && (
          <Field label={fill(strings.blendShare, { value: form.blendHistory })}>
            <Slider
              min={0}
              max={100}
              step={5}
              value={form.blendHistory}
              onChange={(_, d) => set("blendHistory", d.value)}
            />
          </Field>
        )}
        <div className={styles.grid2}>
          <Field label={strings.decimals}>
            <Dropdown
              className={styles.fullWidth}
              value={decimalLabels[form.decimals]}
              selectedOptions={[form.decimals]}
              onOptionSelect={(_, d) => set("decimals", d.optionValue ?? "0")}
            >
              {Object.keys(decimalLabels).map((k) => (
                <Option key={k} value={k}>
                  {decimalLabels[k]}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <NumberField
            label={strings.fiscalYear}
            value={form.fiscalYear}
            onChange={(v) => set("fiscalYear", v)}
            error={errors.fiscalYear}
          />
        </div>
        <Field label={strings.fiscalStart}>
          <Dropdown
            className={styles.fullWidth}
            value={monthName(Number(form.fiscalStartMonth))}
            selectedOptions={[form.fiscalStartMonth]}
            onOptionSelect={(_, d) => set("fiscalStartMonth", d.optionValue ?? "1")}
          >
            {MONTHS.map((m) => (
              <Option key={m} value={String(m)}>
                {monthName(m)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Switch
          label={strings.splitProducts}
          checked={form.splitProducts}
          onChange={(_, d) => set("splitProducts", d.checked)}
        />
        {form.splitProducts && (
          <div className={styles.plain}>
            {form.products.map((p, i) => (
              <div key={i} className={styles.pairRow}>
                <Field
                  validationMessage={errors[`product${i}`]}
                  validationState={errors[`product${i}`] ? "error" : "none"}
                >
                  <Input
                    className={styles.fullWidth}
                    aria-label={fill(strings.productNameRow, { row: i + 1 })}
                    placeholder={strings.productName}
                    value={p.name}
                    onChange={(_, d) =>
                      set(
                        "products",
                        form.products.map((q, j) => (j === i ? { ...q, name: d.value } : q)),
                      )
                    }
                  />
                </Field>
                <Field>
                  <Input
                    className={styles.fullWidth}
                    aria-label={fill(strings.productWeightRow, { row: i + 1 })}
                    placeholder={strings.productWeight}
                    inputMode="decimal"
                    value={p.weight}
                    onChange={(_, d) =>
                      set(
                        "products",
                        form.products.map((q, j) => (j === i ? { ...q, weight: d.value } : q)),
                      )
                    }
                  />
                </Field>
                <RemoveRowButton
                  label={fill(strings.removeRow, { row: i + 1 })}
                  onRemove={() => set("products", withoutIndex(form.products, i))}
                />
              </div>
            ))}
            <div>
              <Button
                size="small"
                onClick={() => set("products", [...form.products, { name: "", weight: "" }])}
              >
                {strings.addRow}
              </Button>
            </div>
          </div>
        )}
      </Section>
      <PreviewAndWrite
        stamp={JSON.stringify([options, mappings])}
        table="SalesTargets"
        columns={["RepID", "Region", "Period", "Target"]}
        ready={options !== null}
        makePreview={() => actions.previewTargets(options as TargetOptions, mappings)}
        makeWrite={() => actions.writeTargets(options as TargetOptions, mappings)}
      />
    </div>
  );
}
