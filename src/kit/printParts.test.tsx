// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArendeState, ProcessCatalog } from '../engine/index';
import { formatDateTime } from './format';
import { Field, OtherFields } from './printParts';

afterEach(cleanup);

const rows = (c: HTMLElement) => [...c.querySelectorAll('dt')].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`);

describe('print documents (issue 27)', () => {
  it('prints instants in Stockholm time, dates as dates and yes/no in Swedish, also inside a value', () => {
    const { container } = render(
      <dl>
        <Field label="Registrerad" value="2026-10-29T06:27:15.401Z" />
        <Field label="Datum" value="2026-10-29" />
        <Field label="Utredare" value={{ namn: 'Sara Nyberg', intygarInteJav: true }} />
        <Field label="Underlag" value={[{ titel: 'Journal' }, { titel: 'Samtal' }]} />
        <Field label="Tom lista" value={[]} />
      </dl>,
    );
    expect(rows(container)).toEqual([
      // In the reader's own time zone (Stockholm on a kommun's PC), never the stored ISO form.
      `Registrerad: ${formatDateTime('2026-10-29T06:27:15.401Z')}`,
      'Datum: 2026-10-29',
      'Utredare: Sara Nyberg, Ja',
      'Underlag: Journal; Samtal',
    ]);
    expect(container.textContent).not.toContain('T06:27');
  });

  it("prints the step's fields the document does not name, under their own labels", () => {
    const state = {
      loaded: { formOf: new Map([['utredning.submit', 'f']]) },
      snapshot: { context: { steps: { 'utredning.submit': { data: { orsaker: 'Stress', samradMas: 'Ja, 2 nov', tom: '' } } } } },
    } as unknown as ArendeState;
    const catalog = {
      forms: { f: { schema: { properties: { orsaker: { title: 'Orsaker' }, samradMas: { title: 'Samråd med MAS' }, tom: {} } } } },
    } as unknown as ProcessCatalog;
    const { container } = render(
      <dl>
        <OtherFields catalog={catalog} state={state} event="utredning.submit" shown={['orsaker']} />
      </dl>,
    );
    expect(rows(container)).toEqual(['Samråd med MAS: Ja, 2 nov']);
  });
});
