import type { RouteTable } from '../types'
import { familyReach, get, myAgenda, myFamilyVisits } from './visits/lists'
import { myAvailability, setAvailability } from './visits/availability'
import { propose } from './visits/propose'
import { proposeMany } from './visits/propose-many'
import { respond } from './visits/respond'
import { answerJoin, requestJoin } from './visits/join'
import { suggest } from './visits/suggest'
import { toneCheck } from './visits/tone'
import { checkIn, safetyContacts, session } from './visits/hold'
import { checkOut, needHelp, recordParticipants } from './visits/hold-out'
import { getPrep, savePrep } from './visits/prep'
import { askColleagues, prepColleagues } from './visits/prep-colleagues'
import { answerPrepRequest, myPrepRequests } from './visits/prep-requests'
import { amendRecord, getRecord, recordVersions, submitRecord } from './visits/record'
import { getDraft, saveDraft } from './visits/record-drafts'
import { finishFollowUp, myFollowUps, myOverdueRecords } from './visits/record-home'
import { archive } from './visits/archive'

export const visitsRoutes: RouteTable<'visits'> = {
  propose,
  respond,
  get,
  familyReach,
  myAgenda,
  myFamilyVisits,
  requestJoin,
  answerJoin,
  myAvailability,
  setAvailability,
  suggest,
  proposeMany,
  toneCheck,
  session,
  safetyContacts,
  checkIn,
  checkOut,
  recordParticipants,
  needHelp,
  getPrep,
  savePrep,
  prepColleagues,
  askColleagues,
  myPrepRequests,
  answerPrepRequest,
  getRecord,
  submitRecord,
  amendRecord,
  recordVersions,
  saveDraft,
  getDraft,
  myFollowUps,
  myOverdueRecords,
  finishFollowUp,
  archive,
}
