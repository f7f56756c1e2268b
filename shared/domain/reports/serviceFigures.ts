import type { ServiceJob, ServiceOpinion } from '../service/jobs';
import { monthlyByTechnician, type ArrivalTarget, type TechnicianMonth } from '../service/reports';
import { OPINION_QUESTIONS } from '../service/types';
import { takenAt } from './counterOf';
import { mean, percent, shareFigure } from './figures';
import { R, SECTION_TITLES } from './labels';
import type { Label, ReportSection } from './model';

/** An opinion card with its call's number (which says the counter that took the call). */
export type OpinionFigureRow = ServiceOpinion & { readonly number: string };

export interface ServiceFigures {
  readonly section: ReportSection;
  /** Opinion cards and the sum of their averages (each card's four questions, 1–4), for the satisfaction section. */
  readonly opinionSum: number;
  readonly cards: number;
}

const HOUR_MS = 3_600_000;

/** Sum of the card averages of a technician: their per-question means times their cards. */
function cardSum(t: TechnicianMonth): number {
  return OPINION_QUESTIONS.reduce((n, q) => n + (t.opinion[q] ?? 0), 0) * (t.opinionCards / OPINION_QUESTIONS.length);
}

/**
 * 售后维修: first visits in the period against the arrival target, the
 * first-time fix rate, how long customers waited for the technician, and
 * the opinion cards, per technician as the monthly evaluation counts them
 * (monthlyByTechnician), summed for the store or one counter's calls.
 */
export function serviceFigures(
  jobs: readonly ServiceJob[],
  opinions: readonly OpinionFigureRow[],
  target: ArrivalTarget,
  counter: string | undefined,
  technicianLabel: (staffNo: string) => Label,
): ServiceFigures {
  const myJobs = jobs.filter((j) => takenAt(j.number, counter));
  const myOpinions = opinions.filter((o) => takenAt(o.number, counter));
  const technicians = monthlyByTechnician(myJobs, myOpinions, target);
  const sum = (pick: (t: TechnicianMonth) => number) => technicians.reduce((n, t) => n + pick(t), 0);
  const firstVisits = sum((t) => t.firstVisits);
  const fixes = sum((t) => t.firstTimeFixes);
  const onTime = sum((t) => t.onTimeArrivals);
  const cards = sum((t) => t.opinionCards);
  const opinionSum = sum(cardSum);
  let waitMs = 0;
  let arrived = 0;
  for (const j of myJobs) {
    if (!j.firstVisit || j.kind !== 'visit' || j.arrivedAt === undefined) continue;
    waitMs += j.arrivedAt - j.receivedAt;
    arrived += 1;
  }
  const section: ReportSection = {
    id: 'service',
    title: SECTION_TITLES.service,
    figures: [
      { id: 'firstVisits', label: R.firstVisits, value: firstVisits, unit: 'count' },
      shareFigure('arrivalOnTime', R.arrivalOnTime, onTime, firstVisits),
      shareFigure('firstTimeFix', R.firstTimeFix, fixes, firstVisits),
      { id: 'arrivalHours', label: R.arrivalHours, value: mean(waitMs / HOUR_MS, arrived), unit: 'hours' },
      { id: 'opinionCards', label: R.opinionCards, value: cards, unit: 'count' },
      { id: 'opinionAverage', label: R.opinionAverage, value: mean(opinionSum, cards), unit: 'score', scale: 4 },
    ],
    tables: [
      {
        id: 'byTechnician',
        title: R.technician,
        columns: [
          { label: R.technician, unit: 'label' },
          { label: R.jobs, unit: 'count' },
          { label: R.firstVisits, unit: 'count' },
          { label: R.firstTimeFix, unit: 'percent' },
          { label: R.arrivalOnTime, unit: 'percent' },
          { label: R.opinionCards, unit: 'count' },
          { label: R.opinionAverage, unit: 'score' },
        ],
        rows: technicians.map((t) => [
          technicianLabel(t.technician),
          t.jobs,
          t.firstVisits,
          percent(t.firstTimeFixes, t.firstVisits),
          percent(t.onTimeArrivals, t.firstVisits),
          t.opinionCards,
          mean(cardSum(t), t.opinionCards),
        ]),
      },
    ],
    charts: [
      {
        id: 'byTechnician',
        kind: 'bar',
        title: R.serviceChart,
        categories: technicians.map((t) => technicianLabel(t.technician)),
        series: [
          { label: R.firstTimeFix, values: technicians.map((t) => percent(t.firstTimeFixes, t.firstVisits) ?? 0) },
          { label: R.arrivalOnTime, values: technicians.map((t) => percent(t.onTimeArrivals, t.firstVisits) ?? 0) },
        ],
        unit: 'percent',
      },
    ],
    notes: [],
  };
  return { section, opinionSum, cards };
}
