import type { Ref } from 'react';
import { EmptyState } from '../components/EmptyState.tsx';
import { ViewHeader } from '../components/ViewHeader.tsx';

/** Views whose features arrive in later issues: each says what it will hold and how to fill it. */

export function EntitiesView({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  return (
    <section className="view" aria-labelledby="entities-heading">
      <ViewHeader id="entities-heading" title="Entities" headingRef={headingRef} />
      <div className="view-body">
        <EmptyState icon="entities" title="No entities yet">
          <p>
            Mark people, organizations and places in the Reader; they are listed here, with their
            aliases and every article that mentions them.
          </p>
        </EmptyState>
        <EntityLegend />
      </div>
    </section>
  );
}

export function TimelineView({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  return (
    <section className="view" aria-labelledby="timeline-heading">
      <ViewHeader id="timeline-heading" title="Timeline" headingRef={headingRef} />
      <div className="view-body">
        <EmptyState icon="timeline" title="No events yet">
          <p>
            Mark events in the Reader (what happened, when, where and who took part); they appear
            here in date order, with the sentences that report them.
          </p>
        </EmptyState>
      </div>
    </section>
  );
}

export function BriefingView({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  return (
    <section className="view" aria-labelledby="briefing-heading">
      <ViewHeader id="briefing-heading" title="Briefing" headingRef={headingRef} />
      <div className="view-body">
        <EmptyState icon="briefing" title="No briefing yet">
          <p>
            Compose a briefing here from your entities, events and quotes once you have marked them
            in the Reader; every statement will cite the exact words of its source.
          </p>
        </EmptyState>
      </div>
    </section>
  );
}

const ENTITY_TYPES = [
  ['person', 'Person'],
  ['organization', 'Organization'],
  ['location', 'Location'],
  ['event', 'Event'],
  ['other', 'Other'],
] as const;

/** The colours entity types will carry in the Reader, shown so the user learns them early. */
function EntityLegend() {
  return (
    <ul className="entity-legend" aria-label="Entity types">
      {ENTITY_TYPES.map(([type, label]) => (
        <li key={type} className={`entity-chip entity-${type}`}>
          {label}
        </li>
      ))}
    </ul>
  );
}
