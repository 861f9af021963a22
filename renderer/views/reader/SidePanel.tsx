import { confidenceBand, confidenceText } from '../../../electron/common/model/confidence.ts';
import './SidePanel.css';
import { useMemo, type ReactNode } from 'react';
import type { EntityId, Suggestion } from '../../../electron/common/api/contract.ts';
import { paletteOf, typeLabel } from '../../annotate/entity-types.ts';
import { linkTarget, targetText } from '../../annotate/link-target.ts';
import { Markdown } from '../../annotate/Markdown.tsx';
import { writtenInCapitals } from '../../../electron/common/model/written-in-capitals.ts';
import { AcceptAllBar } from './AcceptAllBar.tsx';
import { clip, type Mark } from './marks.ts';

/** The suggestions of one text, type and proposed entity (or candidates) in the article. */
export interface SuggestionGroup {
  key: string;
  text: string;
  type: string;
  /** What the first of them says about its entity ("→ Sung Kim", "which Kim? …"). */
  first: Suggestion;
  items: Suggestion[];
}

/** How a group is accepted: as proposed, or filed under one candidate. */
export type AcceptAs = { entityId?: EntityId; name?: string };

/**
 * One group per name whatever its case, type and entity it joins: a dateline's "OSLO" that
 * joins Oslo is one group with the story's "Oslo", named as the story writes it.
 */
export function groupSuggestions(suggestions: readonly Suggestion[]): SuggestionGroup[] {
  const groups = new Map<string, SuggestionGroup>();
  for (const s of suggestions) {
    const key = `${s.text.toLowerCase()}\u0000${s.type}\u0000${targetText(s).toLowerCase()}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { key, text: s.text, type: s.type, first: s, items: [] };
      groups.set(key, group);
    }
    if (writtenInCapitals(group.text) && !writtenInCapitals(s.text)) group.text = s.text;
    group.items.push(s);
  }
  // Those waiting for a choice first.
  return [...groups.values()].sort(
    (a, b) =>
      Number(b.first.candidates !== undefined) - Number(a.first.candidates !== undefined) ||
      b.items.length - a.items.length ||
      a.items[0]!.start - b.items[0]!.start,
  );
}

/** Beside the text: the article's open suggestions, grouped, and the highlights' notes. */
export function SidePanel({
  suggestions,
  suggestionsError,
  highlights,
  readOnly,
  onAcceptGroup,
  onRejectGroup,
  onAcceptAll,
  onReveal,
  onOpenNote,
  children,
}: {
  suggestions: Suggestion[] | null;
  suggestionsError: string | null;
  highlights: (Mark & { kind: 'highlight' })[];
  readOnly: boolean;
  onAcceptGroup: (group: SuggestionGroup, as?: AcceptAs) => void;
  onRejectGroup: (group: SuggestionGroup) => void;
  /** Accept every unambiguous suggestion at least `minConfidence` likely right. */
  onAcceptAll: (minConfidence: number) => void;
  onReveal: (start: number, end: number) => void;
  onOpenNote: (mark: Mark & { kind: 'highlight' }) => void;
  /** More sections after the suggestions (the event suggestions and the event form). */
  children?: ReactNode;
}) {
  const groups = useMemo(() => groupSuggestions(suggestions ?? []), [suggestions]);
  return (
    <aside className="reader-side" aria-label="Suggestions and notes">
      <section className="side-section" aria-labelledby="suggestions-heading">
        <div className="side-header">
          <h2 id="suggestions-heading" className="side-title">
            Suggestions
            {suggestions !== null && suggestions.length > 0 && (
              <span className="side-count">{suggestions.length}</span>
            )}
          </h2>
        </div>
        {suggestions !== null && suggestions.length > 0 && (
          <AcceptAllBar suggestions={suggestions} readOnly={readOnly} onAcceptAll={onAcceptAll} />
        )}
        {suggestionsError !== null && <p className="side-empty">{suggestionsError}</p>}
        {suggestionsError === null && suggestions === null && (
          <p className="side-empty">Finding names…</p>
        )}
        {suggestions !== null && suggestions.length === 0 && (
          <p className="side-empty">
            No open suggestions. Select words in the text to mark a person (P), organization (O) or
            place (L) yourself.
          </p>
        )}
        {groups.length > 0 && (
          <ul className="suggestion-groups" aria-label="Open suggestions">
            {groups.map((group) => (
              <li
                key={group.key}
                className={`suggestion-group${group.first.candidates !== undefined ? ' which' : ''}`}
              >
                <button
                  type="button"
                  className="group-name"
                  title="Show in the text"
                  onClick={() => onReveal(group.items[0]!.start, group.items[0]!.end)}
                >
                  <span className={`type-dot t-${paletteOf(group.type)}`} aria-hidden="true" />
                  <span className="group-text">{group.text}</span>
                  <span className="group-meta">
                    {typeLabel(group.type)}
                    {group.items.length > 1 ? ` · ×${group.items.length}` : ''} ·{' '}
                    <span
                      className={`suggestion-confidence ${confidenceBand(group.first.confidence)}`}
                    >
                      {confidenceText(group.first.confidence)}
                    </span>
                  </span>
                  <span className="group-target">{targetText(group.first)}</span>
                </button>
                <div className="group-actions">
                  {group.first.candidates === undefined ? (
                    <button
                      type="button"
                      className="link-button"
                      disabled={readOnly}
                      aria-label={`Accept all ‘${group.text}’ in this article`}
                      onClick={() => onAcceptGroup(group)}
                    >
                      Accept
                    </button>
                  ) : (
                    group.first.candidates.map((candidate) => (
                      <button
                        key={candidate.entityId ?? candidate.name}
                        type="button"
                        className="link-button"
                        disabled={readOnly}
                        aria-label={`File ‘${group.text}’ under ${candidate.name}`}
                        onClick={() => onAcceptGroup(group, linkTarget(candidate))}
                      >
                        {candidate.name}
                      </button>
                    ))
                  )}
                  <button
                    type="button"
                    className="link-button muted"
                    disabled={readOnly}
                    aria-label={`Reject ‘${group.text}’ in this article`}
                    onClick={() => onRejectGroup(group)}
                  >
                    Reject
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      {children}
      <section className="side-section" aria-labelledby="notes-heading">
        <div className="side-header">
          <h2 id="notes-heading" className="side-title">
            Notes
            {highlights.length > 0 && <span className="side-count">{highlights.length}</span>}
          </h2>
        </div>
        {highlights.length === 0 ? (
          <p className="side-empty">Select words and press H to highlight them with a comment.</p>
        ) : (
          <ul className="side-notes" aria-label="Highlights">
            {highlights.map((mark) => (
              <li key={mark.key} className="side-note">
                <button type="button" className="note-quote" onClick={() => onOpenNote(mark)}>
                  “{clip(mark.quote, 120)}”
                </button>
                <Markdown source={mark.comment} className="note-comment" />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="side-section side-legend" aria-label="Legend">
        <ul className="legend">
          {['person', 'organization', 'location', 'other'].map((type) => (
            <li key={type}>
              <span className={`legend-sample mention t-${type} m-start m-end`}>
                {type === 'other' ? 'Your types' : typeLabel(type)}
              </span>
            </li>
          ))}
          <li>
            <span className="legend-sample sug s-person s-start s-end">Suggested</span>
          </li>
          <li>
            <span className="legend-sample hl hl-start hl-end">Highlight</span>
          </li>
        </ul>
      </section>
    </aside>
  );
}
