import { ERSATTARE_EVENT, JAV_EVENT } from '../model/JavEvents';
import type { ErsattareData, JavData } from '../model/JavEvents';
import type { Organisation } from '../model/Organisation';
import { ROLE_TITLES } from '../model/Role';
import { holdsRole, holdsRoleAnywhere } from '../org/holdsRole';
import type { ArendeState } from '../runtime/ArendeState';
import { javEventProblem } from '../runtime/javEvents';
import { reject } from '../runtime/Rejection';
import type { Rejection } from '../runtime/Rejection';
import type { EngineCore } from './engineState';
import type { JavOptions, JavResult } from './javRules';
import { actingRole, javTarget, stallsNow, writeJavEvent } from './javRules';

/** She declares herself jävig in the ärende (she could act on an active judging step); the step goes to someone else. */
export async function declareJav(core: EngineCore, arendeId: string, input: JavData, userId: string, opts: JavOptions): Promise<JavResult> {
  const who = await core.principal(userId);
  if ('code' in who) return { ok: false, rejection: who };
  const state = await javTarget(core, arendeId, opts);
  if ('code' in state) return { ok: false, rejection: state };
  const role = actingRole(state, who.org, who.actor);
  if (!role)
    return {
      ok: false,
      rejection: reject(
        'wrong_role',
        'Bara den som kan utföra ett pågående steg där någon bedömer eller beslutar kan anmäla jäv i ärendet.',
      ),
    };
  return writeJavEvent(core, state, JAV_EVENT, { userId: who.actor.userId, role }, { motivering: String(input?.motivering ?? '').trim() });
}

/** The enhet's förvaltningschef appoints an ersättare for a role jäv has left without anyone, in this ärende only. */
export async function appointErsattare(
  core: EngineCore,
  arendeId: string,
  input: ErsattareData,
  userId: string,
  opts: JavOptions,
): Promise<JavResult> {
  const who = await core.principal(userId);
  if ('code' in who) return { ok: false, rejection: who };
  const { org, actor } = who;
  const state = await javTarget(core, arendeId, opts);
  if ('code' in state) return { ok: false, rejection: state };
  if (!holdsRole(org, actor, 'forvaltningschef', state.open.enhetId))
    return {
      ok: false,
      rejection: reject('wrong_role', 'En ersättare utses av förvaltningschefen för enheten. Du har inte den rollen.', {
        requiredRole: 'forvaltningschef',
      }),
    };
  const data: ErsattareData = {
    userId: String(input?.userId ?? ''),
    role: input?.role,
    motivering: String(input?.motivering ?? '').trim(),
  };
  const by = { userId: actor.userId, role: 'forvaltningschef' as const };
  const problem =
    javEventProblem(state, { type: ERSATTARE_EVENT, actor: by, stepData: data }) ?? (await appointeeProblem(core, state, org, data));
  if (problem) return { ok: false, rejection: problem };
  return writeJavEvent(core, state, ERSATTARE_EVENT, by, data);
}

/** What the organisation answers: the role's step must be stalled now, and the appointee must hold the role somewhere. */
async function appointeeProblem(
  core: EngineCore,
  state: ArendeState,
  org: Organisation,
  data: ErsattareData,
): Promise<Rejection | undefined> {
  const { directory, clock } = core.deps;
  const now = clock.now();
  if (!directory.holdersAt)
    return reject('guard_failed', 'Organisationens register kan inte visa vilka som har rollen: ingen ersättare kan utses här.');
  if (!(await stallsNow(directory, state, org, now)).some((s) => s.role === data.role))
    return reject(
      'guard_failed',
      `Ärendet har inte stannat på jäv för rollen ${ROLE_TITLES[data.role]}: någon i rollen kan utföra steget. En ` +
        `ersättare utses bara när alla är jäviga.`,
    );
  const appointee = await directory.actorAt(data.userId, now);
  if (!appointee) return reject('invalid_data', 'Ersättare: personen finns inte i organisationen.');
  if (!holdsRoleAnywhere(appointee, data.role))
    return reject(
      'invalid_data',
      `Ersättare: ${appointee.namn} har inte rollen ${ROLE_TITLES[data.role]} någonstans i organisationen. Välj någon som har den.`,
    );
  return undefined;
}
