import type { GuardImpl } from '../model/GuardImpl';
import type { LinkOpening } from '../model/ProcessPack';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** `hasLink`: the step opens and links an ärende by one of the rels the packs declare (`PackRegistry.linkOpenings`). */
export function hasLinkGuard(links: readonly LinkOpening[]): GuardImpl {
  const kindOf = (rel: unknown) => links.find((l) => l.rel === rel);
  return {
    readsEventData: true,
    describe: (p) => `${capitalised(kindOf(p.rel)?.noun ?? 'ett länkat ärende')} skapas och länkas`,
    test: (_c, ev, p) => (ev.links ?? []).some((l) => l.rel === p.rel),
    explain: (_c, ev, p) =>
      (ev.links ?? []).some((l) => l.rel === p.rel) ? [] : [`Inget länkat ärende (${kindOf(p.rel)?.noun ?? String(p.rel)}) skapades.`],
    abstract: () => 'unknown',
    checkParams: (p) => (kindOf(p.rel) ? undefined : `rel ska vara ${links.map((l) => l.rel).join(' eller ')}`),
  };
}
