import type { GuardImpl } from '../../../engine/model/GuardImpl';
import { hasIvoBeskedIfContradicted } from './hasIvoBeskedIfContradicted';
import { hasRealAtgarder } from './hasRealAtgarder';
import { isIvoContradicted } from './isIvoContradicted';

/** Lex Sarah's own guards (its skeleton requires the first two at avslut). */
export const LEX_SARAH_GUARDS: Readonly<Record<string, GuardImpl>> = { hasRealAtgarder, hasIvoBeskedIfContradicted, isIvoContradicted };
