import { OPINION_QUESTIONS, type OpinionQuestion } from '../../../../shared/domain/service/types';
import { useT } from '../../../i18n';
import { ChoiceField } from '../../complaints/detail/forms/fields';

export type OpinionLevel = '4' | '3' | '2' | '1';
export type OpinionAnswers = Readonly<Record<OpinionQuestion, OpinionLevel | ''>>;

export const NO_ANSWERS: OpinionAnswers = { attitude: '', skill: '', arrival: '', promise: '' };
const LEVELS: readonly OpinionLevel[] = ['4', '3', '2', '1'];

/** 顾客意见卡: four questions, each a radio group (arrow keys move within it, Tab to the next question), 4 best. */
export function OpinionCardFields({
  answers,
  onChange,
  errors,
  autoFocus = false,
}: {
  readonly answers: OpinionAnswers;
  readonly onChange: (next: OpinionAnswers) => void;
  readonly errors: Readonly<Record<string, string>>;
  /** The card alone (sent back by post): the keyboard starts at its first question. */
  readonly autoFocus?: boolean;
}) {
  const { t } = useT();
  const options = LEVELS.map((level) => ({ value: level, label: t(`service.opinion.level.${level}`) }));
  return (
    <>
      {OPINION_QUESTIONS.map((q, i) => (
        <ChoiceField
          key={q}
          legend={t(`service.opinion.question.${q}`)}
          name={q}
          value={answers[q]}
          options={options}
          onChange={(level) => onChange({ ...answers, [q]: level })}
          error={errors[q]}
          autoFocus={autoFocus && i === 0}
        />
      ))}
    </>
  );
}
