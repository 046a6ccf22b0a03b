// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FormSpec } from '../../engine/index';
import { StepForm } from '../../ui/forms/StepForm';
import { addField } from './addField';
import { FIELD_TYPES } from './fieldTypes';
import { drafts, shippedForm } from '../../../test/support/testForms';

const noDrafts = { load: async () => undefined, save: async () => undefined, clear: async () => undefined };

afterEach(cleanup);

/** avvikelse-avslut with one optional field of every type added by the editor. */
function withEveryType(): FormSpec {
  let form = shippedForm('avvikelse-avslut');
  for (const type of FIELD_TYPES) {
    const result = addField(form, drafts[type], new Set());
    if (!result.ok) throw new Error(result.message);
    form = result.form;
  }
  return form;
}

describe('fields added by the editor in the real step form (RJSF)', () => {
  it('render with their widgets and submit their answers', async () => {
    const onSubmit = vi.fn(async () => true);
    render(<StepForm form={withEveryType()} draftKey="k" drafts={noDrafts} submitText="Spara" onSubmit={onSubmit} />);
    await screen.findByRole('button', { name: 'Spara' });

    expect(screen.getByLabelText(/Kort svar/).tagName).toBe('INPUT');
    expect(screen.getByLabelText(/Långt svar/).tagName).toBe('TEXTAREA');
    expect(screen.getByText('Beskriv med egna ord.')).toBeTruthy();
    expect(screen.getByLabelText(/Datum för samtal/).getAttribute('type')).toBe('date');
    expect(screen.getByLabelText(/Antal berörda/).getAttribute('type')).toBe('number');
    expect(screen.getByRole('radio', { name: 'Kväll' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Särskilt boende' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText(/Avslutsanteckning/), { target: { value: 'Ärendet är klart och har följts upp.' } });
    fireEvent.change(screen.getByLabelText(/Avslutsdatum/), { target: { value: '2026-04-30' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Kväll' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Hemtjänst' }));
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ nyttChoice: 'kvall', nyttMultichoice: ['hemtjanst'], datum: '2026-04-30' }),
    );
  });
});
