import { buildStateGraph } from '../../engine/index';
import type { FormSpec, ProcessDefinition } from '../../engine/index';

const WORDS = ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'tretton', 'fjorton'];

/** The ways a text names a number of days: "14 dagar", "fjorton dagar", "två veckor", "en vecka". */
export function phrasesFor(days: number): string[] {
  const named = (n: number) => [String(n), ...(WORDS[n] ? [WORDS[n]!] : [])];
  const out = named(days).flatMap((n) => [`${n} dagar`, `${n} dygn`, `${n} arbetsdagar`]);
  if (days % 7 === 0) {
    const weeks = days / 7;
    out.push(...(weeks === 1 ? ['en vecka', '1 vecka'] : named(weeks).map((n) => `${n} veckor`)));
  }
  return out;
}

export interface StaleMention {
  /** Where the text is, as the process owner knows it: "hjälptexten för "Återkoppling"". */
  where: string;
  phrase: string;
}

/** The texts of a process a person reads: step help, deadline wording, and its forms' titles and descriptions. */
function textsOf(def: ProcessDefinition, forms: Readonly<Record<string, FormSpec>>, skipObligation?: string): [string, string][] {
  const out: [string, string][] = [];
  for (const { meta: m } of buildStateGraph(def.machine).nodes.values()) {
    if (!m) continue;
    if (m.help) out.push([`hjälptexten för "${m.title}"`, m.help]);
    for (const o of m.obligations ?? []) if (o.id !== skipObligation) out.push([`tidskravets text för "${m.title}"`, o.title]);
    const schema = m.form ? forms[m.form]?.schema : undefined;
    if (!schema) continue;
    const formName = `formuläret "${String(schema.title ?? m.title)}"`;
    if (typeof schema.description === 'string') out.push([formName, schema.description]);
    for (const p of Object.values((schema.properties ?? {}) as Record<string, { title?: string; description?: string }>))
      for (const t of [p.title, p.description]) if (t) out.push([`${formName}, fältet "${p.title ?? ''}"`, t]);
  }
  return out;
}

/**
 * After a deadline changed from `days`: the process's texts that still name the old number, so "inom två veckor" is not
 * left beside a deadline of 10 days (issue 27). `extra` are texts outside the definition (the public form's).
 */
export function staleMentions(
  def: ProcessDefinition,
  forms: Readonly<Record<string, FormSpec>>,
  days: number,
  opts: { skipObligation?: string; extra?: readonly [string, string][] } = {},
): StaleMention[] {
  const phrases = phrasesFor(days);
  const seen = new Set<string>();
  const out: StaleMention[] = [];
  for (const [where, text] of [...textsOf(def, forms, opts.skipObligation), ...(opts.extra ?? [])]) {
    const lower = text.toLowerCase();
    const phrase = phrases.find((p) => new RegExp(`(^|[^\\p{L}\\d])${p}($|[^\\p{L}])`, 'u').test(lower));
    if (phrase && !seen.has(where)) {
      seen.add(where);
      out.push({ where, phrase });
    }
  }
  return out;
}
