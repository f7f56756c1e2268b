// Which area an entry's volume counts in: a survey in its subject's, when its record id says which; a daily close in other.
import { describe, expect, it } from 'vitest';
import { countIntoFacts } from '../../shared/domain/dayLog/facts';
import { areaOfFact } from '../../shared/domain/reports/areas';
import { volumeSection } from '../../shared/domain/reports/volumes';
import { reportPeriod } from '../../shared/domain/reports/period';
import { surveyId } from '../../shared/domain/surveys/rules';
import { sh } from './reports.fixture';

const TZ = 'Asia/Shanghai';
const at = sh(25, 10);
const entries = [
  { recordType: 'survey', recordId: surveyId('complaint', 'c1'), type: 'sent', counter: 'C1', at },
  { recordType: 'survey', recordId: surveyId('complaint', 'c1'), type: 'returned', counter: 'C1', at },
  { recordType: 'survey', recordId: surveyId('serviceCall', 's1'), type: 'sent', counter: 'C1', at },
  { recordType: 'survey', recordId: surveyId('serviceCall', 's2'), type: 'sent', counter: 'C1', at },
  // A subject a newer build surveys: this build cannot tell its area.
  { recordType: 'survey', recordId: 'shopVisit:v1', type: 'sent', counter: 'C1', at },
  { recordType: 'dayClose', recordId: 'C1|2026-11-24', type: 'closed', counter: 'C1', at },
] as const;

describe('areas of the volumes', () => {
  it('a survey counts with the complaints or the service it asks about; one of an unknown subject and a daily close count as other', () => {
    const facts = countIntoFacts(new Map(), entries, TZ);
    expect(facts.map((f) => [f.action, f.subject, f.count, areaOfFact(f)])).toEqual([
      ['survey.sent', 'complaint', 1, 'complaints'],
      ['survey.returned', 'complaint', 1, 'complaints'],
      ['survey.sent', 'serviceCall', 2, 'service'],
      ['survey.sent', undefined, 1, 'other'],
      ['dayClose.closed', undefined, 1, 'other'],
    ]);
    const volumes = volumeSection(facts, reportPeriod('day', '2026-11-25', TZ)!, {});
    expect(Object.fromEntries(volumes.figures.map((f) => [f.id, f.value]))).toEqual({
      entries: 6,
      'entries.storage': 0,
      'entries.returns': 0,
      'entries.gifts': 0,
      'entries.complaints': 2,
      'entries.service': 2,
      'entries.other': 2,
    });
  });
});
