// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { VersionBeslut } from '../../api/versionBeslut';
import { ADD_INFORMERA, edited } from '../../../test/support/edits';
import { renderSignedIn, testBackend } from '../../../test/support/uiServices';
import { createWorld, lexSarahUntil } from '../../../test/support/world';
import type { World } from '../../../test/support/world';
import { ChangeRecordPage } from './ChangeRecordPage';
import { VersionsPage } from './VersionsPage';

afterEach(cleanup);

const BESLUT: VersionBeslut = {
  version: 4,
  instans: 'Socialnämnden',
  beslutsdatum: '2026-03-10',
  diarienummer: 'SN 2026/123',
  paragraf: '§ 45',
  registreratAv: 'user:petra',
  registrerat: '2026-03-13T08:00:00.000Z',
};

/** Lex Sarah with one ärende at utredning on version 3, and version 4 published by Petra with the step inserted. */
async function world(): Promise<World> {
  const w = await createWorld();
  await lexSarahUntil(w, 'utredning');
  const v3 = w.engine.registry.latest('lex-sarah')!.definition;
  const r = await w.engine.publish(edited(v3, ADD_INFORMERA), 'user:petra', 'Den enskilde informeras efter beslut.');
  if (!r.ok) throw new Error(JSON.stringify(r.violations));
  return w;
}

function backendOf(w: World, beslut: VersionBeslut[]) {
  return testBackend({
    registry: w.engine.registry,
    impact: (id, version) => w.engine.impact(id, version),
    versionBeslut: async () => ({ beslut }),
    async recordBeslut(_id, version, input) {
      const b = { version, ...input, registreratAv: 'user:petra', registrerat: '2026-03-13T08:00:00.000Z' };
      beslut.push(b);
      return b;
    },
  });
}

describe('the change record for the nämnd (issue 27)', () => {
  it("prints the year's versions with the nämnd's beslut, the changes in domain words and the impact, without ids", async () => {
    const w = await world();
    const earlier = { ...BESLUT, diarienummer: 'SN 2026/12', registrerat: '2026-03-11T08:00:00.000Z' };
    renderSignedIn(<ChangeRecordPage id="lex-sarah" />, { userId: 'user:petra', backend: backendOf(w, [earlier, BESLUT]) });
    const doc = await screen.findByRole('article');
    expect(within(doc).getByRole('heading', { level: 1 }).textContent).toBe('Ändringsförteckning – Lex Sarah 2026');
    const v4 = within(doc).getByRole('region', { name: 'Version 4' });
    await within(v4).findByText(
      /^Beslutat av Socialnämnden den 2026-03-10, § 45, diarienummer SN 2026\/123 \(uppgiften rättad 2026-03-13;/,
    );
    expect(doc.textContent).not.toContain('SN 2026/12,');
    within(v4).getByText('Steget "Informera den enskilde" (enhetschef) har lagts till mellan "Beslut" och "Åtgärder".');
    within(v4).getByText('Den enskilde informeras efter beslut.');
    within(v4).getByText(/Gäller för nya ärenden sedan 2026-03-13/);
    within(v4).getByText(/av Petra/);
    // Version 3 is shipped, not published this year; its one open ärende shows where it still runs.
    expect(within(doc).queryByRole('region', { name: 'Version 3' })).toBeNull();
    expect(doc.textContent).not.toMatch(/lex-sarah-|handlaggning|informera_enskild|user:/);
    expect([...screen.getByLabelText<HTMLSelectElement>('År').options].map((o) => o.value)).toEqual(['2026']);
  });

  it('lists each version with its standing, its beslut and the open ärenden that follow it, and records a beslut', async () => {
    const w = await world();
    const beslut: VersionBeslut[] = [];
    renderSignedIn(<VersionsPage id="lex-sarah" />, { userId: 'user:petra', backend: backendOf(w, beslut) });
    const table = await screen.findByRole('table', { name: /Publicerade versioner/ });
    const row3 = within(table).getByRole('row', { name: /^3 / });
    within(row3).getByText('Ersatt 2026-03-13 av version 4');
    await within(row3).findByText('1 öppet ärende');
    const row4 = within(table).getByRole('row', { name: /^4 / });
    within(row4).getByText('Gäller för nya ärenden sedan 2026-03-13');
    fireEvent.click(await within(row4).findByRole('button', { name: 'Registrera beslut om version 4' }));
    fireEvent.change(within(row4).getByLabelText('Beslutsdatum'), { target: { value: '2026-03-20' } });
    fireEvent.change(within(row4).getByLabelText('Diarienummer'), { target: { value: 'SN 2026/123' } });
    fireEvent.click(within(row4).getByRole('button', { name: 'Spara beslutet om version 4' }));
    await within(row4).findByText(/ligger i framtiden/);
    expect(beslut).toEqual([]);
    fireEvent.change(within(row4).getByLabelText('Beslutsdatum'), { target: { value: '2026-03-10' } });
    fireEvent.click(within(row4).getByRole('button', { name: 'Spara beslutet om version 4' }));
    await waitFor(() => expect(beslut).toHaveLength(1));
    expect(beslut[0]).toMatchObject({ instans: 'Socialnämnden', diarienummer: 'SN 2026/123', beslutsdatum: '2026-03-10' });
    // The diff's impact names every version that still has open ärenden, not only the one compared from.
    await screen.findByText(/Version 3: 1 öppet ärende, som fortsätter på den versionen om de inte flyttas\. Per steg: Utredning 1\./);
  });
});
