import type { NamedRef } from '../model/NamedRef';
import type { GuardImpl, Tri } from '../model/GuardImpl';

type GuardLookup = () => Readonly<Record<string, GuardImpl>>;

/** `all`: every listed guard holds; it reads its parts from the whole table, pack guards included. */
export function allGuard(table: GuardLookup): GuardImpl {
  const of = (g: NamedRef) => table()[g.type]!;
  return {
    readsEventData: true,
    describe: (p) => ((p.guards as NamedRef[]) ?? []).map((g) => table()[g.type]?.describe(g.params ?? {}) ?? g.type).join('; '),
    test: (c, ev, p) => (p.guards as NamedRef[]).every((g) => of(g).test(c, ev, g.params ?? {})),
    explain: (c, ev, p) => (p.guards as NamedRef[]).flatMap((g) => of(g).explain(c, ev, g.params ?? {})),
    abstract: (ev, p) => {
      let result: Tri = true;
      for (const g of p.guards as NamedRef[]) {
        const r = of(g).abstract(ev, g.params ?? {});
        if (r === false) return false;
        if (r === 'unknown') result = 'unknown';
      }
      return result;
    },
    checkParams: (p) => {
      if (!Array.isArray(p.guards) || p.guards.length === 0) return 'guards saknas';
      for (const g of p.guards as NamedRef[]) {
        const impl = table()[g?.type];
        if (!impl) return `okänt villkor "${String(g?.type)}"`;
        const problem = impl.checkParams(g.params ?? {});
        if (problem) return problem;
      }
      return undefined;
    },
  };
}
