import { describe, expect, it } from 'vitest';
import type { ReceivedRecord } from '../../src/engine/index';
import { stockholmDate } from '../../src/engine/index';
import { synpunkter } from '../../src/processes/synpunkter/pack';
import { createWorld, example } from '../support/world';
import type { World } from '../support/world';

/**
 * Issue 21, "the citizen's own words": what came in through the public form is part of the ärende's first event as it
 * came in, placed by the engine; the registrering sits beside it, a correction of an obvious error is recorded with its
 * reason, and nothing a person registers can take away an answer the sender asked for.
 */
const ITEM = '3b1f6c2a-5d4e-4f8a-9b7c-1e2d3f4a5b6c';
const arendeId = `arende:${ITEM}`;

function receivedFrom(w: World, data: Record<string, unknown>, enhetId = 'enhet:solgarden'): ReceivedRecord {
  return { id: ITEM, receivedAt: new Date(Date.parse(w.clock.now()) - 86_400_000).toISOString(), enhetId, data };
}

/** The registration as the page offers it: the sender's data with the channel's facts and the day it came. */
const offered = (r: ReceivedRecord, patch: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...synpunkter.publicIntake.firstStep(r.data, stockholmDate(r.receivedAt)!),
  ...patch,
});

async function register(w: World, r: ReceivedRecord, data: Record<string, unknown>, userId = 'user:erik', enhetId = r.enhetId) {
  return w.engine.report('synpunkter', enhetId, data, userId, { arendeId, received: r });
}

const reasonsOf = (r: Awaited<ReturnType<typeof register>>) =>
  (r.ok ? [] : [r.rejection.message, ...(r.rejection.reasons ?? [])]).join(' ');

describe('what came in through the public form, as the first event keeps it', () => {
  it('a public klagomål asking for an answer cannot be registered without one', async () => {
    const w = await createWorld();
    const r = receivedFrom(w, example('synpunkter-webb'));
    expect(r.data).toMatchObject({ typ: 'klagomal', villHaSvar: true });
    const { svarSatt: _svarSatt, ...utanSvar } = offered(r, { villHaSvar: false });

    const refused = await register(w, r, utanSvar);
    expect(refused.ok).toBe(false);
    expect(reasonsOf(refused)).toContain(
      'Vill ha svar: personen svarade ja i webbformuläret. Det kan inte ändras, inte heller genom en rättelse.',
    );
    // Not as a "correction" either, and not by sending an own copy of what came in that says no.
    const corrected = await register(w, r, {
      ...utanSvar,
      rattelse: { falt: ['villHaSvar'], skal: 'Personen ringde och sa att svar inte behövs.' },
    });
    expect(reasonsOf(corrected)).toContain('Vill ha svar: personen svarade ja');
    const forged = await register(w, r, { ...utanSvar, mottaget: { ...r, data: { ...r.data, villHaSvar: false } } });
    expect(forged).toMatchObject({
      ok: false,
      rejection: { code: 'invalid_data', message: expect.stringContaining('läggs in av systemet') },
    });
    expect(await w.store.eventsOf(arendeId)).toEqual([]);

    const ok = await register(w, r, offered(r));
    if (!ok.ok) throw new Error(ok.rejection.message);
    // The first event holds what came in exactly, beside what Erik registered.
    expect(ok.event.stepData).toMatchObject({
      mottaget: r,
      villHaSvar: true,
      kanal: 'webbformular',
      inkomDatum: stockholmDate(r.receivedAt),
    });
    expect(ok.event.actor).toEqual({ userId: 'user:erik', role: 'medarbetare' });
    await w.step(arendeId, 'user:erik', 'registrering.submit', example('synpunkter-registrering'));
    const utredd = await w.step(arendeId, 'user:erik', 'utredning.submit', example('synpunkter-utredning'));
    expect(utredd.state.snapshot.value).toBe('aterkoppling');
    // A fresh engine replays it strictly, guard and all.
    const again = await createWorld({ store: w.store });
    expect((await again.engine.get(arendeId))!.snapshot.value).toBe('aterkoppling');
  });

  it("records a correction of an obvious error with its reason; the person's text, the day and the channel stay", async () => {
    const w = await createWorld();
    // The sender ticked "beröm", but what she wrote is a klagomål.
    const r = receivedFrom(w, example('synpunkter-webb', { typ: 'berom' }));
    const unrecorded = await register(w, r, offered(r, { typ: 'klagomal' }));
    expect(reasonsOf(unrecorded)).toContain('Typ skiljer sig från det som kom in via webbformuläret.');
    const reason = { falt: ['typ'], skal: 'Texten är ett klagomål på väntetider, inte ett beröm.' };
    for (const patch of [{ beskrivning: 'Klagomål på väntetider.' }, { inkomDatum: '2026-01-02' }, { kanal: 'telefon' }]) {
      const changed = await register(w, r, offered(r, { typ: 'klagomal', rattelse: reason, ...patch }));
      expect(changed.ok, JSON.stringify(patch)).toBe(false);
      expect(reasonsOf(changed)).toMatch(/kan inte ändras: det är det som kom in via webbformuläret/);
    }
    const noChange = await register(w, r, offered(r, { rattelse: reason }));
    expect(reasonsOf(noChange)).toContain('Typ är angivet som rättat, men är detsamma som det som kom in via webbformuläret.');
    const reasonOnly = await register(w, r, offered(r, { typ: 'klagomal', rattelse: { falt: [], skal: reason.skal } }));
    expect(reasonsOf(reasonOnly)).toContain('Ange under "Rättelse" vad som rättas, eller ta bort skälet.');
    expect(await w.store.eventsOf(arendeId)).toEqual([]);

    const ok = await register(w, r, offered(r, { typ: 'klagomal', rattelse: reason }));
    if (!ok.ok) throw new Error(reasonsOf(ok));
    expect(ok.event.stepData).toMatchObject({
      typ: 'klagomal',
      rattelse: reason,
      mottaget: { data: { typ: 'berom', beskrivning: r.data.beskrivning } },
    });
    // The form offers the correction to everyone who registers: left empty, it is no correction.
    const w2 = await createWorld();
    const unchanged = await register(
      w2,
      receivedFrom(w2, r.data),
      offered(r, { inkomDatum: stockholmDate(receivedFrom(w2, r.data).receivedAt), rattelse: {} }),
    );
    expect(unchanged.ok, reasonsOf(unchanged)).toBe(true);
  });

  it('lets an answer the sender did not ask for be added as a correction, never the other way', async () => {
    const w = await createWorld();
    const r = receivedFrom(w, example('synpunkter-webb', {}, 1));
    expect(r.data.villHaSvar).toBe(false);
    const wanted = { villHaSvar: true, svarSatt: 'mote' };
    expect(reasonsOf(await register(w, r, offered(r, wanted)))).toContain('Vill ha svar skiljer sig');
    const ok = await register(
      w,
      r,
      offered(r, { ...wanted, rattelse: { falt: ['villHaSvar', 'svarSatt'], skal: 'Personen ringde efteråt och bad om ett möte.' } }),
    );
    expect(ok.ok, reasonsOf(ok)).toBe(true);
  });

  it('registers on another enhet only as a recorded correction, and only where the registering person may', async () => {
    const w = await createWorld();
    const r = receivedFrom(w, example('synpunkter-webb'));
    const moved = await register(w, r, offered(r), 'user:erik', 'enhet:hemtjanst-norr');
    expect(moved).toMatchObject({ ok: false, rejection: { code: 'invalid_data', fieldErrors: [{ pointer: '/rattelse/falt' }] } });
    const same = await register(w, r, offered(r, { rattelse: { falt: ['enhet'], skal: 'Fel enhet vald.' } }));
    expect(reasonsOf(same)).toContain('Enheten är angiven som rättad');
    const rattelse = { falt: ['enhet'], skal: 'Det gäller hemtjänsten, inte boendet.' };
    const elsewhere = await register(w, r, offered(r, { rattelse }), 'user:erik', 'enhet:larkan');
    expect(elsewhere).toMatchObject({ ok: false, rejection: { code: 'wrong_role' } });
    const ok = await register(w, r, offered(r, { rattelse }), 'user:erik', 'enhet:hemtjanst-norr');
    if (!ok.ok) throw new Error(reasonsOf(ok));
    expect(ok.state.open.enhetId).toBe('enhet:hemtjanst-norr');
    expect(ok.event.stepData).toMatchObject({ mottaget: { enhetId: 'enhet:solgarden' }, rattelse });
  });

  it('takes no "what came in" from staff entering a synpunkt, nor a correction of nothing; Ny rapport works as before', async () => {
    const w = await createWorld();
    const forged = {
      ...example('synpunkter-inkommen'),
      mottaget: { id: ITEM, receivedAt: w.clock.now(), enhetId: 'enhet:solgarden', data: {} },
    };
    const asReport = await w.engine.report('synpunkter', 'enhet:solgarden', forged, 'user:anna', { arendeId });
    expect(asReport).toMatchObject({
      ok: false,
      rejection: { code: 'invalid_data', message: expect.stringContaining('läggs in av systemet') },
    });
    expect(await w.store.eventsOf(arendeId)).toEqual([]);
    const id = await w.open('synpunkter', 'enhet:solgarden', 'user:anna');
    const asStep = await w.attempt(id, 'user:anna', 'inkommen.submit', forged);
    expect(asStep).toMatchObject({ ok: false, rejection: { code: 'invalid_data' } });
    const rattelse = await w.attempt(id, 'user:anna', 'inkommen.submit', {
      ...example('synpunkter-inkommen'),
      rattelse: { falt: ['typ'], skal: 'Fel typ angiven.' },
    });
    expect(rattelse.ok || rattelse.rejection.reasons).toEqual(['En rättelse kan bara göras av det som kom in via webbformuläret.']);
    expect((await w.store.eventsOf(id)).length).toBe(1);
    await w.step(id, 'user:anna', 'inkommen.submit', example('synpunkter-inkommen'));
  });
});
