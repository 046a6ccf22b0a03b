// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FormSpec } from '../../engine/index';
import { FieldEditor } from './FieldEditor';
import { containerOf, partsOf } from './subFields';
import { shippedForm } from '../../../test/support/testForms';

let latest: FormSpec | undefined;
function Harness({ initial }: { initial: FormSpec }) {
  const [form, setForm] = useState(initial);
  return <FieldEditor form={form} original={initial} locked={new Set(['deltagare'])} onChange={(f) => setForm((latest = f))} />;
}

afterEach(cleanup);

describe('a law-bound list of rows in the field editor', () => {
  it('shows what it holds, takes a local column and gives it back, and keeps its own parts', () => {
    render(<Harness initial={shippedForm('riskanalys-deltagare')} />);
    const holds = () => screen.getByRole('list', { name: 'Deltagare innehåller' });
    expect(holds().textContent).toContain('Brukarrepresentant');
    // Nothing it came with can be removed: its only button adds an alternative to its choice.
    expect(within(holds()).queryAllByRole('button', { name: /^Ta bort/ })).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Var ska fältet ligga?'), { target: { value: 'deltagare' } });
    fireEvent.change(screen.getByLabelText('Etikett'), { target: { value: 'Organisation' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till fält' }));
    expect(screen.getByRole('status').textContent).toBe('Fältet "Organisation" lades till sist i listan "Deltagare".');
    expect(partsOf(containerOf(latest!, 'deltagare')!).map((p) => p.label)).toContain('Organisation');
    expect(holds().textContent).toContain('Tillagt lokalt');

    fireEvent.click(within(holds()).getByRole('button', { name: 'Ta bort Organisation ur Deltagare' }));
    expect(latest!.schema).toEqual(shippedForm('riskanalys-deltagare').schema);
  });

  it('takes a local alternative in a choice of the list, beside the ones it came with', () => {
    render(<Harness initial={shippedForm('riskanalys-deltagare')} />);
    fireEvent.change(screen.getByLabelText('Nytt alternativ i Funktion'), { target: { value: 'Anhörigrepresentant' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till alternativet i Funktion (Deltagare)' }));
    expect(screen.getByRole('status').textContent).toBe('Alternativet "Anhörigrepresentant" lades till i "Deltagare".');
    expect(screen.getByRole('list', { name: 'Deltagare innehåller' }).textContent).toContain(
      'Brukarrepresentant, Verksamhetschef, Sakkunnig, Anhörigrepresentant',
    );
  });
});
