// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProcessDefinition, StateJson } from '../../engine/index';
import { verifyDraft } from '../../engine/internal';
import { memoryDrafts, renderSignedIn, shippedRegistry, testBackend } from '../../../test/support/uiServices';
import { validator } from '../../../test/support/world';
import { ProcessEditor } from './ProcessEditor';

/** Every state of a machine, by its title. */
function byTitle(d: ProcessDefinition, title: string): StateJson | undefined {
  const walk = (states: Readonly<Record<string, StateJson>> | undefined): StateJson | undefined => {
    for (const s of Object.values(states ?? {})) {
      if (s.meta?.title === title) return s;
      const inner = walk(s.states);
      if (inner) return inner;
    }
    return undefined;
  };
  return walk(d.machine.states);
}

afterEach(cleanup);

/** The editor of one process as Petra sees it, its draft kept in `drafts`. */
function renderEditor(id: string, drafts = memoryDrafts()) {
  const registry = shippedRegistry();
  renderSignedIn(<ProcessEditor id={id} />, {
    userId: 'user:petra',
    backend: testBackend({ registry, verifyDraft: (d) => verifyDraft(registry, validator, d) }),
    drafts,
  });
}

describe("a step's properties saved together (issue 27: only the last was kept)", () => {
  it('keeps the new name, deadline in working days and help text of one save in the draft, and says so', async () => {
    const drafts = memoryDrafts();
    renderEditor('avvikelse', drafts);
    fireEvent.click(await screen.findByRole('button', { name: /^Bedömning/ }));
    fireEvent.change(screen.getByLabelText('Namn'), { target: { value: 'Bedömning av enhetschef' } });
    fireEvent.change(screen.getByLabelText('Tidskrav, antal dagar'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('räknat i'), { target: { value: 'arbetsdagar' } });
    fireEvent.change(screen.getByLabelText('Tidskravets text'), { target: { value: 'Bedömningen ska göras' } });
    fireEvent.change(screen.getByLabelText('Hjälptext'), { target: { value: 'Bedöm inom tre dagar.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara ändringar i steget' }));
    await screen.findByText('Ändringarna i "Bedömning av enhetschef" är sparade i utkastet.');
    await waitFor(() => expect(drafts.map.size).toBe(1));
    const saved = ([...drafts.map.values()][0] as { definition: ProcessDefinition }).definition;
    const step = byTitle(saved, 'Bedömning av enhetschef');
    expect(step?.meta?.help).toBe('Bedöm inom tre dagar.');
    expect(step?.meta?.obligations?.find((o) => o.kind === 'sla')).toMatchObject({
      days: 3,
      workingDays: true,
      title: 'Bedömningen ska göras',
    });
  });
});

describe('the step panel names forms as a process owner knows them (issue 27)', () => {
  it('offers forms by title, versions of one form by number, and no form ids', async () => {
    renderEditor('lex-sarah');
    fireEvent.click(await screen.findByRole('button', { name: /^Rapport/ }));
    const options = [...(screen.getByLabelText('Formulär för steget') as HTMLSelectElement).options].map((o) => o.text);
    expect(options).toContain('Lex Sarah – rapport, version 2');
    expect(options).toContain('Lex Sarah – förslag till bedömning');
    expect(options.filter((o) => /lex-sarah|\(/.test(o))).toEqual([]);
  });
});

describe('a deadline changed while texts still name the old number (issue 27)', () => {
  it('names each text that still says "två veckor" after återkoppling went from 14 to 10 days', async () => {
    renderEditor('synpunkter');
    fireEvent.click(await screen.findByRole('button', { name: /^Återkoppling/ }));
    expect((screen.getByLabelText('Tidskrav, antal dagar') as HTMLInputElement).value).toBe('14');
    fireEvent.change(screen.getByLabelText('Tidskrav, antal dagar'), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara ändringar i steget' }));
    const notice = await screen.findByText(/nämner fortfarande det gamla antalet dagar/);
    const named = notice.parentElement!.textContent!;
    expect(named).toContain('texten på det allmänna webbformuläret: "två veckor"');
    expect(named).toMatch(/tidskravets text för "Återkoppling[^"]*": "två veckor"/);
  });
});

describe('a step on one of several ways on (issue 27)', () => {
  it('adds "Samråd" only on the way from Bedömning to Analys, and opens it', async () => {
    const drafts = memoryDrafts();
    renderEditor('avvikelse', drafts);
    fireEvent.click(await screen.findByRole('button', { name: /^Bedömning/ }));
    fireEvent.change(screen.getByLabelText('Det nya stegets namn'), { target: { value: 'Samråd' } });
    fireEvent.change(screen.getByLabelText('På vägen till'), { target: { value: 'analys' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till steg' }));
    await screen.findByRole('heading', { name: 'Steg: Samråd' });
    await waitFor(() => expect(drafts.map.size).toBe(1));
    const saved = ([...drafts.map.values()][0] as { definition: ProcessDefinition }).definition;
    const on = (key: string) => [saved.machine.states[key]!.on![`${key}.submit`]!].flat().map((t) => (t as { target?: string }).target);
    expect(new Set(on('bedomning'))).toEqual(new Set(['eskalering', 'overlamning', 'samrad']));
    expect(on('samrad')).toEqual(['analys']);
  });
});
