import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

type Schema = Record<string, unknown>;
const FORMS = join(import.meta.dirname, '..', '..', 'forms');

// Interactions per page: each click, and each field typed, chosen or ticked (a field already showing its value is left alone).
const interactions = new WeakMap<Page, { clicks: number; fields: number }>();

/** Counts interactions of the person using `page`: clicks (buttons, links, sign-in) or fields filled in. */
export function tally(page: Page, kind: 'click' | 'field' = 'click', n = 1): void {
  const counts = interactions.get(page) ?? { clicks: 0, fields: 0 };
  if (kind === 'click') counts.clicks += n;
  else counts.fields += n;
  interactions.set(page, counts);
}

/** The interactions the helpers have made on `page`. */
export function interactionsOn(page: Page): { clicks: number; fields: number } {
  return interactions.get(page) ?? { clicks: 0, fields: 0 };
}

/** A value the person accepts when the form already shows one (a default carried forward), else types. */
export class Prefilled {
  constructor(readonly fallback: unknown) {}
}
export const prefilled = (fallback: unknown): Prefilled => new Prefilled(fallback);

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
  for (const branch of [schema.then, schema.else, ...((schema.allOf as Schema[]) ?? []).flatMap((s) => [s.then, s.else])] as (
    Schema | undefined
  )[]) {
    const found = (branch?.properties as Record<string, Schema> | undefined)?.[key];
    if (found?.type) return { ...direct, ...found };
  }
  return direct;
}

const choices = (s: Schema) =>
  (s.oneOf as { const: unknown; title?: string }[] | undefined) ??
  (s.enum as unknown[] | undefined)?.map((v) => ({ const: v, title: String(v) })) ??
  [];

/** "2026-03-12T19:00:00+01:00" as the datetime-local value the Stockholm-time browser shows. */
function localDateTime(iso: string): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(iso));
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

async function fill(page: Page, schema: Schema, ui: Schema | undefined, id: string, wanted: unknown): Promise<void> {
  if (wanted === undefined || wanted === null) return;
  if ((ui?.['ui:widget'] as string | undefined) === 'hidden') return;
  const el = page.locator(`[id="${id}"]`);
  const keep = wanted instanceof Prefilled;
  const value = keep ? wanted.fallback : wanted;
  // Accepting a prefilled object or list accepts each of its fields.
  const part = (v: unknown) => (keep && !(v instanceof Prefilled) ? new Prefilled(v) : v);
  if (schema.type === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
    const order = (ui?.['ui:order'] as string[] | undefined) ?? Object.keys(value);
    const keys = [...order.filter((k) => k in (value as object)), ...Object.keys(value).filter((k) => !order.includes(k))];
    for (const key of keys) {
      const sub = propertySchema(schema, key);
      if (sub) await fill(page, sub, ui?.[key] as Schema | undefined, `${id}_${key}`, part((value as Record<string, unknown>)[key]));
    }
    return;
  }
  if (schema.type === 'array' && Array.isArray(value)) {
    const items = schema.items as Schema;
    if (items.type === 'object') {
      // Items the form already shows (prefilled) are filled in place; the rest are added.
      for (let i = 0; i < value.length; i++) {
        if ((await page.locator(`[id^="${id}_${i}_"]`).count()) === 0) {
          await page.locator(`[id="${id}__add"]`).click();
          tally(page);
        }
        await fill(page, items, ui?.items as Schema | undefined, `${id}_${i}`, part(value[i]));
      }
      return;
    }
    const options = choices(items);
    for (const v of value) {
      const box = page.locator(`[id="${id}-${options.findIndex((o) => o.const === v)}"]`);
      if (await box.isChecked()) continue;
      await box.check();
      tally(page, 'field');
    }
    return;
  }
  if (schema.type === 'boolean' && schema.const !== undefined) return tick(page, el, value === true);
  const options = choices(schema);
  if (options.length > 0) {
    const index = options.findIndex((o) => o.const === value);
    await page.locator(`[id="${id}-${index}"], [id="${id}"]`).first().waitFor({ timeout: 3000 });
    if (ui?.['ui:widget'] === 'radio' || (schema.type === 'boolean' && !ui?.['ui:widget'])) {
      const radio = page.locator(`[id="${id}-${index}"]`);
      if (await radio.count()) {
        if (keep && (await page.locator(`[id^="${id}-"]:checked`).count())) return;
        return tick(page, radio, true);
      }
    }
    await el.waitFor({ timeout: 3000 });
    const label = options[index]!.title ?? String(value);
    const shown = await el.evaluate((s: HTMLSelectElement) => ({ label: s.selectedOptions[0]?.textContent ?? '', chosen: s.value !== '' }));
    if (shown.label === label || (keep && shown.chosen)) return;
    await el.selectOption({ label });
    tally(page, 'field');
    return;
  }
  if (schema.type === 'boolean') return tick(page, el, value === true);
  await el.waitFor({ timeout: 3000 });
  const text = schema.format === 'date-time' ? localDateTime(String(value)) : String(value);
  const current = await el.inputValue();
  if (current === text || (keep && current !== '')) return;
  await el.fill(text);
  tally(page, 'field');
}

/** Ticks or unticks a checkbox or radio, counting it only when it changes. */
async function tick(page: Page, el: ReturnType<Page['locator']>, on: boolean): Promise<void> {
  if ((await el.isChecked()) === on) return;
  await el.setChecked(on);
  tally(page, 'field');
}

/**
 * Fills an RJSF step form field by field, as a person would, from data shaped like its examples. `shownAs` is the id the
 * page shows the form under when a process owner's edit copied it (e.g. `riskanalys-deltagare-v3`).
 */
export async function fillForm(page: Page, formId: string, data: Record<string, unknown>, shownAs = formId): Promise<void> {
  // Forms load lazily: wait until this one is on the page.
  await page.locator(`[id^="f-${shownAs}_"]`).first().waitFor({ timeout: 10_000 });
  await fill(page, load(formId, 'schema.json'), load(formId, 'ui.json'), `f-${shownAs}`, data);
}

/** Fills the current step's form and submits it; throws with the page's Swedish message if refused. */
export async function submitStep(
  page: Page,
  step: string,
  formId: string,
  data: Record<string, unknown>,
  button = 'Spara och skicka',
): Promise<void> {
  await page.getByRole('heading', { name: `Aktuellt steg: ${step}` }).waitFor();
  await fillForm(page, formId, data);
  await page.getByRole('button', { name: button }).click();
  tally(page);
  await page.getByText(`Sparat: ${step}.`).or(page.locator('.error-summary, .rejection')).first().waitFor();
  if (await page.locator('.error-summary, .rejection').count())
    throw new Error(`${step}: ${await page.locator('.error-summary, .rejection').first().textContent()}`);
}

/** "Ny rapport": chooses the process and the enhet, fills the first form and sends it; returns the case URL. */
export async function report(page: Page, choice: RegExp, enhet: string, formId: string, data: Record<string, unknown>): Promise<string> {
  await page.getByRole('link', { name: 'Ny rapport' }).click();
  await page.getByLabel(choice).check();
  tally(page, 'click', 2);
  const where = page.getByLabel('Enhet där det hände');
  // The only enhet someone reports for is chosen already.
  if ((await where.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent)) !== enhet) {
    await where.selectOption({ label: enhet });
    tally(page, 'field');
  }
  await fillForm(page, formId, data);
  await page.getByRole('button', { name: 'Skicka rapporten' }).click();
  tally(page);
  await page.locator('.case-header, .error-summary, .rejection').first().waitFor();
  if (await page.locator('.error-summary, .rejection').count())
    throw new Error(`Rapporten: ${await page.locator('.error-summary, .rejection').first().textContent()}`);
  return page.url();
}
