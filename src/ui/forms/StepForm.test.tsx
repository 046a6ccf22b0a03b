// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryDrafts, renderSignedIn, testBackend } from '../../../test/support/uiServices';
import { catalog } from '../../../test/support/world';
import { StepForm } from './StepForm';

afterEach(cleanup);

describe('StepForm (RJSF glue)', () => {
  const form = () => catalog().forms['lex-sarah-omedelbara-atgarder']!;

  it('shows Swedish messages, also for if/then rules, and does not submit invalid data', async () => {
    const onSubmit = vi.fn(async () => true);
    render(<StepForm form={form()} draftKey="k" drafts={memoryDrafts()} submitText="Spara och skicka" onSubmit={onSubmit} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Spara och skicka' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Rätta följande innan du skickar');
    expect(summary.textContent).toMatch(/måste fyllas i/);
    expect(summary.textContent).not.toMatch(/must|should|schema/);
    expect(onSubmit).not.toHaveBeenCalled();

    fireEvent.click(screen.getByLabelText(/Nej – inga åtgärder behövs/));
    fireEvent.click(screen.getByRole('button', { name: 'Spara och skicka' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/Motivering.*måste fyllas i/));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses a personnummer in free text before sending, naming the field, and sends once it is replaced by a reference', async () => {
    const onSubmit = vi.fn(async () => true);
    render(<StepForm form={form()} draftKey="k" drafts={memoryDrafts()} submitText="Spara" onSubmit={onSubmit} />);
    await screen.findByRole('button', { name: 'Spara' });
    fireEvent.click(screen.getByLabelText(/Nej – inga åtgärder behövs/));
    const motivering = await screen.findByLabelText(/Motivering/);
    fireEvent.change(motivering, { target: { value: 'Tolvan Tolvansson 19121212-1212 var aldrig i fara.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        '"Motivering till att inga åtgärder behövs" innehåller något som ser ut som ett personnummer (19121212-****)',
      ),
    );
    expect(screen.getByRole('alert').textContent).not.toContain('1212-1212');
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.change(motivering, { target: { value: 'Den enskilde (VS-2026-0153) var aldrig i fara.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({ behovs: 'nej', motivering: 'Den enskilde (VS-2026-0153) var aldrig i fara.' }),
    );
  });

  it('warns the rapportör, naming the field, while her own name is in the text (issue 21)', async () => {
    const onSubmit = vi.fn(async () => true);
    const rapport = catalog().forms['avvikelse-rapport-2']!;
    render(
      <StepForm form={rapport} draftKey="k" drafts={memoryDrafts()} submitText="Skicka" rapportorName="Anna Berg" onSubmit={onSubmit} />,
    );
    const handelse = await screen.findByLabelText(/Vad hände/);
    const status = () => document.querySelector('.name-warnings')!;
    expect(status().getAttribute('role')).toBe('status');
    expect(status().textContent).toBe('');
    fireEvent.change(handelse, { target: { value: 'Jag (anna berg) hittade den enskilde på golvet.' } });
    await waitFor(() => expect(status().textContent).toContain('"Vad hände?" innehåller ditt namn.'));
    fireEvent.change(handelse, { target: { value: 'Jag hittade den enskilde på golvet.' } });
    await waitFor(() => expect(status().textContent).toBe(''));
  });

  it('shows conditional fields only when their condition holds, and submits without hidden values', async () => {
    const onSubmit = vi.fn(async () => true);
    const drafts = memoryDrafts();
    render(<StepForm form={form()} draftKey="k" drafts={drafts} submitText="Spara" onSubmit={onSubmit} />);
    await screen.findByRole('button', { name: 'Spara' });
    expect(screen.queryByLabelText(/Motivering/)).toBeNull();
    fireEvent.click(screen.getByLabelText(/Nej – inga åtgärder behövs/));
    const motivering = await screen.findByLabelText(/Motivering/);
    fireEvent.change(motivering, { target: { value: 'Den enskilde var aldrig i fara, rutinen följdes.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({ behovs: 'nej', motivering: 'Den enskilde var aldrig i fara, rutinen följdes.' }),
    );
    await waitFor(() => expect(drafts.map.has('k')).toBe(false));
  });

  it('sends "inga åtgärder" as an empty list in a closed form, without an error about the hidden list (issue 27)', async () => {
    const onSubmit = vi.fn(async () => true);
    const drafts = memoryDrafts();
    const utredning = catalog().forms['synpunkter-utredning']!;
    render(<StepForm form={utredning} draftKey="u" drafts={drafts} submitText="Spara" onSubmit={onSubmit} />);
    fireEvent.change(await screen.findByLabelText(/Vad har utredningen visat/), { target: { value: 'Rutinen följdes.' } });
    // Each single choice is a group named by its question.
    const group = screen.getByRole('radiogroup', { name: 'Behövs inga åtgärder?' });
    expect(screen.getByRole('radiogroup', { name: 'Var klagomålet befogat?' })).toBeTruthy();
    fireEvent.click(within(group).getByLabelText('Ja, inga åtgärder behövs'));
    fireEvent.change(await screen.findByLabelText(/Motivering/), { target: { value: 'Synpunkten gällde beröm.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(screen.queryByText(/som inte hör till formuläret/)).toBeNull();
    expect(onSubmit).toHaveBeenCalledWith({
      utredning: 'Rutinen följdes.',
      ingaAtgarder: true,
      motivering: 'Synpunkten gällde beröm.',
      atgarder: [],
    });
  });

  it("restores a saved draft and shows the engine's errors at their fields", async () => {
    const drafts = memoryDrafts({ k: { behovs: 'nej', motivering: 'Påbörjad text' } });
    render(
      <StepForm
        form={form()}
        draftKey="k"
        drafts={drafts}
        submitText="Spara"
        engineErrors={[{ pointer: '/motivering', label: 'Motivering', message: 'Motivering får inte innehålla personnummer.' }]}
        onSubmit={async () => false}
      />,
    );
    expect(((await screen.findByLabelText(/Motivering/)) as HTMLTextAreaElement).value).toBe('Påbörjad text');
    // At the field, and in the summary without RJSF's raw path (".motivering …").
    expect(screen.getAllByText('Motivering får inte innehålla personnummer.')).toHaveLength(2);
    expect(screen.getByRole('alert').textContent).not.toContain('.motivering');
  });

  it("words a form's legal reference from the table, not from the form (issue 25, item 5)", async () => {
    const register = catalog().forms['riskregister-upprattande']!;
    expect(JSON.stringify(register.schema)).toContain('{lagrum:sosfs-2011-9-riskregister}');
    renderSignedIn(<StepForm form={register} draftKey="r" drafts={memoryDrafts()} submitText="Spara" onSubmit={async () => false} />, {
      userId: 'user:erik',
      backend: testBackend({}),
    });
    expect(await screen.findByText(/Årets riskanalys per kärnprocess \(SOSFS 2011:9, 5 kap\. 1 §\)\./)).toBeTruthy();
    expect(document.body.textContent).not.toContain('{lagrum:');
  });
});
