/**
 * Key combinations, written once as "Mod+Shift+Z" (Mod is ⌘ on macOS, Ctrl elsewhere), shown as
 * the platform shows them, told to screen readers (aria-keyshortcuts) and matched against key
 * events.
 */

export type Platform = 'mac' | 'windows' | 'linux';

export function currentPlatform(): Platform {
  const platform = navigator.platform;
  if (/Mac|iPhone|iPad/.test(platform)) return 'mac';
  if (/Win/.test(platform)) return 'windows';
  return 'linux';
}

interface Combo {
  mod: boolean;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

function parse(combo: string): Combo {
  // The key itself may be "+" ("+", "Mod++").
  const plusKey = combo === '+' || combo.endsWith('++');
  const parts = (plusKey ? combo.slice(0, -1) : combo).split('+');
  const last = parts.pop() ?? '';
  const key = plusKey ? '+' : last;
  return {
    mod: parts.includes('Mod'),
    ctrl: parts.includes('Ctrl'),
    shift: parts.includes('Shift'),
    alt: parts.includes('Alt'),
    key,
  };
}

const MAC_KEY_NAMES: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Enter: '↩',
  Escape: 'Esc',
};

const KEY_NAMES: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
  '-': '−',
};

/** The keys of a combination as the platform writes them: ["⇧", "⌘", "Z"] or ["Ctrl", "Shift", "Z"]. */
export function comboKeys(combo: string, platform: Platform): string[] {
  const { mod, ctrl, shift, alt, key } = parse(combo);
  const name = key.length === 1 ? key.toUpperCase() : key;
  if (platform === 'mac') {
    const keys: string[] = [];
    if (ctrl) keys.push('⌃');
    if (alt) keys.push('⌥');
    if (shift) keys.push('⇧');
    if (mod) keys.push('⌘');
    keys.push(MAC_KEY_NAMES[key] ?? KEY_NAMES[key] ?? name);
    return keys;
  }
  const keys: string[] = [];
  if (mod || ctrl) keys.push('Ctrl');
  if (alt) keys.push('Alt');
  if (shift) keys.push('Shift');
  keys.push(KEY_NAMES[key] ?? name);
  return keys;
}

/** One line of text: "⇧⌘Z" on macOS, "Ctrl+Shift+Z" elsewhere. */
export function formatCombo(combo: string, platform: Platform): string {
  const keys = comboKeys(combo, platform);
  return platform === 'mac' ? keys.join('') : keys.join('+');
}

/** The combination in aria-keyshortcuts syntax ("Control+Shift+Z", "Meta+K"). */
export function ariaCombo(combo: string, platform: Platform): string {
  const { mod, ctrl, shift, alt, key } = parse(combo);
  const parts: string[] = [];
  if (ctrl || (mod && platform !== 'mac')) parts.push('Control');
  if (mod && platform === 'mac') parts.push('Meta');
  if (alt) parts.push('Alt');
  if (shift) parts.push('Shift');
  parts.push(key.length === 1 ? key.toUpperCase() : key);
  return parts.join('+');
}

/** Does this key event type the combination? Modifiers must match exactly. */
export function matchesCombo(event: KeyboardEvent, combo: string, platform: Platform): boolean {
  const { mod, ctrl, shift, alt, key } = parse(combo);
  const wantCtrl = ctrl || (mod && platform !== 'mac');
  const wantMeta = mod && platform === 'mac';
  if (event.ctrlKey !== wantCtrl || event.metaKey !== wantMeta || event.altKey !== alt) {
    return false;
  }
  // Shift is part of "?" and similar; for letters and digits it must match.
  if (/^[a-z0-9]$/i.test(key) && event.shiftKey !== shift) return false;
  if (/^\d$/.test(key)) return event.code === `Digit${key}`;
  if (/^[a-z]$/i.test(key)) {
    return (
      event.key.toLowerCase() === key.toLowerCase() || event.code === `Key${key.toUpperCase()}`
    );
  }
  if (key === '/') return event.key === '/' || event.code === 'Slash';
  return event.key === key;
}

/** Where the browser's own text editing (and its undo) applies. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(
      target.type,
    );
  }
  return false;
}
