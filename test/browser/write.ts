/**
 * Write goes from a fresh Preview only, after a confirmation naming what it replaces (issue 18
 * item 3): the browser tests' way through it, in either language.
 */
import type { Page } from "playwright-core";

const PREVIEW = /^(Preview|预览)$/;
const CONFIRM = /^(Replace and write|确认写入)$/;

/** Preview (unless done already), wait for Write to be enabled, click it and confirm. */
export async function writeAfterPreview(
  page: Page,
  write: string,
  { preview = true, timeout = 60000 }: { preview?: boolean; timeout?: number } = {},
): Promise<void> {
  if (preview) await page.getByRole("button", { name: PREVIEW }).click();
  const button = page.getByRole("button", { name: write });
  await button.and(page.locator(":enabled")).waitFor({ timeout });
  await button.click();
  await page.getByRole("button", { name: CONFIRM }).click();
}
