/** Texts of technician service (English). */
export const service = {
  'error.serviceReceivedInFuture': 'The call cannot have come in later than now',
  'error.serviceCallNotFound': 'No such service call',
  'error.notATechnician': 'Choose an active technician',
  'error.serviceArrivedInFuture': 'The arrival cannot be later than now',
  'error.serviceArrivedBeforeCall': 'The arrival cannot be before the call came in',
  'error.minutesOnSite': 'Time on site is a whole number of minutes, 1–1440',
  'error.dateTime': 'Enter a date and time',
  'error.chooseOne': 'Choose at least one',
  'error.serviceStep.alreadyRegistered': 'This call is already registered',
  'error.serviceStep.notRegistered': 'No such service call',
  'error.serviceStep.closed': 'This call is finished: nothing more can be done on it',
  'error.serviceStep.alreadyDispatched': 'This call is already dispatched',
  'error.serviceStep.notDispatched': 'This call is not dispatched yet',
  'error.serviceStep.notYourJob': 'This job was not dispatched to you',
  'error.serviceStep.alreadyAccepted': 'This job is already accepted',
  'error.serviceStep.notAccepted': 'The technician has not accepted the job yet',
} as const;
