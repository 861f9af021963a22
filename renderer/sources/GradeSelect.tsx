import {
  CREDIBILITY_GRADES,
  CREDIBILITY_MEANINGS,
  RELIABILITY_GRADES,
  RELIABILITY_MEANINGS,
  type Credibility,
  type Reliability,
  type Source,
} from '../../electron/common/model/source.ts';
import { useState } from 'react';
import { useApiMutation } from '../api/use-api-mutation.ts';
import './GradeSelect.css';

interface GradeSelectProps<G> {
  label: string;
  value: G | null;
  disabled?: boolean;
  /** Saves the grade; a promise that resolves to undefined says the save failed. */
  onChange: (grade: G | null) => unknown;
}

/** A select of Admiralty grades with their words ("C: fairly reliable"), or ungraded (null). */
function GradeSelect<G extends string | number>({
  label,
  value,
  disabled,
  onChange,
  grades,
  meanings,
  parse,
  ungraded,
}: GradeSelectProps<G> & {
  grades: readonly G[];
  meanings: Readonly<Record<G, string>>;
  parse: (value: string) => G;
  ungraded: string;
}) {
  // The grade picked shows until the stored grade changes: a second arrow key pressed before
  // the save lands steps on from the pick, not from the stored grade (which it would send again).
  const [picked, setPicked] = useState<{ grade: G | null; over: G | null } | null>(null);
  // Once the stored grade changes the pick is done with (an Undo may bring the old grade back).
  if (picked !== null && picked.over !== value) setPicked(null);
  const shown = picked !== null && picked.over === value ? picked.grade : value;
  const pick = (grade: G | null) => {
    setPicked({ grade, over: value });
    const saved = onChange(grade);
    if (saved instanceof Promise)
      void saved.then((result) => {
        if (result === undefined) setPicked((now) => (now?.grade === grade ? null : now));
      });
  };
  return (
    <select
      className="grade-select"
      aria-label={label}
      value={shown ?? ''}
      disabled={disabled}
      onChange={(event) => pick(event.target.value === '' ? null : parse(event.target.value))}
    >
      <option value="">{ungraded}</option>
      {grades.map((grade) => (
        <option key={grade} value={grade}>
          {grade}: {meanings[grade]}
        </option>
      ))}
    </select>
  );
}

/** A source's reliability, A (completely reliable) to F (cannot be judged). */
export function ReliabilitySelect(props: GradeSelectProps<Reliability>) {
  return (
    <GradeSelect
      {...props}
      grades={RELIABILITY_GRADES}
      meanings={RELIABILITY_MEANINGS}
      parse={(value) => value as Reliability}
      ungraded="ungraded"
    />
  );
}

/**
 * A piece of information's credibility, 1 (confirmed by other sources) to 6 (cannot be judged);
 * `suggested` names, in the ungraded option, the grade the corroboration points to.
 */
export function CredibilitySelect({
  suggested,
  ...props
}: GradeSelectProps<Credibility> & { suggested?: Credibility | null }) {
  return (
    <GradeSelect
      {...props}
      grades={CREDIBILITY_GRADES}
      meanings={CREDIBILITY_MEANINGS}
      parse={(value) => Number(value) as Credibility}
      ungraded={suggested == null ? 'ungraded' : `ungraded (suggested: ${suggested})`}
    />
  );
}

/** Grade a source's reliability, with Undo in the toast. */
export function useGradeSource(): (
  source: Pick<Source, 'id' | 'name'>,
  grade: Reliability | null,
) => Promise<unknown> {
  const { run } = useApiMutation();
  return (source, grade) =>
    run(
      'updateSource',
      { id: source.id, reliability: grade },
      { describe: () => `Graded ${source.name} ${grade ?? 'ungraded'}`, undoable: true },
    );
}
