import type { PersonGroup } from './groupPeople';
import { mailKey, PERSON_LABELS, push, shown } from './importNames';
import { OWN_LOGIN_SUBJECT } from './loginSubject';
import type { KnownPerson, NewId, OrgSnapshot, PersonFields, PlanSink } from './importTypes';

/** The organisation's people by inloggnings-id and e-post, and which of them a group of the file has matched (at which row). */
interface PeopleIndex {
  byLogin: Map<string, KnownPerson>;
  byMail: Map<string, KnownPerson[]>;
  matched: Map<string, number>;
  /** Who imports: her own inloggnings-id is not hers to change. */
  importer: string | undefined;
}

/** Each group is an existing person (by inloggnings-id, else e-post) or a new one; what would change. */
export function resolvePeople(
  groups: readonly PersonGroup[],
  org: OrgSnapshot,
  newId: NewId,
  failed: Set<PersonGroup>,
  sink: PlanSink,
): void {
  const index: PeopleIndex = {
    byLogin: new Map(org.people.filter((p) => p.loginSubject).map((p) => [p.loginSubject!, p])),
    byMail: new Map(),
    matched: new Map(),
    importer: org.importer,
  };
  for (const p of org.people) if (p.epost) push(index.byMail, mailKey(p.epost), p);
  for (const g of groups) resolveGroup(g, index, newId, failed, sink);
}

function resolveGroup(g: PersonGroup, index: PeopleIndex, newId: NewId, failed: Set<PersonGroup>, sink: PlanSink): void {
  const row = g.rows[0]!.row;
  const want: PersonFields = { namn: g.fields.namn?.value ?? '' };
  for (const k of ['titel', 'telefon', 'epost', 'loginSubject'] as const) if (g.fields[k]) want[k] = g.fields[k].value;
  const refuse = (message: string) => {
    sink.fail(row, message);
    failed.add(g);
  };
  const p = matchPerson(want, index, refuse);
  if (p === 'refused') return;
  if (!p) {
    g.userId = newId('user', want.namn);
    g.namn = want.namn;
    sink.ops.push({ op: 'person', row, userId: g.userId, isNew: true, fields: want, changed: [] });
    const login = want.loginSubject ? `, inloggnings-id ${want.loginSubject}` : '';
    return sink.item(row, 'person', 'ny', `${want.namn}${login}${want.epost ? `, ${want.epost}` : ''}`);
  }
  const earlier = index.matched.get(p.userId);
  if (earlier !== undefined)
    return refuse(
      `Raden gäller samma person som rad ${earlier} (${p.namn}), men med ett annat inloggnings-id eller en annan e-post. ` +
        `Skriv samma uppgifter på båda raderna.`,
    );
  index.matched.set(p.userId, row);
  if (p.userId === index.importer && want.loginSubject !== undefined && want.loginSubject !== p.loginSubject)
    return refuse(`${OWN_LOGIN_SUBJECT} (${p.namn})`);
  if (want.epost && mailKey(want.epost) !== mailKey(p.epost ?? '')) {
    const other = (index.byMail.get(mailKey(want.epost)) ?? []).find((q) => q.userId !== p.userId);
    if (other) return refuse(`E-postadressen ${want.epost} används redan av ${other.namn} i organisationen.`);
  }
  g.userId = p.userId;
  g.namn = want.namn;
  planKnownPerson(p, want, row, sink);
}

/** The person the group's inloggnings-id, else its e-post, finds; 'refused' when the e-post is ambiguous or contradicts the id. */
function matchPerson(want: PersonFields, index: PeopleIndex, refuse: (message: string) => void): KnownPerson | 'refused' | undefined {
  const p = want.loginSubject ? index.byLogin.get(want.loginSubject) : undefined;
  if (p || !want.epost) return p;
  const candidates = index.byMail.get(mailKey(want.epost)) ?? [];
  if (candidates.length > 1) {
    refuse(
      `E-postadressen ${want.epost} finns hos flera personer i organisationen ` +
        `(${candidates.map((c) => c.namn).join(', ')}): ange inloggnings-id för att välja vem.`,
    );
    return 'refused';
  }
  const c = candidates[0];
  if (c?.loginSubject && want.loginSubject && c.loginSubject !== want.loginSubject) {
    refuse(
      `E-postadressen ${want.epost} hör till ${c.namn}, som har inloggnings-id ${c.loginSubject}, inte ` +
        `${want.loginSubject}. Rätta filen, eller ändra inloggnings-id för ${c.namn} under Personer och roller först.`,
    );
    return 'refused';
  }
  return c;
}

/** An existing person: unchanged, or the fields the file changes. */
function planKnownPerson(p: KnownPerson, want: PersonFields, row: number, sink: PlanSink): void {
  const before: PersonFields = {
    namn: p.namn,
    ...(p.titel ? { titel: p.titel } : {}),
    ...(p.telefon ? { telefon: p.telefon } : {}),
    ...(p.epost ? { epost: p.epost } : {}),
    ...(p.loginSubject ? { loginSubject: p.loginSubject } : {}),
  };
  const changed = (Object.keys(want) as (keyof PersonFields)[]).filter((k) =>
    k === 'epost' ? mailKey(want[k]!) !== mailKey(before[k] ?? '') : want[k] !== before[k],
  );
  if (changed.length === 0) return sink.item(row, 'person', 'oforandrad', p.namn);
  const fields: PersonFields = { ...before };
  for (const k of changed) fields[k] = want[k]!;
  sink.ops.push({
    op: 'person',
    row,
    userId: p.userId,
    isNew: false,
    fields,
    changed: changed.map((k) => PERSON_LABELS[k]),
    ...(p.loginSubject ? { loginBefore: p.loginSubject } : {}),
  });
  const changes = changed.map((k) => `${PERSON_LABELS[k]} ${shown(before[k])} → ${shown(want[k])}`);
  sink.item(row, 'person', 'andrad', `${p.namn}: ${changes.join(', ')}`);
}
