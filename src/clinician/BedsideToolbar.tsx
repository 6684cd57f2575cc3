import type { UiKey } from '../i18n/types.ts';
import { useText } from '../i18n/useText.ts';
import { type BedsideTools, PEN_COLOURS, type Tool, useBedsideState } from './bedsideTools.ts';
import './clinician.css';

/** The two ways a finger can act on the picture, besides turning it. */
const TOOLS = [
  { tool: 'pointer', name: 'clinician.toolbar.pointer' },
  { tool: 'pen', name: 'clinician.toolbar.pen' },
] as const satisfies readonly { tool: Exclude<Tool, 'none'>; name: UiKey }[];

/** What can be laid over the picture, each switched on and off by its own button. */
const SHOWS = [
  { show: 'labels', name: 'clinician.toolbar.labels' },
  { show: 'ruler', name: 'clinician.toolbar.ruler' },
] as const satisfies readonly { show: 'labels' | 'ruler'; name: UiKey }[];

/** The app's toggle-button look (styles.css), sized here for a finger on a tablet. */
const BUTTON = 'segmented__option bedside-toolbar__button';

/**
 * The clinician's tools for the picture, in a bar under it: point, draw (in a few colours),
 * undo and clear marks, name the parts, show a scale. Pressing Point or Draw again hands
 * the picture back to turning and zooming.
 */
export function BedsideToolbar({ tools }: { tools: BedsideTools }) {
  const { t } = useText();
  const state = useBedsideState(tools);
  const edits = [
    { name: 'clinician.toolbar.undo', run: tools.undo },
    { name: 'clinician.toolbar.clear', run: tools.clear },
  ] as const satisfies readonly { name: UiKey; run: () => void }[];
  return (
    <div className="bedside-toolbar" role="group" aria-label={t('clinician.toolbar.label')}>
      {TOOLS.map(({ tool, name }) => (
        <button
          key={tool}
          type="button"
          className={BUTTON}
          aria-pressed={state.tool === tool}
          onClick={() => tools.set({ tool: state.tool === tool ? 'none' : tool })}
        >
          {t(name)}
        </button>
      ))}
      <div
        className="bedside-toolbar__colours"
        role="group"
        aria-label={t('clinician.toolbar.colours')}
      >
        {PEN_COLOURS.map((c) => (
          <button
            key={c.value}
            type="button"
            className="segmented__option bedside-toolbar__colour"
            aria-label={t(c.name)}
            title={t(c.name)}
            aria-pressed={state.colour === c.value}
            onClick={() => tools.set({ colour: c.value, tool: 'pen' })}
          >
            <span style={{ background: c.value }} />
          </button>
        ))}
      </div>
      {edits.map(({ name, run }) => (
        <button
          key={name}
          type="button"
          className={BUTTON}
          disabled={state.strokes === 0}
          onClick={run}
        >
          {t(name)}
        </button>
      ))}
      <span className="bedside-toolbar__gap" />
      {SHOWS.map(({ show, name }) => (
        <button
          key={show}
          type="button"
          className={BUTTON}
          aria-pressed={state[show]}
          onClick={() => tools.set({ [show]: !state[show] })}
        >
          {t(name)}
        </button>
      ))}
    </div>
  );
}
