import { useEffect, useState } from 'react';
import { daysBetween, timeWindow } from './chart-model.ts';

/** How long each frame of the replay shows, and how many frames a replay has at most. */
const FRAME_MS = 600;
const FRAMES = 40;

const SPANS = [
  { days: 0, label: 'Everything up to then' },
  { days: 7, label: 'A week' },
  { days: 30, label: 'A month' },
  { days: 365, label: 'A year' },
];

/**
 * The date window as a slider over the dates of the links: moving it (arrow keys, Page Up/Down,
 * Home, End or the mouse) shows the network of that window, Play replays it from the window it
 * is at to the last date. Off ("All dates") until the analyst moves it.
 */
export function TimeSlider({
  bounds,
  onWindow,
}: {
  bounds: { start: string; end: string };
  onWindow: (window: { from: string; to: string } | null) => void;
}) {
  const total = daysBetween(bounds.start, bounds.end);
  const [day, setDay] = useState<number | null>(null);
  const [span, setSpan] = useState(0);
  const [playing, setPlaying] = useState(false);
  const step = Math.max(1, Math.ceil(total / FRAMES));
  const shown = day === null ? null : timeWindow(bounds, day, span);

  useEffect(() => {
    onWindow(shown);
    // `shown` is derived from these; a new object each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [day, span, bounds.start, onWindow]);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      setDay((current) => {
        const next = Math.min(total, (current ?? 0) + step);
        if (next >= total) setPlaying(false);
        return next;
      });
    }, FRAME_MS);
    return () => clearInterval(timer);
  }, [playing, step, total]);

  const play = () => {
    if (day === null || day >= total) setDay(0);
    setPlaying(true);
  };

  return (
    <fieldset className="chart-time">
      <legend>Time</legend>
      <label>
        Date window ending
        <input
          type="range"
          min={0}
          max={total}
          step={1}
          value={day ?? total}
          aria-valuetext={shown === null ? 'All dates' : `${shown.from} to ${shown.to}`}
          onChange={(e) => {
            setPlaying(false);
            setDay(Number(e.target.value));
          }}
        />
      </label>
      <label>
        Window
        <select value={span} onChange={(e) => setSpan(Number(e.target.value))}>
          {SPANS.map((s) => (
            <option key={s.days} value={s.days}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button small"
        onClick={() => (playing ? setPlaying(false) : play())}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
      <button
        className="button small"
        type="button"
        disabled={day === null}
        onClick={() => {
          setPlaying(false);
          setDay(null);
        }}
      >
        All dates
      </button>
      <output className="chart-time-window" aria-live="polite">
        {shown === null
          ? `All dates (${bounds.start} to ${bounds.end})`
          : `${shown.from} to ${shown.to}`}
      </output>
    </fieldset>
  );
}
