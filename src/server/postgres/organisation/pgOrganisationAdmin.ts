import type { Db } from '../Db';
import type { RoleId } from '../../../engine/index';
import type { OrganisationAdmin } from '../../organisation/OrganisationAdmin';
import { readChanges, readContact, readPeople } from './organisationReads';
import type { OrgWrite } from './orgLookup';
import { pgCsvImport } from './pgCsvImport';
import { recordChange } from './recordChange';
import { assignRole, endRole } from './roleAssignments';
import { decideRequest, pendingRequests } from './roleRequests';
import { saveEnhet } from './saveEnhet';
import { saveForvaltning } from './saveForvaltning';
import { savePerson } from './savePerson';
import { saveVerksamhet } from './saveVerksamhet';

/**
 * The organisation's tables written by the administratör, each change kept in organisation_changes (migration 0006);
 * roles in `approval` wait in role_requests for a second person (migration 0015).
 */
export function pgOrganisationAdmin(db: Db, approval: ReadonlySet<RoleId>, afterChange: () => void = () => undefined): OrganisationAdmin {
  const write: OrgWrite = async (fn) => {
    const result = await db.transaction(fn);
    afterChange();
    return result;
  };
  return {
    people: (at) => readPeople(db, at),
    changes: (limit) => readChanges(db, limit),
    contact: (userId) => readContact(db, userId),
    importCsv: pgCsvImport(db, approval, afterChange),
    note: (kind, subject, text, by, at) => write((tx) => recordChange(tx, at, by, kind, subject, text, {})),
    saveForvaltning: (input, by, at) => write((tx) => saveForvaltning(tx, input, by, at)),
    saveVerksamhet: (input, by, at) => write((tx) => saveVerksamhet(tx, input, by, at)),
    saveEnhet: (input, by, at) => saveEnhet(write, input, by, at),
    savePerson: (input, by, at) => savePerson(write, input, by, at),
    assignRole: (input, by, at) => write((tx) => assignRole(tx, input, by, at, approval)),
    requests: () => pendingRequests(db),
    decideRequest: (requestId, approve, by, at) => write((tx) => decideRequest(tx, requestId, approve, by, at)),
    endRole: (assignmentId, by, at) => write((tx) => endRole(tx, assignmentId, by, at)),
  };
}
