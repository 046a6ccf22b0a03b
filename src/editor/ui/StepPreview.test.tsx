// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FormSpec } from '../../engine/index';
import { FormPreview } from '../../ui/forms/FormPreview';
import { addField } from '../fields/addField';
import type { FieldDraft } from '../fields/fieldTypes';
import { FormPreviewSlot } from './formPreviewSlot';
import { StepPreview } from './StepPreview';
import { shippedForm } from '../../../test/support/testForms';

afterEach(cleanup);

const question: FieldDraft = { name: 'liknande', label: 'Har liknande hänt förut?', type: 'boolean', required: true };
const why: FieldDraft = {
  name: 'tidigare',
  label: 'Beskriv de tidigare händelserna',
  type: 'textarea',
  required: true,
  shownWhen: { field: 'liknande', values: [true] },
};

function withCondition(): FormSpec {
  let form = shippedForm('avvikelse-avslut');
  for (const draft of [question, why]) {
    const result = addField(form, draft, new Set());
    if (!result.ok) throw new Error(result.message);
    form = result.form;
  }
  return form;
}

describe('the live preview of a step', () => {
  it('is the real step form with the help text, shows a conditional field on its answer, and keeps nothing', async () => {
    render(
      <FormPreviewSlot.Provider value={FormPreview}>
        <StepPreview form={withCondition()} title="Avslut" help="Skriv kort och sakligt." />
      </FormPreviewSlot.Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Förhandsvisa formuläret' }));
    await screen.findByRole('button', { name: 'Pröva formuläret' }, { timeout: 15_000 });
    expect(screen.getByText('Skriv kort och sakligt.')).toBeTruthy();
    expect(screen.queryByLabelText(/Beskriv de tidigare händelserna/)).toBeNull();

    fireEvent.click(screen.getByRole('radio', { name: 'Ja' }));
    await screen.findByLabelText(/Beskriv de tidigare händelserna/);
    fireEvent.click(screen.getByRole('button', { name: 'Pröva formuläret' }));
    await waitFor(() => expect(document.body.textContent).toMatch(/Beskriv de tidigare händelserna/));
    expect(document.body.textContent).not.toMatch(/skulle tas emot/);

    fireEvent.change(screen.getByLabelText(/Beskriv de tidigare händelserna/), { target: { value: 'Två gånger i våras.' } });
    fireEvent.change(screen.getByLabelText(/Avslutsanteckning/), { target: { value: 'Ärendet är klart och har följts upp.' } });
    fireEvent.change(screen.getByLabelText(/Avslutsdatum/), { target: { value: '2026-04-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Pröva formuläret' }));
    await screen.findByText('Formuläret är rätt ifyllt och skulle tas emot. Inget har sparats.');
  });

  it('is not offered where the app gives no form (the editor alone)', () => {
    render(<StepPreview form={withCondition()} title="Avslut" help={undefined} />);
    expect(screen.queryByRole('button', { name: 'Förhandsvisa formuläret' })).toBeNull();
  });
});
