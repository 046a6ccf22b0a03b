// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FormSpec } from '../../engine/index';
import { FieldEditor } from './FieldEditor';
import { readFields } from './readFields';
import { shippedForm } from '../../../test/support/testForms';

const locked: ReadonlySet<string> = new Set(['klassificering', 'allvarligt', 'motivering']);

/** Holds the form like the process editor does, and exposes every accepted version. */
function Harness({
  initial,
  onChange,
  onRefused,
}: {
  initial: FormSpec;
  onChange: (f: FormSpec) => void;
  onRefused?: (m: string) => void;
}) {
  const [form, setForm] = useState(initial);
  return (
    <FieldEditor
      form={form}
      locked={locked}
      onRefused={onRefused}
      onChange={(next) => {
        onChange(next);
        setForm(next);
      }}
    />
  );
}

function setup(initial = shippedForm('lex-sarah-beslut')) {
  const onChange = vi.fn<(f: FormSpec) => void>();
  const onRefused = vi.fn<(m: string) => void>();
  render(<Harness initial={initial} onChange={onChange} onRefused={onRefused} />);
  const latest = () => onChange.mock.lastCall?.[0] ?? initial;
  const rowNames = () =>
    screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getByRole('rowheader').querySelector('.field-label')?.textContent);
  return { onChange, onRefused, latest, rowNames };
}

afterEach(cleanup);

describe('FieldEditor', () => {
  it('lists the fields with Swedish type, required and the legal marker', () => {
    setup();
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(6);
    expect(rows[1]!.textContent).toContain('Klassificering');
    expect(rows[1]!.textContent).toContain('Ett val');
    expect(rows[1]!.textContent).toContain('Krävs enligt lag');
    expect(rows[2]!.textContent).toContain('Ja/Nej');
    expect(rows[3]!.textContent).toContain('Lång text');
    expect(rows[4]!.textContent).toContain('Datum');
    expect(rows[4]!.textContent).not.toContain('Krävs enligt lag');
    expect(rows[5]!.textContent).toContain('Grupp av fält');
    expect(screen.getByRole('button', { name: 'Ändra Beslutsfattare' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Flytta upp Klassificering' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Flytta ner Beslutsfattare' })).toHaveProperty('disabled', true);
  });

  it('adds a field through the form, with a name suggested from the label', () => {
    const { onChange, latest, rowNames } = setup();
    fireEvent.change(screen.getByLabelText('Etikett'), { target: { value: 'Antal besök' } });
    expect(screen.getByLabelText<HTMLInputElement>('Tekniskt namn').value).toBe('antalBesok');
    fireEvent.change(screen.getByLabelText('Typ av svar'), { target: { value: 'number' } });
    fireEvent.click(screen.getByLabelText('Obligatoriskt – måste fyllas i'));
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till fält' }));

    expect(onChange).toHaveBeenCalledTimes(1);
    expect(readFields(latest()).at(-1)).toEqual({ name: 'antalBesok', label: 'Antal besök', type: 'number', required: true });
    expect(rowNames().at(-1)).toBe('Antal besök');
    expect(screen.getByRole('status').textContent).toBe('Fältet "Antal besök" lades till sist i listan.');
    expect(screen.getByLabelText<HTMLInputElement>('Etikett').value).toBe('');
    expect(document.activeElement).toBe(screen.getByLabelText('Etikett'));
  });

  it('adds a choice with one option per line', () => {
    const { latest } = setup();
    fireEvent.change(screen.getByLabelText('Etikett'), { target: { value: 'Skift' } });
    fireEvent.change(screen.getByLabelText('Typ av svar'), { target: { value: 'choice' } });
    fireEvent.change(screen.getByLabelText('Alternativ'), { target: { value: 'Dag\nKväll\nnatt | Natt' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till fält' }));
    expect(readFields(latest()).at(-1)).toMatchObject({
      name: 'skift',
      type: 'choice',
      options: [
        { value: 'dag', label: 'Dag' },
        { value: 'kvall', label: 'Kväll' },
        { value: 'natt', label: 'Natt' },
      ],
    });
  });

  it('shows validation messages in Swedish next to the form and does not change the form', () => {
    const { onChange, onRefused } = setup();
    fireEvent.change(screen.getByLabelText('Typ av svar'), { target: { value: 'choice' } });
    fireEvent.change(screen.getByLabelText('Alternativ'), { target: { value: 'Bara ett' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till fält' }));
    expect(onChange).not.toHaveBeenCalled();
    const alert = screen.getAllByRole('alert').find((a) => a.textContent?.includes('Fältet kunde inte sparas'));
    expect(alert?.textContent).toContain('Ange en etikett för det nya fältet.');
    expect(alert?.textContent).toContain('behöver minst två alternativ att välja mellan (nu 1).');
    expect(screen.getByLabelText('Etikett').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByLabelText('Etikett'));
    expect(onRefused).toHaveBeenCalledTimes(1);

    fireEvent.change(screen.getByLabelText('Etikett'), { target: { value: 'Motivering' } });
    fireEvent.change(screen.getByLabelText('Alternativ'), { target: { value: 'A\nB' } });
    fireEvent.change(screen.getByLabelText('Tekniskt namn'), { target: { value: 'motivering' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till fält' }));
    expect(screen.getByLabelText('Tekniskt namn').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByRole('alert').some((a) => a.textContent?.includes('används redan av fältet "Motivering"'))).toBe(true);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('moves a field and keeps the focus on its button', () => {
    const { rowNames } = setup();
    const down = screen.getByRole('button', { name: 'Flytta ner Klassificering' });
    down.focus();
    fireEvent.click(down);
    expect(rowNames()).toEqual(['Är det allvarligt?', 'Klassificering', 'Motivering', 'Beslutsdatum', 'Beslutsfattare']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Flytta ner Klassificering' }));
    expect(screen.getByRole('status').textContent).toBe('Fältet "Klassificering" flyttades ner till plats 2 av 5.');

    fireEvent.click(screen.getByRole('button', { name: 'Flytta upp Klassificering' }));
    expect(rowNames()[0]).toBe('Klassificering');
    // At the top "Flytta upp" is disabled, so the focus goes to "Flytta ner".
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Flytta ner Klassificering' }));
  });

  it('moves a field to a chosen place in one choice, focus kept on that choice (issue 27)', () => {
    const { rowNames } = setup();
    fireEvent.change(screen.getByRole('combobox', { name: 'Plats för Beslutsfattare' }), { target: { value: '0' } });
    expect(rowNames()).toEqual(['Beslutsfattare', 'Klassificering', 'Är det allvarligt?', 'Motivering', 'Beslutsdatum']);
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Plats för Beslutsfattare' }));
    expect(screen.getByRole('status').textContent).toBe('Fältet "Beslutsfattare" flyttades till plats 1 av 5.');
  });

  it('refuses to remove a field the law requires, with the message visible', () => {
    const { onChange, onRefused, rowNames } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort Motivering' }));
    const message = 'Fältet "Motivering" krävs enligt lag och kan inte tas bort.';
    expect(screen.getAllByRole('alert').some((a) => a.textContent === message)).toBe(true);
    expect(screen.getByText(message)).toBeTruthy();
    expect(onRefused).toHaveBeenCalledWith(message);
    expect(onChange).not.toHaveBeenCalled();
    expect(rowNames()).toContain('Motivering');
  });

  it('removes an unlocked field after confirmation', () => {
    const { onChange, rowNames } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort Beslutsdatum' }));
    expect(onChange).not.toHaveBeenCalled();
    const confirm = screen.getByRole('button', { name: 'Ja, ta bort Beslutsdatum' });
    expect(document.activeElement).toBe(confirm);
    fireEvent.click(confirm);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(rowNames()).not.toContain('Beslutsdatum');
    expect(screen.getByRole('status').textContent).toBe('Fältet "Beslutsdatum" togs bort.');
  });

  it('edits a locked field: new label allowed, type and required fixed', () => {
    const { latest, rowNames } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Ändra Motivering' }));
    expect(screen.getByRole('heading', { name: 'Ändra fältet "Motivering"' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Etikett'));
    expect(screen.getByLabelText('Typ av svar')).toHaveProperty('disabled', true);
    expect(screen.getByLabelText('Obligatoriskt – måste fyllas i')).toHaveProperty('disabled', true);
    expect(screen.getByLabelText<HTMLInputElement>('Tekniskt namn').readOnly).toBe(true);
    fireEvent.change(screen.getByLabelText('Etikett'), { target: { value: 'Motivering av beslutet' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    expect(rowNames()[2]).toBe('Motivering av beslutet');
    expect(readFields(latest())[2]).toMatchObject({ name: 'motivering', type: 'textarea', required: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ändra Motivering av beslutet' }));
    expect(screen.getByRole('heading', { name: 'Lägg till fält' })).toBeTruthy();
  });

  it('edits the options of a choice and can cancel an edit', () => {
    const { latest, onChange } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Ändra Klassificering' }));
    const options = screen.getByLabelText<HTMLTextAreaElement>('Alternativ');
    expect(options.value.split('\n')[0]).toBe('inte_missforhallande | Inte ett missförhållande');
    fireEvent.change(options, { target: { value: `${options.value}\nOklart` } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara ändringar' }));
    const field = readFields(latest())[0];
    expect(field?.type === 'choice' && field.options?.at(-1)).toEqual({ value: 'oklart', label: 'Oklart' });

    fireEvent.click(screen.getByRole('button', { name: 'Ändra Beslutsdatum' }));
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ändra Beslutsdatum' }));
  });
});
