import type { Survey } from '../../../shared/domain/surveys/types';
import type { SurveyListRow } from '../../db/surveys/queries';
import { RemindSurveyForm } from './RemindSurveyForm';
import { ReturnSurveyForm } from './ReturnSurveyForm';
import { SendSurveyForm } from './SendSurveyForm';

/** What the desk picked in the list: send a survey, record its return, or chase it. */
export type SurveyAction =
  | { readonly kind: 'send'; readonly row: SurveyListRow }
  | { readonly kind: 'return' | 'remind'; readonly row: SurveyListRow; readonly survey: Survey };

/** The form of the action picked, above the list. */
export function SurveyActionPanel({ action, onDone, onBack }: { readonly action: SurveyAction; readonly onDone: (text: string) => void; readonly onBack: () => void }) {
  return (
    <section className="panel">
      {action.kind === 'send' ? (
        <SendSurveyForm row={action.row} onDone={onDone} onBack={onBack} />
      ) : action.kind === 'return' ? (
        <ReturnSurveyForm row={action.row} survey={action.survey} onDone={onDone} onBack={onBack} />
      ) : (
        <RemindSurveyForm row={action.row} survey={action.survey} onDone={onDone} onBack={onBack} />
      )}
    </section>
  );
}
