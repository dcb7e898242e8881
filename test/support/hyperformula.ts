/**
 * A real spreadsheet engine for the custom functions: HyperFormula with one plugin that exposes
 * every function of the built bundle as SALES.<NAME>, so tests write formulas like a user does
 * (`=SALES.PACE(A1,B1,C1,D1)`, spilled arrays included) and read the cells back.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
  type RawCellContent,
} from "hyperformula";
import { CustomFunctionError, loadBundle, type LoadedBundle } from "./bundle";

/** The result size of a function that returns a matrix, from the sizes of its arguments. */
export type ShapeRule = (argumentSizes: readonly ArraySize[]) => ArraySize;

export interface SheetOptions {
  /** Per function id (e.g. "TARGETSPLIT"): how big its spilled result is. Default: the first argument's size. */
  readonly shapes?: Readonly<Record<string, ShapeRule>>;
  readonly displayLanguage?: string;
  readonly bundle?: LoadedBundle;
}

const errorTypes: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
};

/** A HyperFormula cell value as Excel would hand it to a custom function. */
function toExcelArgument(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof CellError)
    return { code: `#${value.type === ErrorType.DIV_BY_ZERO ? "DIV/0!" : value.type}` };
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: unknown }).val;
  return value;
}

function toHyperFormulaValue(value: unknown): unknown {
  if (value === null || value === undefined || value === "") return EmptyValue;
  return value;
}

let pluginCount = 0;

/** Build a HyperFormula instance whose SALES.* functions are the built bundle's. */
export function createSheet(
  cells: RawCellContent[][],
  options: SheetOptions = {},
): {
  hf: HyperFormula;
  value: (a1: string) => unknown;
  range: (a1: string, rows: number, columns: number) => unknown[][];
} {
  const bundle = options.bundle ?? loadBundle({ displayLanguage: options.displayLanguage });
  const implemented: ImplementedFunctions = {};
  const methods: Record<string, unknown> = {};
  for (const meta of bundle.metadata.functions) {
    const formulaId = `SALES.${meta.name}`;
    const method = `sales_${meta.id}`;
    const sizeMethod = `${method}_size`;
    implemented[formulaId] = {
      method,
      parameters: meta.parameters.map((p) => ({
        argumentType: FunctionArgumentType.ANY,
        optionalArg: !!p.optional,
      })),
      ...(meta.result.dimensionality === "matrix" ? { sizeOfResultArrayMethod: sizeMethod } : {}),
    };
    methods[method] = function (this: FunctionPlugin & Record<string, never>, ast: never, state: never) {
      const self = this as unknown as {
        runFunction: FunctionPlugin["runFunction" & keyof FunctionPlugin];
        metadata: (name: string) => never;
      };
      return (self.runFunction as unknown as (...a: unknown[]) => unknown)(
        (ast as { args: unknown[] }).args,
        state,
        self.metadata(formulaId),
        (...args: unknown[]) => {
          const excelArgs = args.map((arg) =>
            arg instanceof SimpleRangeValue
              ? arg.rawData().map((row) => row.map(toExcelArgument))
              : toExcelArgument(arg),
          );
          try {
            const result = bundle.call(meta.id, ...excelArgs);
            if (Array.isArray(result)) {
              return SimpleRangeValue.onlyValues(
                (result as unknown[][]).map(
                  (row) =>
                    row.map((cell) =>
                      cell instanceof CustomFunctionError
                        ? new CellError(errorTypes[cell.code] ?? ErrorType.VALUE, cell.message)
                        : toHyperFormulaValue(cell),
                    ) as never[],
                ),
              );
            }
            return toHyperFormulaValue(result);
          } catch (error) {
            if (error instanceof CustomFunctionError)
              return new CellError(errorTypes[error.code] ?? ErrorType.VALUE, error.message);
            throw error;
          }
        },
      );
    };
    methods[sizeMethod] = function (this: unknown, ast: { args: unknown[] }, state: unknown) {
      const self = this as { arraySizeForAst: (a: unknown, s: unknown) => ArraySize };
      const sizes = ast.args.map((arg) => self.arraySizeForAst(arg, state));
      const rule = options.shapes?.[meta.id] ?? ((s: readonly ArraySize[]) => s[0] ?? ArraySize.scalar());
      // A range argument's size comes back marked as a reference, which HyperFormula reads as one
      // cell; the spill is a plain width x height.
      const size = rule(sizes);
      return size.isScalar() ? size : new ArraySize(size.width, size.height);
    };
  }
  // Each sheet gets its own plugin class, bound to its own bundle (and display language).
  pluginCount += 1;
  const Plugin = class extends FunctionPlugin {
    static override implementedFunctions = implemented;
  };
  Object.defineProperty(Plugin, "name", { value: `SalesPlanPlugin${pluginCount}` });
  Object.assign(Plugin.prototype, methods);
  const translations = Object.fromEntries(Object.keys(implemented).map((id) => [id, id]));
  for (const id of Object.keys(implemented)) {
    if (HyperFormula.getRegisteredFunctionNames("enGB").includes(id)) HyperFormula.unregisterFunction(id);
  }
  HyperFormula.registerFunctionPlugin(Plugin, { enGB: translations });
  const hf = HyperFormula.buildFromArray(cells, { licenseKey: "gpl-v3", precisionRounding: 14 });
  const sheet = 0;
  return {
    hf,
    value: (a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, sheet)!),
    range: (a1: string, rows: number, columns: number) => {
      const start = hf.simpleCellAddressFromString(a1, sheet)!;
      return hf.getRangeValues({
        start,
        end: { sheet, row: start.row + rows - 1, col: start.col + columns - 1 },
      });
    },
  };
}

export { ArraySize };
