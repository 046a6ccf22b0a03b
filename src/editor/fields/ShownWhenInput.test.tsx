// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FormSpec } from '../../engine/index';
import { FieldEditor } from './FieldEditor';
import { readFields } from './readFields';
import { shippedForm } from '../../../test/support/testForms';

let latest: FormSpec | undefined;
function Harness({ initial }: { initial: FormSpec }) {
  const [form, setForm] = useState(initial);
  return <FieldEditor form={form} locked={new Set(['klassificering'])} onChange={(f) => setForm((latest = f))} />;
}

afterEach(cleanup);

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('"Visa fältet" in the field editor', () => {
  it('adds a text shown only when a Ja/Nej question is answered Ja, and says so in the list', () => {
    render(<Harness initial={shippedForm('avvikelse-avslut')} />);
    type('Etikett', 'Har liknande hänt förut?');
    type('Typ av svar', 'boolean');
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till fält' }));
    type('Etikett', 'Beskriv de tidigare händelserna');
    type('Typ av svar', 'textarea');
    fireEvent.click(screen.getByLabelText('Obligatoriskt – måste fyllas i'));
    type('Visa fältet', 'harLiknandeHantForut');
    const answers = screen.getByRole('group', { name: 'Visa när svaret på "Har liknande hänt förut?" är' });
    expect((within(answers).getByLabelText('Ja') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till fält' }));

    const field = readFields(latest!).find((f) => f.label === 'Beskriv de tidigare händelserna');
    expect(field).toMatchObject({ required: true, shownWhen: { field: 'harLiknandeHantForut', values: [true] } });
    const row = screen.getByRole('rowheader', { name: /Beskriv de tidigare händelserna/ });
    expect(row.textContent).toContain('Visas när "Har liknande hänt förut?" är Ja');
  });

  it('refuses an empty choice of answers with a message at the input, and never offers a law field a condition', () => {
    render(<Harness initial={shippedForm('lex-sarah-beslut')} />);
    type('Etikett', 'Kommentar');
    type('Visa fältet', 'klassificering');
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till fält' }));
    expect(screen.getByLabelText('Visa fältet').getAttribute('aria-invalid')).toBe('true');
    expect(document.body.textContent).toMatch(/Välj vid vilket svar på "Klassificering"/);

    fireEvent.click(screen.getByRole('button', { name: 'Ändra Klassificering' }));
    expect((screen.getByLabelText('Visa fältet') as HTMLSelectElement).disabled).toBe(true);
    expect(screen.getByText('Fältet krävs enligt lag och visas alltid.')).toBeTruthy();
  });
});
