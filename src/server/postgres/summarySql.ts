import { decodeCursor, foldQueryText, isDescending } from '../../engine/internal';
import type { SummaryQuery, WaitingFor } from '../../engine/internal';

/** A statement and its parameters. */
export interface Sql {
  text: string;
  params: unknown[];
}

/** `%`, `_` and the escape character itself match literally, as in the reference's `includes`. */
export function likeContains(text: string): string {
  return `%${likeLiteral(text)}%`;
}

/** Rows starting with `text`, matched literally (the same escapes). */
export function likePrefix(text: string): string {
  return `${likeLiteral(text)}%`;
}

function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

class Params {
  readonly values: unknown[] = [];
  /** A text parameter in "C" collation, so comparisons order like JS strings whatever the database's locale. */
  text(v: string): string {
    this.values.push(v);
    return `$${this.values.length}::text collate "C"`;
  }
  texts(v: readonly string[]): string {
    this.values.push([...v]);
    return `$${this.values.length}::text[]`;
  }
  int(v: number): string {
    this.values.push(v);
    return `$${this.values.length}::int`;
  }
}

/** The inbox condition on `waiting` rows (alias w): any requested role, in its enheter or everywhere. */
function waitingCondition(waitingFor: readonly WaitingFor[], p: Params, user?: string): string {
  if (waitingFor.length === 0) return 'false';
  const done = notDone(p, user);
  const everywhere = [...new Set(waitingFor.filter((w) => w.enheter === 'all').map((w) => w.role))];
  // A plain equality for one role, so the planner walks the (role, due_at) index in order.
  const parts =
    everywhere.length === 1 ? [`w.role = ${p.text(everywhere[0]!)}`] : everywhere.length ? [`w.role = any(${p.texts(everywhere)})`] : [];
  for (const w of waitingFor)
    if (w.enheter !== 'all') parts.push(`(w.role = ${p.text(w.role)} and w.enhet_id = any(${p.texts(w.enheter)}))`);
  return `(${parts.join(' or ')})${done}`;
}

/** Leaves out the waiting rows of own steps the inbox's owner has done (see migration 0014). */
function notDone(p: Params, user: string | undefined): string {
  return user === undefined ? '' : ` and not (w.done_by @> array[${p.text(user)}])`;
}

/** Every filter of the query except `waitingFor`, over summaries (alias s); truthiness as in matchesSummary. */
function filters(q: SummaryQuery, p: Params): string[] {
  const where: string[] = [];
  if (q.scope && q.scope.enheter !== 'all') {
    const any = [`s.enhet_id = any(${p.texts(q.scope.enheter)})`];
    if (q.scope.openedBy !== undefined) any.push(`s.opened_by = ${p.text(q.scope.openedBy)}`);
    for (const g of q.scope.grants ?? []) {
      const parts = [`s.process_type = any(${p.texts(g.processTypes)})`];
      if (g.enheter !== 'all') parts.push(`s.enhet_id = any(${p.texts(g.enheter)})`);
      if (g.linkRel !== undefined)
        parts.push(`exists (select 1 from json_array_elements(s."row"->'links') l where l->>'rel' = ${p.text(g.linkRel)})`);
      any.push(`(${parts.join(' and ')})`);
    }
    const appointed = q.scope.appointed;
    // An appointed ersättare's rows: read from the row's JSON like links (rare; no column or migration needed).
    if (appointed && appointed.roles.length)
      any.push(
        `exists (select 1 from json_array_elements(s."row"->'ersattare') x where x->>'userId' = ${p.text(appointed.userId)} and ` +
          `x->>'role' = any(${p.texts(appointed.roles)}))`,
      );
    where.push(any.length === 1 ? any[0]! : `(${any.join(' or ')})`);
  }
  if (q.status) where.push(`s.status = ${p.text(q.status)}`);
  if (q.processTypes) where.push(`s.process_type = any(${p.texts(q.processTypes)})`);
  if (q.enhetId) where.push(`s.enhet_id = ${p.text(q.enhetId)}`);
  if (q.kategori) where.push(`s.kategori = ${p.text(q.kategori)}`);
  if (q.definition) {
    where.push(`s.definition_id = ${p.text(q.definition.id)}`);
    if (q.definition.version !== undefined) where.push(`s.definition_version = ${p.int(q.definition.version)}`);
    if (q.definition.belowVersion !== undefined) where.push(`s.definition_version < ${p.int(q.definition.belowVersion)}`);
  }
  if (q.openedFrom) where.push(`left(s.opened_at, 10) >= ${p.text(q.openedFrom)}`);
  if (q.openedTo) where.push(`left(s.opened_at, 10) <= ${p.text(q.openedTo)}`);
  if (q.overdueAt) where.push(`(s.status = 'open' and s.next_due_at < ${p.text(q.overdueAt)})`);
  if (q.text) where.push(`s.search_text like ${p.text(likeContains(foldQueryText(q.text)))} escape '\\'`);
  if (q.ids) where.push(`s.arende_id = any(${p.texts(q.ids)})`);
  return where;
}

const and = (where: readonly string[]) => (where.length ? `where ${where.join(' and ')}` : '');

/**
 * The inbox's filters minus what its waiting rows already guarantee: they exist only for open rows,
 * and a scope covering every requested enhet excludes nothing. Fewer joins, the same rows.
 */
function inboxFilters(q: SummaryQuery & { waitingFor: readonly WaitingFor[] }, p: Params): string[] {
  const scope = q.scope;
  const covered =
    !scope ||
    scope.enheter === 'all' ||
    q.waitingFor.every((w) => w.enheter !== 'all' && w.enheter.every((e) => (scope.enheter as readonly string[]).includes(e)));
  return filters({ ...q, ...(covered ? { scope: undefined } : {}), ...(q.status === 'open' ? { status: undefined } : {}) }, p);
}

/** The inbox's ordered lists: one per role held everywhere, one per (role, enhet) otherwise – each an index range in due order. */
function waitingLists(waitingFor: readonly WaitingFor[], p: Params, user?: string): string[] {
  const everywhere = new Set(waitingFor.filter((w) => w.enheter === 'all').map((w) => w.role));
  const lists = [...everywhere].map((role) => `w.role = ${p.text(role)}${notDone(p, user)}`);
  const pairs = new Set<string>();
  for (const w of waitingFor)
    if (w.enheter !== 'all' && !everywhere.has(w.role))
      for (const e of w.enheter) {
        if (pairs.has(`${w.role}\n${e}`)) continue;
        pairs.add(`${w.role}\n${e}`);
        lists.push(`w.role = ${p.text(w.role)} and w.enhet_id = ${p.text(e)}${notDone(p, user)}`);
      }
  return lists;
}

/**
 * One page of rows in the reference order (runSummaryQuery), one more than the limit so the caller
 * knows whether a next page exists. Selects `row` and the sort `key`.
 */
export function pageSql(q: SummaryQuery): Sql {
  const p = new Params();
  const desc = isDescending(q);
  // A malformed cursor is read as "from the start", exactly like the reference.
  const after = q.after ? decodeCursor(q.after) : undefined;
  const dir = desc ? 'desc' : 'asc';
  const limit = q.limit !== undefined ? ` limit ${p.int(Math.max(0, Math.floor(q.limit)) + 1)}` : '';
  if (!q.waitingFor) {
    const where = filters(q, p);
    const key = desc ? 's.updated_at' : 's.next_due_at';
    if (after) where.push(`(${key}, s.arende_id) ${desc ? '<' : '>'} (${p.text(after.key)}, ${p.text(after.id)})`);
    return {
      text: `select s."row" as row, ${key} as key from summaries s ${and(where)} order by ${key} ${dir}, s.arende_id ${dir}${limit}`,
      params: p.values,
    };
  }
  // The inbox: each ärende once, at its earliest due among the requested (role, enheter) pairs, walked
  // in due order with each list row looked up beside it (so a first page never reads every row).
  const inbox = { ...q, waitingFor: q.waitingFor };
  if (!after && q.limit !== undefined) {
    // The first page: the first `limit` of each ordered list hold every ärende of the page (an ärende's
    // earliest row is preceded in its list only by rows of ärenden due earlier), so no list is read whole.
    const where = inboxFilters(inbox, p);
    const join = where.length ? ` join summaries s on s.arende_id = w.arende_id` : '';
    const lists = waitingLists(q.waitingFor, p, q.waitingUser).map(
      (list) =>
        `(select w.arende_id, w.due_at as k from waiting w${join} where ${list}${where.length ? ` and ${where.join(' and ')}` : ''} ` +
        `order by w.due_at, w.arende_id${limit})`,
    );
    if (lists.length === 0) return { text: 'select null::json as row, null::text as key where false', params: [] };
    const firsts =
      `(select x.arende_id, min(x.k) as k from (${lists.join(' union all ')}) x group by x.arende_id order by k, ` +
      `x.arende_id${limit}) w`;
    return {
      text: `select s."row" as row, w.k as key from ${firsts} join summaries s on s.arende_id = w.arende_id order by w.k, w.arende_id`,
      params: p.values,
    };
  }
  const condition = waitingCondition(q.waitingFor, p, q.waitingUser);
  const cursor = after ? `(${p.text(after.key)}, ${p.text(after.id)})` : undefined;
  const roles = new Set(q.waitingFor.map((w) => w.role));
  // One role: waiting holds one row per (ärende, role), so its due is already the earliest.
  const waiting =
    roles.size === 1
      ? `(select w.arende_id, w.due_at as k from waiting w where ${condition}${cursor ? ` and (w.due_at, w.arende_id) > ${cursor}` : ''}) w`
      : `(select w.arende_id, min(w.due_at) as k from waiting w where ${condition} group ` +
        `by w.arende_id${cursor ? ` having (min(w.due_at), w.arende_id) > ${cursor}` : ''} ` +
        `order by k, w.arende_id) w`;
  const where = inboxFilters(inbox, p);
  const rows =
    `(select s."row", s.arende_id from summaries s where s.arende_id = ` +
    `w.arende_id${where.length ? ` and ${where.join(' and ')}` : ''}) s`;
  return {
    text: `select s."row" as row, w.k as key from ${waiting} cross join lateral ${rows} order by w.k, w.arende_id${limit}`,
    params: p.values,
  };
}

/** How many rows match (limit and cursor ignored); an inbox counts from the waiting rows outward. */
export function countSql(q: SummaryQuery): Sql {
  const p = new Params();
  if (!q.waitingFor) return { text: `select count(*)::int as n from summaries s ${and(filters(q, p))}`, params: p.values };
  const waiting = `select distinct w.arende_id from waiting w where ${waitingCondition(q.waitingFor, p, q.waitingUser)}`;
  const where = inboxFilters({ ...q, waitingFor: q.waitingFor }, p);
  // Waiting rows exist only for open list rows: without other filters they are the answer.
  if (where.length === 0) return { text: `select count(*)::int as n from (${waiting}) w`, params: p.values };
  return {
    text: `select count(*)::int as n from (${waiting}) w join summaries s on s.arende_id = w.arende_id ${and(where)}`,
    params: p.values,
  };
}
