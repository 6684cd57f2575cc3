import { type BedsideTools, PEN_COLOURS, type Tool, useBedsideState } from './bedsideTools.ts';
import { useText } from '../i18n/useText.ts';
import './clinician.css';

/**
 * The clinician's tools for the picture, in a bar under it: point, draw (in a few colours),
 * undo and clear marks, name the parts, show a scale. Pressing Point or Draw again hands
 * the picture back to turning and zooming.
 */
export function BedsideToolbar({ tools }: { tools: BedsideTools }) {
  const { t } = useText();
  const state = useBedsideState(tools);
  const choose = (tool: Tool) => () => tools.set({ tool: state.tool === tool ? 'none' : tool });
  return (
    <div className="bedside-toolbar" role="group" aria-label={t('clinician.toolbar.label')}>
      <button
        type="button"
        className="bedside-toolbar__button"
        aria-pressed={state.tool === 'pointer'}
        onClick={choose('pointer')}
      >
        {t('clinician.toolbar.pointer')}
      </button>
      <button
        type="button"
        className="bedside-toolbar__button"
        aria-pressed={state.tool === 'pen'}
        onClick={choose('pen')}
      >
        {t('clinician.toolbar.pen')}
      </button>
      <div
        className="bedside-toolbar__colours"
        role="group"
        aria-label={t('clinician.toolbar.colours')}
      >
        {PEN_COLOURS.map((c) => (
          <button
            key={c.value}
            type="button"
            className="bedside-toolbar__colour"
            aria-label={t(c.name)}
            title={t(c.name)}
            aria-pressed={state.colour === c.value}
            onClick={() => tools.set({ colour: c.value, tool: 'pen' })}
          >
            <span style={{ background: c.value }} />
          </button>
        ))}
      </div>
      <button
        type="button"
        className="bedside-toolbar__button"
        disabled={state.strokes === 0}
        onClick={tools.undo}
      >
        {t('clinician.toolbar.undo')}
      </button>
      <button
        type="button"
        className="bedside-toolbar__button"
        disabled={state.strokes === 0}
        onClick={tools.clear}
      >
        {t('clinician.toolbar.clear')}
      </button>
      <span className="bedside-toolbar__gap" />
      <button
        type="button"
        className="bedside-toolbar__button"
        aria-pressed={state.labels}
        onClick={() => tools.set({ labels: !state.labels })}
      >
        {t('clinician.toolbar.labels')}
      </button>
      <button
        type="button"
        className="bedside-toolbar__button"
        aria-pressed={state.ruler}
        onClick={() => tools.set({ ruler: !state.ruler })}
      >
        {t('clinician.toolbar.ruler')}
      </button>
    </div>
  );
}
