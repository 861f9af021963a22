import {
  CREDIBILITY_GRADES,
  CREDIBILITY_MEANINGS,
  RELIABILITY_GRADES,
  RELIABILITY_MEANINGS,
  type Credibility,
  type Reliability,
  type Source,
} from '../../electron/common/model/source.ts';
import { useApiMutation } from '../api/use-api-mutation.ts';
import './GradeSelect.css';

interface GradeSelectProps<G> {
  label: string;
  value: G | null;
  disabled?: boolean;
  onChange: (grade: G | null) => void;
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
  return (
    <select
      className="grade-select"
      aria-label={label}
      value={value ?? ''}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value === '' ? null : parse(event.target.value))}
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
) => void {
  const { run } = useApiMutation();
  return (source, grade) =>
    void run(
      'updateSource',
      { id: source.id, reliability: grade },
      { describe: () => `Graded ${source.name} ${grade ?? 'ungraded'}`, undoable: true },
    );
}
