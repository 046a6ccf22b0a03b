import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

type Schema = Record<string, unknown>;
const FORMS = join(import.meta.dirname, '..', '..', 'forms');

export function formExample(formId: string, patch: Record<string, unknown> = {}, index = 0): Record<string, unknown> {
  const ex = JSON.parse(readFileSync(join(FORMS, formId, 'examples.json'), 'utf8')) as { valid: Record<string, unknown>[] };
  return { ...structuredClone(ex.valid[index]!), ...patch };
}

function load(formId: string, file: string): Schema {
  return JSON.parse(readFileSync(join(FORMS, formId, file), 'utf8')) as Schema;
}

function propertySchema(schema: Schema, key: string): Schema | undefined {
  const direct = (schema.properties as Record<string, Schema> | undefined)?.[key];
  if (direct && (direct.type || direct.oneOf || direct.enum || direct.const !== undefined)) return direct;
  for (const branch of [schema.then, schema.else, ...(((schema.allOf as Schema[]) ?? []).flatMap((s) => [s.then, s.else]))] as (Schema | undefined)[]) {
    const found = (branch?.properties as Record<string, Schema> | undefined)?.[key];
    if (found?.type) return { ...direct, ...found };
  }
  return direct;
}

const choices = (s: Schema) => ((s.oneOf as { const: unknown; title?: string }[] | undefined) ?? (s.enum as unknown[] | undefined)?.map((v) => ({ const: v, title: String(v) })) ?? []);

/** "2026-03-12T19:00:00+01:00" as the datetime-local value the Stockholm-time browser shows. */
function localDateTime(iso: string): string {
  const parts = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(new Date(iso));
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

async function fill(page: Page, schema: Schema, ui: Schema | undefined, id: string, value: unknown): Promise<void> {
  if (value === undefined || value === null) return;
  if ((ui?.['ui:widget'] as string | undefined) === 'hidden') return;
  const el = page.locator(`[id="${id}"]`);
  if (schema.type === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
    const order = (ui?.['ui:order'] as string[] | undefined) ?? Object.keys(value);
    const keys = [...order.filter((k) => k in (value as object)), ...Object.keys(value).filter((k) => !order.includes(k))];
    for (const key of keys) {
      const sub = propertySchema(schema, key);
      if (sub) await fill(page, sub, ui?.[key] as Schema | undefined, `${id}_${key}`, (value as Record<string, unknown>)[key]);
    }
    return;
  }
  if (schema.type === 'array' && Array.isArray(value)) {
    const items = schema.items as Schema;
    if (items.type === 'object') {
      for (let i = 0; i < value.length; i++) {
        await page.locator(`[id="${id}__add"]`).click();
        await fill(page, items, ui?.items as Schema | undefined, `${id}_${i}`, value[i]);
      }
      return;
    }
    const options = choices(items);
    for (const v of value) await page.locator(`[id="${id}-${options.findIndex((o) => o.const === v)}"]`).check();
    return;
  }
  if (schema.type === 'boolean' && schema.const !== undefined) {
    await el.setChecked(value === true);
    return;
  }
  const options = choices(schema);
  if (options.length > 0) {
    const index = options.findIndex((o) => o.const === value);
    await page.locator(`[id="${id}-${index}"], [id="${id}"]`).first().waitFor({ timeout: 3000 });
    if (ui?.['ui:widget'] === 'radio' || (schema.type === 'boolean' && !ui?.['ui:widget'])) {
      const radio = page.locator(`[id="${id}-${index}"]`);
      if (await radio.count()) return radio.check();
    }
    await el.waitFor({ timeout: 3000 });
    await el.selectOption({ label: options[index]!.title ?? String(value) });
    return;
  }
  if (schema.type === 'boolean') {
    await el.setChecked(value === true);
    return;
  }
  await el.waitFor({ timeout: 3000 });
  await el.fill(schema.format === 'date-time' ? localDateTime(String(value)) : String(value));
}

/** Fills an RJSF step form field by field, as a person would, from data shaped like its examples. */
export async function fillForm(page: Page, formId: string, data: Record<string, unknown>): Promise<void> {
  // Forms load lazily: wait until this one is on the page.
  await page.locator(`[id^="f-${formId}_"]`).first().waitFor({ timeout: 10_000 });
  await fill(page, load(formId, 'schema.json'), load(formId, 'ui.json'), `f-${formId}`, data);
}

/** Fills the current step's form and submits it; throws with the page's Swedish message if refused. */
export async function submitStep(page: Page, step: string, formId: string, data: Record<string, unknown>, button = 'Spara och skicka'): Promise<void> {
  await page.getByRole('heading', { name: `Aktuellt steg: ${step}` }).waitFor();
  await fillForm(page, formId, data);
  await page.getByRole('button', { name: button }).click();
  await page.getByText(`Sparat: ${step}.`).or(page.locator('.error-summary, .rejection')).first().waitFor();
  if (await page.locator('.error-summary, .rejection').count()) throw new Error(`${step}: ${await page.locator('.error-summary, .rejection').first().textContent()}`);
}

/** "Ny rapport": chooses the process and the enhet, fills the first form and sends it; returns the case URL. */
export async function report(page: Page, choice: RegExp, enhet: string, formId: string, data: Record<string, unknown>): Promise<string> {
  await page.getByRole('link', { name: 'Ny rapport' }).click();
  await page.getByLabel(choice).check();
  await page.getByLabel('Enhet där det hände').selectOption({ label: enhet });
  await fillForm(page, formId, data);
  await page.getByRole('button', { name: 'Skicka rapporten' }).click();
  await page.locator('.case-header').waitFor();
  return page.url();
}
