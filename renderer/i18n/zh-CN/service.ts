/** Texts of technician service (Simplified Chinese). */
export const service = {
  'error.serviceReceivedInFuture': '来电时间不能晚于现在',
  'error.serviceCallNotFound': '没有这条叫修记录',
  'error.notATechnician': '请选择在职的技术员',
  'error.serviceArrivedInFuture': '到达时间不能晚于现在',
  'error.serviceArrivedBeforeCall': '到达时间不能早于来电时间',
  'error.minutesOnSite': '现场时间须为 1–1440 的整数（分钟）',
  'error.dateTime': '请填写日期和时间',
  'error.chooseOne': '请至少选择一项',
  'error.serviceStep.alreadyRegistered': '这条叫修已经登记过',
  'error.serviceStep.notRegistered': '没有这条叫修记录',
  'error.serviceStep.closed': '这条叫修已结束，不能再操作',
  'error.serviceStep.alreadyDispatched': '这条叫修已派工',
  'error.serviceStep.notDispatched': '这条叫修尚未派工',
  'error.serviceStep.notYourJob': '这不是派给您的工单',
  'error.serviceStep.alreadyAccepted': '这张工单已接单',
  'error.serviceStep.notAccepted': '技术员尚未接单',
} as const;
