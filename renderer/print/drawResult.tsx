import type { ReactNode } from 'react';
import { participantsFingerprint, unawardedOf } from '../../shared/domain/gifts/draw';
import type { Draw } from '../../shared/domain/gifts/types';
import type { PaperSize } from '../../shared/schema/print';
import type { PrintContext, PrintOutput } from './context';
import { renderPrintDocument } from './document';
import { printTime } from './format';
import { DRAW } from './giftLabels';
import { COMMON } from './labels';
import { paperSpec, type PaperSpec } from './paper';
import { Bi, BiHead, PrintHeader, RecordCodes, SignOff, staffText } from './parts';

interface ResultProps {
  readonly draw: Draw;
  readonly ctx: PrintContext;
  readonly paper: PaperSpec;
}

function DrawResult({ draw, ctx, paper }: ResultProps): ReactNode {
  const prizeOf = new Map(draw.tiers.map((t) => [t.name, t.prize]));
  const unawarded = unawardedOf(draw);
  return (
    <>
      <PrintHeader ctx={ctx} title={DRAW.title} />
      <RecordCodes
        number={draw.number}
        paper={paper}
        rows={[
          [DRAW.name, draw.name],
          [DRAW.drawnAt, printTime(draw.drawn.at, ctx)],
          [
            COMMON.staff,
            <>
              {staffText(draw.drawn.by, ctx)} · {COMMON.counter.zh} {draw.drawn.counter}
            </>,
          ],
          [DRAW.participants, String(draw.participants.length)],
          [DRAW.seed, <span key="s" className="mono">{draw.seed}</span>],
          [DRAW.fingerprint, participantsFingerprint(draw.participants)],
        ]}
      />
      <table>
        <BiHead columns={[DRAW.tier, DRAW.prize, DRAW.winner, DRAW.handedOut]} />
        <tbody>
          {draw.winners.map((w) => (
            <tr key={w.participant}>
              <td className="nowrap">{w.tier}</td>
              <td>{prizeOf.get(w.tier)}</td>
              <td className="mono">{w.participant}</td>
              <td className="nowrap">{draw.handedOut.includes(w.participant) ? DRAW.yes.zh : ''}</td>
            </tr>
          ))}
          {unawarded.map((u) => (
            <tr key={`u-${u.tier}`}>
              <td className="nowrap">{u.tier}</td>
              <td>{prizeOf.get(u.tier)}</td>
              <td colSpan={2}>
                <Bi label={DRAW.unawarded} /> ×{u.count}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">
        <Bi label={DRAW.method} />
      </p>
      <SignOff labels={[DRAW.signHost, DRAW.signWitness]} ctx={ctx} />
    </>
  );
}

/** 抽奖结果: winners per tier, the seed and the list's check code, so the draw can be verified. */
export function renderDrawResult(draw: Draw, ctx: PrintContext, paper: PaperSize = 'A4'): PrintOutput {
  const title = `${DRAW.title.zh} ${draw.number}`;
  const body = <DrawResult draw={draw} ctx={ctx} paper={paperSpec(paper, ctx.thermalDpi)} />;
  return { html: renderPrintDocument({ paper, title, body, fontBaseUrl: ctx.fontBaseUrl }), paper, title, recordNumber: draw.number };
}
