import './ShortcutSheet.css';
import { Fragment, useEffect, useId, useRef, type KeyboardEvent } from 'react';
import {
  COMMAND_SPECS,
  REFERENCE_SHORTCUTS,
  SHEET_GROUPS,
  specKeys,
  type CommandSpec,
} from '../commands/commands.ts';
import { useReturnFocus } from '../commands/focus.ts';
import { comboKeys, type Platform } from '../commands/keys.ts';
import { Icon } from './Icon.tsx';

interface Row {
  label: string;
  combos: readonly string[];
}

/** Every shortcut, grouped, from the command list and the views' own keys (one source). */
function sheetRows(platform: Platform, specs: readonly CommandSpec[] = COMMAND_SPECS) {
  const groups = new Map<string, Row[]>(SHEET_GROUPS.map((group) => [group, []]));
  const add = (group: string, row: Row) => {
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group)!.push(row);
  };
  for (const spec of specs) {
    const combos = specKeys(spec, platform);
    if (combos.length > 0) add(spec.group, { label: spec.label, combos });
  }
  for (const shortcut of REFERENCE_SHORTCUTS) {
    add(shortcut.group, { label: shortcut.label, combos: shortcut.keys });
  }
  return [...groups].filter(([, rows]) => rows.length > 0);
}

function Combo({ combo, platform }: { combo: string; platform: Platform }) {
  const keys = comboKeys(combo, platform);
  return (
    <span className="combo">
      {keys.map((key, index) => (
        <Fragment key={index}>
          {index > 0 && platform !== 'mac' && <span className="combo-plus">+</span>}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </span>
  );
}

/** The keyboard-shortcut sheet (Ctrl/Cmd+/, Help ▸ Keyboard Shortcuts): an overlay, Escape closes. */
export function ShortcutSheet({ platform, onClose }: { platform: Platform; onClose: () => void }) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { returnFocus } = useReturnFocus();

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function close() {
    returnFocus();
    onClose();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  }

  return (
    <>
      <div className="overlay-backdrop" aria-hidden="true" onMouseDown={close} />
      <div
        className="shortcut-sheet"
        role="dialog"
        aria-labelledby={`${id}-heading`}
        onKeyDown={onKeyDown}
      >
        <div className="sheet-header">
          <h2 id={`${id}-heading`} className="sheet-title" ref={headingRef} tabIndex={-1}>
            Keyboard shortcuts
          </h2>
          <button
            type="button"
            className="tool-button icon-only"
            aria-label="Close keyboard shortcuts"
            title="Close (Esc)"
            onClick={close}
          >
            <Icon name="close" />
          </button>
        </div>
        {/* Scrolls: focusable, so the keyboard can scroll it too. */}
        <div className="sheet-body" tabIndex={0} role="group" aria-labelledby={`${id}-heading`}>
          {sheetRows(platform).map(([group, rows]) => (
            <section key={group} className="sheet-group" aria-labelledby={`${id}-${group}`}>
              <h3 id={`${id}-${group}`} className="sheet-group-title">
                {group}
              </h3>
              <dl className="sheet-list">
                {rows.map((row) => (
                  <div key={row.label} className="sheet-row">
                    <dt>{row.label}</dt>
                    <dd>
                      {row.combos.map((combo, index) => (
                        <Fragment key={combo}>
                          {index > 0 && <span className="combo-or"> or </span>}
                          <Combo combo={combo} platform={platform} />
                        </Fragment>
                      ))}
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </>
  );
}
