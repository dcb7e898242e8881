/** What a run stops with: the SalesPlanError it throws, formatted in English and Chinese. */
import { SalesPlanError } from "../../src/kernel/errors";

export function stopsWith(f: () => unknown): { en: string; zh: string } {
  let error: unknown = null;
  try {
    f();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(SalesPlanError);
  return { en: (error as SalesPlanError).format("en"), zh: (error as SalesPlanError).format("zh") };
}
