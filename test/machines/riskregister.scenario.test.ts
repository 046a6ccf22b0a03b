import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../src/processes/packs';
import { MemoryEventStore } from '../../src/adapters/memory/MemoryEventStore';
import { sequentialIds } from '../../src/adapters/system/ids';
import { nobleHasher } from '../../src/adapters/system/nobleHasher';
import { fixedClock } from '../../src/adapters/system/systemClock';
import { DEMO_ORG, DEMO_USERS } from '../../src/demo/demoOrganisation';
import { computeObligations, createEngine, staticDirectory } from '../../src/engine/internal';
import { atgardFromRow, registerRows } from '../../src/processes/riskregister/registerRows';
import { loadShippedDefinitions } from '../support/catalog';
import { catalog, createWorld, defaultsFor, example, today, validator } from '../support/world';
import type { World } from '../support/world';

const DAY = 86_400_000;
/** The verksamhetschef approves on the day she does it; the year's follow-up and avslut come at the end of the register's year. */
const approval = (w: World) => example('riskregister-godkannande', { godkantDatum: today(w) });
const endOfYear = (w: World) => w.clock.set('2027-12-16T08:00:00.000Z');

describe('riskregister: the yearly risk analysis per core process', () => {
  it(
    'runs upprättande → återremiss → upprättande → godkännande → åtgärd from a row → rapporterad → verifierad → uppföljning → ' + 'avslut',
    async () => {
      const w = await createWorld();
      const id = await w.open('riskregister', 'enhet:solgarden', 'user:erik');
      const first = await w.step(
        id,
        'user:erik',
        'upprattande.submit',
        example('riskregister-upprattande', { risker: (example('riskregister-upprattande').risker as unknown[]).slice(1) }),
      );
      expect(first.state.snapshot.value).toBe('godkannande');
      expect(first.summary.rubrik).toBe('Riskregister 2027 – Solgårdens särskilda boende');

      // The verksamhetschef has 30 days to approve.
      const [due] = computeObligations(first.state, w.clock.now()).filter((o) => o.id === 'godkannande');
      expect(due).toMatchObject({ kind: 'sla', status: 'open', role: 'verksamhetschef' });
      expect(Date.parse(due!.dueAt) - Date.parse(first.event.at)).toBe(30 * DAY);

      // The enhetschef may not approve her own register, nor skip ahead to the follow-up.
      const byEnhetschef = await w.attempt(id, 'user:erik', 'godkannande.submit', approval(w));
      expect(byEnhetschef.ok).toBe(false);
      const skipped = await w.attempt(id, 'user:erik', 'uppfoljning.submit', example('riskregister-uppfoljning'));
      expect(skipped.ok || skipped.rejection.code).toBe('step_not_reached');

      const tillbaka = await w.step(id, 'user:vera', 'godkannande.aterremittera', example('riskregister-aterremiss'));
      expect(tillbaka.state.snapshot.value).toBe('upprattande');
      await w.step(id, 'user:erik', 'upprattande.submit', example('riskregister-upprattande'));
      expect(registerRows((await w.engine.get(id))!.snapshot.context).map((r) => r.nr)).toEqual([1, 2]);

      // No åtgärd before the register is approved.
      const early = await w.attempt(
        id,
        'user:erik',
        'atgard.lagg_till',
        atgardFromRow(registerRows((await w.engine.get(id))!.snapshot.context)[0]!),
      );
      expect(early.ok).toBe(false);

      const godkand = await w.step(id, 'user:vera', 'godkannande.submit', approval(w));
      expect(godkand.state.snapshot.value).toBe('uppfoljning');
      expect(godkand.event.actor).toEqual({ userId: 'user:vera', role: 'verksamhetschef' });
      expect(computeObligations(godkand.state, w.clock.now()).find((o) => o.id === 'godkannande')).toMatchObject({ status: 'met' });

      // Risk nr 1 becomes an åtgärd with what the row already says.
      const [row] = registerRows(godkand.state.snapshot.context);
      const lagd = await w.step(id, 'user:erik', 'atgard.lagg_till', atgardFromRow(row!));
      const [atgard] = lagd.state.snapshot.context.atgarder;
      expect(atgard).toMatchObject({
        vad: row!.atgard!.vad,
        orsak: expect.stringContaining(row!.risk),
        klartDatum: '2027-03-31',
        status: 'planerad',
      });

      // The year's follow-up covers every risk of the register: its form starts with a row per risk, numbered as in the register.
      expect(await defaultsFor(w, id, 'uppfoljning.submit')).toEqual({ uppfoljningDatum: today(w), rader: [{ nr: 1 }, { nr: 2 }] });
      endOfYear(w);
      const partial = await w.attempt(
        id,
        'user:erik',
        'uppfoljning.submit',
        example('riskregister-uppfoljning', { rader: [{ nr: 1, status: 'hanterad' }] }),
      );
      expect(partial.ok || partial.rejection.reasons).toEqual(['Uppföljningen av risk nr 2 saknas.']);
      // Nor does it follow up a risk the register does not have.
      const stranger = await w.attempt(
        id,
        'user:erik',
        'uppfoljning.submit',
        example('riskregister-uppfoljning', {
          rader: [...(example('riskregister-uppfoljning').rader as object[]), { nr: 9, status: 'hanterad' }],
        }),
      );
      expect(stranger.ok || stranger.rejection.reasons).toEqual(['Risk nr 9 finns inte i registret.']);
      await w.step(id, 'user:erik', 'uppfoljning.submit', example('riskregister-uppfoljning'));
      // Avslut waits for the åtgärd's verification.
      const unverified = await w.attempt(id, 'user:erik', 'avslut.submit', example('riskregister-avslut'));
      expect(unverified.ok || unverified.rejection.reasons?.[0]).toMatch(/inte verifierad/);
      await w.step(id, 'user:erik', 'atgard.rapportera', example('atgard-rapportera', { atgardId: atgard!.id }));
      const stillOpen = await w.attempt(id, 'user:erik', 'avslut.submit', example('riskregister-avslut'));
      expect(stillOpen.ok).toBe(false);
      await w.step(id, 'user:erik', 'atgard.verifiera', example('atgard-verifiera', { atgardId: atgard!.id }));
      await w.step(id, 'user:erik', 'avslut.submit', example('riskregister-avslut'));

      const closed = (await w.engine.get(id))!;
      expect(closed.status).toBe('closed');
      expect(closed.events.map((e) => e.type)).toEqual([
        'arende.open',
        'upprattande.submit',
        'godkannande.aterremittera',
        'upprattande.submit',
        'godkannande.submit',
        'atgard.lagg_till',
        'uppfoljning.submit',
        'atgard.rapportera',
        'atgard.verifiera',
        'avslut.submit',
      ]);
    },
  );

  it("opens next year's register from the follow-up: the same omfattning and the risks that remain, renumbered, once", async () => {
    const w = await createWorld();
    const id = await w.open('riskregister', 'enhet:solgarden', 'user:erik');
    const register = example('riskregister-upprattande');
    await w.step(id, 'user:erik', 'upprattande.submit', register);
    await w.step(id, 'user:vera', 'godkannande.submit', approval(w));
    // Not before the follow-up has said which risks remain.
    expect((await w.attempt(id, 'user:erik', 'avslut.nasta_register', example('riskregister-nasta-ar'))).ok).toBe(false);
    // Example: risk 1 handled, risk 2 remains.
    endOfYear(w);
    await w.step(id, 'user:erik', 'uppfoljning.submit', example('riskregister-uppfoljning'));
    expect(await defaultsFor(w, id, 'avslut.nasta_register')).toEqual({ ar: (register.ar as number) + 1 });

    expect((await w.attempt(id, 'user:vera', 'avslut.nasta_register', { ar: 2028 })).ok).toBe(false);
    const made = await w.step(id, 'user:erik', 'avslut.nasta_register', { ar: 2028 });
    expect(made.state.snapshot.value).toBe('avslut');
    const link = made.state.links.find((l) => l.rel === 'nasta_register')!;
    expect(REGISTRY.linkTitles.nasta_register).toBe('Nästa års riskregister');
    const next = (await w.engine.get(link.arendeId))!;
    expect(next.open).toMatchObject({ processType: 'riskregister', enhetId: 'enhet:solgarden' });
    expect(next.links).toEqual([{ rel: 'foregaende_register', arendeId: id }]);
    const remaining = (register.risker as Record<string, unknown>[])[1]!;
    expect(next.open.prefill).toEqual({ ar: 2028, omfattning: register.omfattning, risker: [{ ...remaining, nr: 1 }] });
    // Listed by what it will be, before its upprättande is saved.
    expect((await w.store.summary(link.arendeId))!.rubrik).toBe(`Riskregister 2028 – ${String(register.omfattning)}`);

    const again = await w.attempt(id, 'user:erik', 'avslut.nasta_register', { ar: 2029 });
    expect(again.ok || again.rejection.reasons).toEqual(['Nästa års register är redan upprättat: se det länkade ärendet.']);
    // Erik reviews the carried risk, adds this year's, and saves: the new register goes to approval as any other.
    const drawn = await w.step(link.arendeId, 'user:erik', 'upprattande.submit', {
      ...next.open.prefill,
      risker: [...(next.open.prefill!.risker as object[]), { ...(register.risker as Record<string, unknown>[])[0]!, nr: 2 }],
    });
    expect(drawn.state.snapshot.value).toBe('godkannande');
    expect(registerRows(drawn.state.snapshot.context).map((r) => r.nr)).toEqual([1, 2]);
  });

  it('makes a risk an egenkontroll with one action: a linked ärende, planned from the row, that Erik completes and performs', async () => {
    const w = await createWorld();
    const id = await w.open('riskregister', 'enhet:solgarden', 'user:erik');
    await w.step(id, 'user:erik', 'upprattande.submit', example('riskregister-upprattande'));
    // Not before the verksamhetschef has approved the register.
    const early = await w.attempt(id, 'user:erik', 'risk.egenkontroll', example('riskregister-egenkontroll'));
    expect(early.ok).toBe(false);
    await w.step(id, 'user:vera', 'godkannande.submit', approval(w));
    const ask = example('riskregister-egenkontroll');
    const unknown = await w.attempt(id, 'user:erik', 'risk.egenkontroll', { ...ask, riskNr: 7 });
    expect(unknown.ok || unknown.rejection.reasons).toEqual(['Risk nr 7 finns inte i registret.']);
    // Only the enhet's chef acts for the register: the verksamhetschef may not open one in her name.
    expect((await w.attempt(id, 'user:vera', 'risk.egenkontroll', ask)).ok).toBe(false);
    const made = await w.step(id, 'user:erik', 'risk.egenkontroll', ask);
    expect(made.state.snapshot.value).toBe('uppfoljning');
    const link = made.state.links.find((l) => l.rel === 'bevakas_av');
    expect(link).toBeDefined();
    const kontroll = (await w.engine.get(link!.arendeId))!;
    expect(kontroll.open.processType).toBe('egenkontroll');
    expect(kontroll.open.enhetId).toBe('enhet:solgarden');
    expect(kontroll.links).toEqual([{ rel: 'bevakar_risk', arendeId: id }]);
    const row = registerRows(made.state.snapshot.context).find((r) => r.nr === ask.riskNr)!;
    expect(kontroll.open.prefill).toMatchObject({
      kontroll: ask.kontroll,
      genomforasSenast: ask.genomforasSenast,
      ar: Number(String(ask.genomforasSenast).slice(0, 4)),
      syfte: expect.stringContaining(row.risk),
    });
    expect(REGISTRY.linkTitles.bevakas_av).toBe('Egenkontroll som bevakar en risk');
    // The planned egenkontroll goes on as any other: Erik completes the plan from the prefill and performs it.
    const planering = { ...example('egenkontroll-planering'), ...kontroll.open.prefill };
    const planned = await w.step(link!.arendeId, 'user:erik', 'planering.submit', planering);
    expect(planned.state.snapshot.value).toBe('genomforande');
    expect(
      computeObligations(planned.state, w.clock.now())
        .find((o) => o.status === 'open')
        ?.dueAt.slice(0, 10),
    ).toBe(String(ask.genomforasSenast));
  });

  it('is drawn up only by an enhetschef of the enhet, and approved only by the verksamhetschef of its verksamhet', async () => {
    const w = await createWorld();
    const id = await w.open('riskregister', 'enhet:solgarden', 'user:erik');
    // Two rows with one number would make "risk nr 2" mean two risks: refused, naming the number.
    const register = example('riskregister-upprattande');
    const twice = await w.attempt(id, 'user:erik', 'upprattande.submit', {
      ...register,
      risker: (register.risker as object[]).map((r) => ({ ...r, nr: 2 })),
    });
    expect(twice.ok || twice.rejection.reasons).toEqual(['Risk nr 2 finns på flera rader. Ge varje rad ett eget nummer.']);
    // Lina is enhetschef elsewhere; Anna is medarbetare here.
    for (const who of ['user:lina', 'user:anna'])
      expect((await w.attempt(id, who, 'upprattande.submit', example('riskregister-upprattande'))).ok).toBe(false);
    await w.step(id, 'user:erik', 'upprattande.submit', example('riskregister-upprattande'));
    for (const who of ['user:fredrik', 'user:sara', 'user:erik'])
      expect((await w.attempt(id, who, 'godkannande.submit', approval(w))).ok).toBe(false);
    expect((await w.attempt(id, 'user:vera', 'godkannande.submit', approval(w))).ok).toBe(true);
  });

  it('is not approved by a verksamhetschef who also drew it up as enhetschef (jäv), while another verksamhetschef may', async () => {
    // Not in the demo: one person who is both the enhet's chef and the verksamhet's.
    const both = {
      userId: 'user:bodil',
      namn: 'Bodil Ek',
      titel: 'Verksamhetschef',
      roles: [
        { role: 'enhetschef' as const, scope: { kind: 'enhet' as const, id: 'enhet:solgarden' } },
        { role: 'verksamhetschef' as const, scope: { kind: 'verksamhet' as const, id: 'verksamhet:aldre' } },
      ],
    };
    const clock = fixedClock('2026-03-13T08:00:00.000Z');
    const engine = createEngine({
      store: new MemoryEventStore(),
      clock,
      ids: sequentialIds('jav'),
      hasher: nobleHasher,
      validator,
      catalog: catalog(),
      directory: staticDirectory(DEMO_ORG, [...DEMO_USERS, both]),
    });
    await engine.loadDefinitions(loadShippedDefinitions());
    const opened = await engine.open('riskregister', 'enhet:solgarden', 'user:bodil');
    if (!opened.ok) throw new Error(opened.rejection.message);
    const id = opened.state.arendeId;
    expect((await engine.submit(id, { type: 'upprattande.submit', data: example('riskregister-upprattande') }, 'user:bodil')).ok).toBe(
      true,
    );
    const own = await engine.submit(
      id,
      { type: 'godkannande.submit', data: example('riskregister-godkannande', { godkantDatum: '2026-03-13' }) },
      'user:bodil',
    );
    expect(own.ok || own.rejection.code).toBe('jav');
    expect(
      (
        await engine.submit(
          id,
          { type: 'godkannande.submit', data: example('riskregister-godkannande', { godkantDatum: '2026-03-13' }) },
          'user:vera',
        )
      ).ok,
    ).toBe(true);
  });
});
