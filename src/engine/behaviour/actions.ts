import type { ArendeContext, Atgard, MachineEvent } from '../model/ArendeContext';
import { readPath } from './readPath';

type Params = Record<string, unknown>;

export interface ActionImpl {
  describe(params: Params): string;
  /** Pure context update. */
  apply(ctx: ArendeContext, ev: MachineEvent, params: Params): ArendeContext;
  checkParams(params: Params): string | undefined;
}

function toAtgard(item: Record<string, unknown>, id: string, seq: number): Atgard {
  return {
    id,
    vad: String(item.vad ?? ''),
    orsak: String(item.orsak ?? ''),
    ansvarig: item.ansvarig,
    klartDatum: String(item.klartDatum ?? ''),
    typ: typeof item.typ === 'string' ? item.typ : undefined,
    status: 'planerad',
    addedSeq: seq,
    updatedSeq: seq,
  };
}

export const ACTIONS: Readonly<Record<string, ActionImpl>> = {
  recordStep: {
    describe: () => 'Sparar stegets uppgifter',
    apply: (ctx, ev) => ({
      ...ctx,
      steps: { ...ctx.steps, [ev.type]: { data: ev.data, at: ev.at, by: ev.actor, seq: ev.seq } },
    }),
    checkParams: () => undefined,
  },
  recordOwnStep: {
    describe: () => 'Sparar personens eget steg (ett per person)',
    apply: (ctx, ev) => ({
      ...ctx,
      own: { ...ctx.own, [ev.type]: { ...ctx.own?.[ev.type], [ev.actor.userId]: { data: ev.data, at: ev.at, by: ev.actor, seq: ev.seq } } },
    }),
    checkParams: () => undefined,
  },
  addJav: {
    describe: () => 'Markerar rapportör och inblandade som jäviga',
    apply: (ctx, ev, params) => {
      const ids = new Set(ctx.jav);
      // Who registers an oral rapport on someone's behalf only received it: not jävig for that.
      const received = typeof params.actorUnless === 'string' && readPath(ev.data, params.actorUnless) === true;
      for (const path of params.paths as string[]) {
        if (path === '$actor' && received) continue;
        const value = path === '$actor' ? ev.actor.userId : readPath(ev.data, path);
        for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string' && v) ids.add(v);
      }
      return { ...ctx, jav: [...ids] };
    },
    checkParams: (p) =>
      Array.isArray(p.paths) && (p.actorUnless === undefined || typeof p.actorUnless === 'string') ? undefined : 'paths krävs',
  },
  addAtgarder: {
    describe: () => 'Lägger till åtgärder',
    apply: (ctx, ev) => {
      const list = readPath(ev.data, 'atgarder');
      const single = readPath(ev.data, 'atgard');
      const items = (Array.isArray(list) ? list : single && typeof single === 'object' ? [single] : []) as Record<string, unknown>[];
      const added = items.map((item, i) => toAtgard(item, `atgard:${ev.seq}.${i + 1}`, ev.seq));
      return { ...ctx, atgarder: [...ctx.atgarder, ...added] };
    },
    checkParams: () => undefined,
  },
  setAtgardStatus: {
    describe: (p) => `Sätter åtgärdens status till ${String(p.status)}`,
    apply: (ctx, ev, params) => {
      const id = readPath(ev.data, 'atgardId');
      return {
        ...ctx,
        atgarder: ctx.atgarder.map((a) => {
          if (a.id !== id) return a;
          const effekt = readPath(ev.data, 'effekt');
          return { ...a, status: params.status as Atgard['status'], updatedSeq: ev.seq, ...(typeof effekt === 'string' ? { effekt } : {}) };
        }),
      };
    },
    checkParams: (p) => (['planerad', 'genomford', 'verifierad', 'atertagen'].includes(p.status as string) ? undefined : 'okänd status'),
  },
};
