import type { ArendeEvent } from '../model/ArendeEvent';
import { ERSATTARE_EVENT, JAV_EVENT, MOTIVERING_MAX } from '../model/JavEvents';
import type { ErsattareData, JavData } from '../model/JavEvents';
import { isRoleId, ROLE_TITLES } from '../model/Role';
import type { RoleId } from '../model/Role';
import type { ArendeState } from './ArendeState';
import { reject } from './Rejection';
import type { Rejection } from './Rejection';
import { isAppointed, judgingSteps } from './judging';

const field = (message: string, pointer: string, label: string) => ({ fieldErrors: [{ pointer, label, message }] });

/** What is wrong with a motivering, naming the field; undefined when it will do. */
export function motiveringProblem(motivering: unknown): Rejection | undefined {
  const problem =
    typeof motivering !== 'string' || motivering.trim() === ''
      ? 'Motivering: skriv kort varför.'
      : motivering.length > MOTIVERING_MAX
        ? `Motivering: högst ${MOTIVERING_MAX} tecken.`
        : undefined;
  return problem ? reject('invalid_data', problem, field(problem, '/motivering', 'Motivering')) : undefined;
}

/** Is a step where `role` judges active now? */
function judgesNow(state: ArendeState, role: RoleId): boolean {
  return judgingSteps(state).some((s) => s.role === role);
}

const noStep = (role: RoleId) =>
  reject('step_not_reached', `Inget steg där ${ROLE_TITLES[role] ?? role} bedömer eller beslutar pågår i ärendet.`);

/**
 * What the log itself says against a jäv event (a declaration or an appointment); undefined when it holds. Checked on
 * every new one and again by strict replay (imports). Who held which role, and whether the ärende had really stalled,
 * the organisation answers (the service and the import check).
 */
export function javEventProblem(state: ArendeState, e: Pick<ArendeEvent, 'type' | 'actor' | 'stepData'>): Rejection | undefined {
  if (state.status === 'closed') return reject('closed', 'Ärendet är avslutat.');
  const jav = state.snapshot.context.jav;
  const { userId, role } = e.actor;
  if (e.type === JAV_EVENT) {
    const data = e.stepData as Partial<JavData> | null;
    if (!judgesNow(state, role)) return noStep(role);
    if (jav.includes(userId)) return reject('jav', 'Du är redan jävig i ärendet.');
    return motiveringProblem(data?.motivering);
  }
  if (e.type !== ERSATTARE_EVENT) return reject('unknown_event', `Händelsen "${e.type}" gäller inte jäv.`);
  const data = e.stepData as Partial<ErsattareData> | null;
  if (role !== 'forvaltningschef')
    return reject('wrong_role', 'En ersättare utses av förvaltningschefen.', { requiredRole: 'forvaltningschef' });
  if (jav.includes(userId)) return reject('jav', 'Du är själv jävig i ärendet och kan därför inte utse en ersättare.');
  if (typeof data?.userId !== 'string' || data.userId === '')
    return reject('invalid_data', 'Ersättare: välj den person som ska utses.', field('Välj en person.', '/userId', 'Ersättare'));
  if (!isRoleId(data.role))
    return reject('invalid_data', 'Roll: välj den roll ersättaren ska ha i ärendet.', field('Välj en roll.', '/role', 'Roll'));
  if (!judgesNow(state, data.role)) return noStep(data.role);
  if (data.userId === userId)
    return reject('invalid_data', 'Ersättare: du kan inte utse dig själv.', field('Du kan inte utse dig själv.', '/userId', 'Ersättare'));
  if (jav.includes(data.userId))
    return reject(
      'jav',
      'Ersättare: personen är jävig i ärendet och kan inte utses.',
      field('Personen är jävig i ärendet.', '/userId', 'Ersättare'),
    );
  if (isAppointed(state, data.userId, data.role))
    return reject('guard_failed', `Ersättare: personen är redan utsedd som ${ROLE_TITLES[data.role]} i ärendet.`);
  return motiveringProblem(data.motivering);
}

/** Applies an accepted jäv event to the context (pure): the declarer joins `jav`, an appointee joins `ersattare`. */
export function applyJavEvent(state: ArendeState, e: ArendeEvent): ArendeState {
  const ctx = state.snapshot.context;
  const context =
    e.type === JAV_EVENT
      ? { ...ctx, jav: ctx.jav.includes(e.actor.userId) ? ctx.jav : [...ctx.jav, e.actor.userId] }
      : (() => {
          const data = e.stepData as ErsattareData;
          return { ...ctx, ersattare: [...(ctx.ersattare ?? []), { userId: data.userId, role: data.role, seq: e.seq, at: e.at }] };
        })();
  // The steps stay where they are: only who may act on them changes.
  const snapshot = state.loaded.compiled.resolve(state.snapshot.value, context);
  return { ...state, snapshot, events: [...state.events, e] };
}
