import { Type } from 'typebox';
import { closed } from './primitives';

/**
 * The nämnd's beslut on a published version (issue 27). Lengths are an outer bound; `beslutProblem` names what is
 * wrong in Swedish (an empty diarienummer, a date in the future) before anything is stored.
 */
export const BeslutBody = Type.Object(
  {
    instans: Type.String({ maxLength: 500 }),
    beslutsdatum: Type.String({ maxLength: 40 }),
    diarienummer: Type.String({ maxLength: 500 }),
    paragraf: Type.Optional(Type.String({ maxLength: 500 })),
  },
  closed,
);

/** One record of a beslut; a later record for the same version replaces it (the earlier ones stay as history). */
export const VersionBeslutSchema = Type.Object({
  version: Type.Integer({ minimum: 1 }),
  instans: Type.String(),
  beslutsdatum: Type.String(),
  diarienummer: Type.String(),
  paragraf: Type.Optional(Type.String()),
  registreratAv: Type.String(),
  registrerat: Type.String(),
});

/** Every record for one process, oldest first. */
export const BeslutAnswerSchema = Type.Object({ beslut: Type.Array(VersionBeslutSchema) });
