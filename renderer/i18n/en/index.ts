import type { MessageKey } from '../keys';
import { admin } from './admin';
import { closing } from './closing';
import { common } from './common';
import { complaints } from './complaints';
import { complaintsIntake } from './complaintsIntake';
import { complaintsWorkflow } from './complaintsWorkflow';
import { complaintsReports } from './complaintsReports';
import { lockers } from './lockers';
import { lostFound } from './lostFound';
import { storage } from './storage';
import { returns } from './returns';
import { gifts } from './gifts';
import { sync } from './sync';
import { service } from './service';
import { serviceVoucher } from './serviceVoucher';

export const en: Record<MessageKey, string> = { ...common, ...storage, ...lostFound, ...lockers, ...closing, ...admin, ...returns, ...gifts, ...complaints, ...complaintsIntake, ...complaintsWorkflow, ...complaintsReports, ...sync, ...service, ...serviceVoucher };
