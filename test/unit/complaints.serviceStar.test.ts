import { describe, expect, it } from 'vitest';
import { serviceStarCandidates, type Complaint, type SatisfactionRating } from '../../shared/domain/complaints';
import { build, sh } from './complaints.fixtures';

const TZ = 'Asia/Shanghai';

/** A complaint received on `day` of the month, handled by `owner`, followed up with `rating`; optionally someone found responsible. */
function handled(id: string, day: number, owner: { no?: string; name: string }, rating: number | undefined, responsibleNo?: string, month = 11): Complaint {
  const receivedAt = sh(2026, month, day, 10);
  const steps: Parameters<typeof build>[0][number][] = [
    ['recorded', 'clerk', { receivedAt }],
    ['validityJudged', 'lead'],
    ['classified', 'lead'],
    ['assigned', 'lead', { ownerName: owner.name, ownerStaffNo: owner.no }],
    ['investigated', 'clerk'],
    ['resolutionProposed', 'clerk'],
    ['approvalDecided', 'supervisor'],
    ['carriedOut', 'clerk'],
  ];
  if (rating !== undefined) steps.push(['followedUp', 'supervisor', { rating: rating as SatisfactionRating, outcome: rating < 3 ? 'backToDepartment' : undefined }]);
  if (responsibleNo) steps.push(['responsibilityAssigned', 'supervisor', { causeType: 'staff', staffNo: responsibleNo }]);
  return build(
    steps,
    receivedAt,
    id,
  );
}

const LI = { no: 'E01', name: '李小红' };
const WANG = { no: 'E02', name: '王芳' };
const ZHAO = { no: 'E03', name: '赵强' };

describe('service star (服务之星)', () => {
  it('ranks the owners of the month by their customers’ satisfaction, then by how many they handled', () => {
    const stars = serviceStarCandidates(
      [handled('a', 2, LI, 5), handled('b', 3, LI, 3), handled('c', 4, WANG, 5), handled('d', 5, ZHAO, 5), handled('e', 6, ZHAO, 5)],
      '2026-11',
      TZ,
    );
    expect(stars).toEqual([
      { staffNo: 'E03', name: '赵强', handled: 2, averageSatisfaction: 5 },
      { staffNo: 'E02', name: '王芳', handled: 1, averageSatisfaction: 5 },
      { staffNo: 'E01', name: '李小红', handled: 2, averageSatisfaction: 4 },
    ]);
  });

  it('leaves out whoever was found responsible for a valid complaint that month, complaints not followed up, without an owner number, or of another month', () => {
    const stars = serviceStarCandidates(
      [
        handled('a', 2, ZHAO, 5),
        handled('b', 3, LI, 4, 'E03'),
        handled('c', 4, WANG, undefined),
        handled('d', 5, { name: '无工号' }, 5),
        handled('e', 6, WANG, 5, undefined, 10),
      ],
      '2026-11',
      TZ,
    );
    expect(stars).toEqual([{ staffNo: 'E01', name: '李小红', handled: 1, averageSatisfaction: 4 }]);
  });
});
