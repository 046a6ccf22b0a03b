import { REGISTRY } from '../../src/processes/packs';
import { describe, expect, it } from 'vitest';
import { HIDDEN_RAPPORTOR, mayKnowRapportor, mayRead } from '../../src/api/access';
import type { CommandAnswer, ListAnswer } from '../../src/api/contract';
import { DEMO_ORG, DEMO_USERS } from '../../src/demo/demoOrganisation';
import { foldText } from '../../src/engine/internal';
import type { ArendeSummary } from '../../src/engine/internal';
import { ANNA, memoryServer, postAs } from '../support/memoryServer';
import type { MemoryServer } from '../support/memoryServer';
import { example } from '../support/world';

/** Anna Berg (a user) and Åsa Öberg (named only in an oral rapport) as people write them in free text. */
const ANNA_TEXT = 'Jag (Anna Berg) såg att den enskilde föll. anna larmade, ANNA BERG ringde sjuksköterskan.';
const ASA_TEXT = 'Åsa Öberg berättade att asa oberg och ÅSA ÖBERG hade larmat.';

/** Does a body (as the browser receives it) name Anna or Åsa in any of the ways they were written? */
function named(body: string, who: 'anna' | 'asa'): string | undefined {
  const folded = foldText(body);
  const patterns =
    who === 'anna'
      ? [/anna berg/, /(?<![\p{L}])anna(?![\p{L}])/u, /(?<![\p{L}])a\.b\./u, /"ab"/, /user:anna/]
      : [/asa oberg/, /(?<![\p{L}])asa(?![\p{L}])/u, /(?<![\p{L}])oberg/u];
  return patterns.find((p) => p.test(folded))?.source;
}

async function report(s: MemoryServer, userId: string, processType: string, data: Record<string, unknown>): Promise<ArendeSummary> {
  return (
    JSON.parse(await postAs(s, userId, '/api/arenden', { processType, enhetId: 'enhet:solgarden', data })) as Extract<
      CommandAnswer,
      { ok: true }
    >
  ).summary;
}

async function get(s: MemoryServer, userId: string, url: string) {
  const res = await s.app.inject({ method: 'GET', url, headers: await s.as(userId) });
  return { status: res.statusCode, body: res.body };
}

describe("the rapportör's name is masked however it is written, in every answer to a role that may not know her (issue 21)", () => {
  it('in the log, the print, the list row and its rubrik and the inbox, for every person of the demo', async () => {
    const s = await memoryServer();
    // Anna's own lex Sarah rapport, her name in its texts; the enhetschef writes her initials as who acted.
    const lexSarah = await report(
      s,
      'user:anna',
      'lex-sarah',
      example('lex-sarah-rapport-2', { rapportor: ANNA, handelse: ANNA_TEXT, upptacktHur: 'anna upptäckte det, se A.B. i journalen' }),
    );
    const omedelbara = example('lex-sarah-omedelbara-atgarder');
    (omedelbara.atgarder as { utfordAv: { namn: string } }[])[0]!.utfordAv.namn = 'AB';
    await postAs(s, 'user:erik', `/api/arenden/${encodeURIComponent(lexSarah.arendeId)}/commands`, {
      type: 'omedelbara_atgarder.submit',
      data: omedelbara,
    });
    // Her own avvikelse: no rapportör object, the organisation knows her name.
    const avvikelse = await report(
      s,
      'user:anna',
      'avvikelse',
      example('avvikelse-rapport-2', { handelse: `Jag, anna berg, hittade den enskilde på golvet. ${ANNA_TEXT}` }),
    );
    // An oral rapport the enhetschef registered for Åsa Öberg, who has no account.
    const oral = await report(
      s,
      'user:erik',
      'lex-sarah',
      example('lex-sarah-rapport-2', {
        rapportor: { namn: 'Åsa Öberg', befattning: 'Vikarie' },
        muntligRapport: true,
        mottagenAv: { namn: 'Erik Holm', titel: 'Enhetschef' },
        handelse: ASA_TEXT,
      }),
    );
    const cases = [
      { row: lexSarah, who: 'anna' as const },
      { row: avvikelse, who: 'anna' as const },
      { row: oral, who: 'asa' as const },
    ];

    let hidden = 0;
    for (const user of DEMO_USERS) {
      const list = await postAs(s, user.userId, '/api/arenden/list', { query: {} });
      const inbox = await postAs(s, user.userId, '/api/inbox', { withTotal: true });
      for (const { row, who } of cases) {
        const readable = mayRead(REGISTRY.grants, DEMO_ORG, user, row);
        const knows = readable && (mayKnowRapportor(REGISTRY.grants, DEMO_ORG, user, row) || row.openedBy === user.userId);
        for (const url of [
          `/api/arenden/${encodeURIComponent(row.arendeId)}`,
          `/api/arenden/${encodeURIComponent(row.arendeId)}?utskrift=Utredning`,
        ]) {
          const { status, body } = await get(s, user.userId, url);
          expect(status, `${user.userId} ${url}`).toBe(readable ? 200 : 404);
          if (!readable) continue;
          if (knows) expect(named(body, who), `${user.userId} ${url}: should see the name`).toBeDefined();
          else {
            expect(named(body, who), `${user.userId} ${url}`).toBeUndefined();
            expect(body).toContain(HIDDEN_RAPPORTOR.iText);
            hidden++;
          }
        }
        const listed = (JSON.parse(list) as ListAnswer).rows.find((r) => r.arendeId === row.arendeId);
        expect(listed !== undefined, `${user.userId} listar ${row.arendeId}`).toBe(readable);
        if (listed && !knows) {
          expect(named(JSON.stringify(listed), who), `${user.userId} listrad`).toBeUndefined();
          expect(listed.rubrik).toContain(HIDDEN_RAPPORTOR.iText);
        }
        if (listed && knows) expect(listed.rubrik).toBe(row.rubrik);
        const waiting = (JSON.parse(inbox) as ListAnswer).rows.find((r) => r.arendeId === row.arendeId);
        if (waiting && !knows) expect(named(JSON.stringify(waiting), who), `${user.userId} inkorg`).toBeUndefined();
      }
    }
    // The verksamhetschef is the role of the demo that reads these without knowing the rapportör: the test saw her.
    expect(hidden).toBe(6);
  });

  it('keeps a search from telling whose rapport it is: a row found only by the hidden name is left out', async () => {
    const s = await memoryServer();
    const row = await report(
      s,
      'user:anna',
      'avvikelse',
      example('avvikelse-rapport-2', { handelse: 'Anna Berg hittade den enskilde på golvet i badrummet.' }),
    );
    const search = async (userId: string, text: string) =>
      (JSON.parse(await postAs(s, userId, '/api/arenden/list', { query: { text } })) as ListAnswer).rows.map((r) => r.arendeId);
    expect(await search('user:erik', 'anna')).toEqual([row.arendeId]);
    expect(await search('user:vera', 'anna')).toEqual([]);
    expect(await search('user:vera', 'hittade')).toEqual([row.arendeId]);
  });
});
