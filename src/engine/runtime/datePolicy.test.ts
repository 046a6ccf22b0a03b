import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../processes/packs';
import type { DateRef, DateRule } from '../model/DateRule';
import { datePolicyErrors } from './datePolicy';
import type { DateSubmission } from './datePolicy';

const AT = '2026-03-13T08:00:00.000Z';
const ENHET = { namn: 'Enheten', startDatum: '2020-01-01', slutDatum: '2026-03-09' };

/** Puts a value at a path (`a.b`, `rows[].c` as the first row). */
function put(data: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  const key = head!.replace('[]', '');
  const inner = rest.length === 0 ? value : put({}, rest.join('.'), value);
  return {
    ...data,
    [key]: head!.endsWith('[]') ? [inner] : rest.length === 0 ? value : { ...(data[key] as object), ...(inner as object) },
  };
}

/** A submission for the rule with its own date `date`, each date it compares with on `refDate` and the plan's year 2026. */
function submission(rule: DateRule, date: string, refDate = '2026-03-01'): DateSubmission {
  let data: Record<string, unknown> = {};
  const history: { type: string; stepData: unknown }[] = [];
  const place = (ref: DateRef, value: unknown) => {
    if (ref.events) history.push({ type: ref.events[0]!, stepData: put({}, ref.path, value) });
    else data = put(data, ref.path, value);
  };
  for (const ref of rule.notBefore ?? []) place(ref, refDate);
  if (rule.inPeriodOf) place(rule.inPeriodOf, 2026);
  data = put(data, rule.path, date);
  return { type: rule.event, data, at: AT, history, enhet: ENHET };
}

const messages = (rule: DateRule, sub: DateSubmission) => datePolicyErrors([rule], sub).map((e) => e.message);

const RULES = Object.values(REGISTRY.skeletons).flatMap((s) =>
  (s.dates ?? []).map((rule) => [`${s.processType}: ${rule.event} ${rule.path}`, rule] as const),
);

describe.each(RULES)('date rule %s', (_name, rule) => {
  // A day inside the enhet's life (it closed on 2026-03-09), after the dates it compares with, in the plan's year.
  const good = rule.notBeforeEnhet === 'startAndEnd' ? '2026-03-05' : '2026-03-10';

  it('accepts a date that keeps every constraint, and names the field by its pointer when it does not', () => {
    expect(datePolicyErrors([rule], submission(rule, good))).toEqual([]);
    const [error] = datePolicyErrors([rule], submission(rule, '1901-05-01'));
    expect(error).toMatchObject({
      pointer: `/${rule.path.replace('[]', '.0').split('.').join('/')}`,
      message: expect.stringContaining('(1901-05-01) kan inte ligga före 1980-01-01.'),
    });
  });

  if (rule.notFuture)
    it('refuses a date after today (Stockholm)', () => {
      expect(messages(rule, submission(rule, '2026-03-14'))).toContainEqual(
        expect.stringContaining('(2026-03-14) kan inte ligga i framtiden; i dag är det 2026-03-13.'),
      );
    });

  if (rule.notBefore?.length)
    it('refuses a date before each date it may not precede', () => {
      for (const ref of rule.notBefore ?? [])
        expect(messages(rule, submission(rule, '2026-03-05', '2026-03-08'))).toContainEqual(
          expect.stringContaining(`(2026-03-05) kan inte vara före ${ref.label} (2026-03-08).`),
        );
    });

  if (rule.inPeriodOf)
    it("refuses a date outside (or, for a performed one, before) its plan's year", () => {
      const label = rule.inPeriodOf!.label;
      expect(messages(rule, submission(rule, '2025-12-31'))).toContainEqual(
        expect.stringMatching(new RegExp(`\\(2025-12-31\\) (kan inte vara före|ligger inte i) ${label} 2026\\.`)),
      );
      const nextYear = messages(rule, submission(rule, '2027-01-01'));
      if (rule.inPeriodOf!.startOnly) expect(nextYear.filter((m) => m.includes(label))).toEqual([]);
      else expect(nextYear).toContain(`${rule.label} (2027-01-01) ligger inte i ${label} 2026.`);
    });

  if (rule.notBeforeEnhet)
    it('refuses a date before the enhet started, and a händelse after it closed', () => {
      expect(messages(rule, submission(rule, '2019-12-31'))).toContainEqual(
        expect.stringContaining('(2019-12-31) kan inte vara före den dag Enheten startade (2020-01-01).'),
      );
      const closed = messages(rule, submission(rule, '2026-03-10'));
      if (rule.notBeforeEnhet === 'startAndEnd')
        expect(closed).toContain(`${rule.label} (2026-03-10) kan inte vara efter den dag Enheten stängdes (2026-03-09).`);
      else expect(closed).toEqual([]);
    });
});

describe('date-times', () => {
  const rule: DateRule = {
    event: 'rapport.submit',
    path: 'upptackt',
    label: 'Upptäckten',
    notFuture: true,
    notBefore: [{ path: 'handelse', label: 'händelsen' }],
  };
  const sub = (upptackt: string, handelse = '2026-03-12T19:00:00+01:00') => ({
    type: 'rapport.submit',
    data: { upptackt, handelse },
    at: AT,
    history: [],
  });

  it('compares two date-times by the clock and shows them in Stockholm time', () => {
    expect(datePolicyErrors([rule], sub('2026-03-12T18:59:00+01:00')).map((e) => e.message)).toEqual([
      'Upptäckten (2026-03-12 kl. 18:59) kan inte vara före händelsen (2026-03-12 kl. 19:00).',
    ]);
    expect(datePolicyErrors([rule], sub('2026-03-12T18:30:00Z'))).toEqual([]);
  });

  it('allows a clock ten minutes ahead of the server, no more', () => {
    expect(datePolicyErrors([rule], sub('2026-03-13T09:10:00+01:00'))).toEqual([]);
    expect(datePolicyErrors([rule], sub('2026-03-13T09:11:00+01:00')).map((e) => e.message)).toEqual([
      'Upptäckten (2026-03-13 kl. 09:11) kan inte ligga i framtiden; klockan är nu 2026-03-13 kl. 09:00.',
    ]);
  });

  it('refuses what is not a date, and judges a date against a date-time by the Stockholm day', () => {
    expect(datePolicyErrors([rule], sub('igår')).map((e) => e.message)).toEqual(['Upptäckten ("igår") är inte ett datum.']);
    expect(datePolicyErrors([rule], sub('2026-03-12'))).toEqual([]);
    expect(datePolicyErrors([rule], sub('2026-03-11')).map((e) => e.message)).toEqual([
      'Upptäckten (2026-03-11) kan inte vara före händelsen (2026-03-12 kl. 19:00).',
    ]);
  });

  it('reads an earlier date from the latest of the events named (a re-planning before the plan)', () => {
    const planned: DateRule = {
      event: 'uppfoljning.submit',
      path: 'datum',
      label: 'Uppföljningen',
      notBefore: [{ events: ['planering.omplanera', 'beskrivning.submit'], path: 'start', label: 'starten' }],
    };
    const history = [
      { type: 'beskrivning.submit', stepData: { start: '2026-01-10' } },
      { type: 'planering.omplanera', stepData: { start: '2026-03-01' } },
    ];
    expect(
      datePolicyErrors([planned], { type: 'uppfoljning.submit', data: { datum: '2026-02-01' }, at: AT, history }).map((e) => e.message),
    ).toEqual(['Uppföljningen (2026-02-01) kan inte vara före starten (2026-03-01).']);
  });
});
