import { type BedsideTools, PEN_COLOURS, type Tool, useBedsideState } from './bedsideTools.ts';
import './clinician.css';

/**
 * The clinician's tools for the picture, in a bar under it: point, draw (in a few colours),
 * undo and clear marks, name the parts, show a scale. Pressing Point or Draw again hands
 * the picture back to turning and zooming.
 */
export function BedsideToolbar({ tools }: { tools: BedsideTools }) {
  const state = useBedsideState(tools);
  const choose = (tool: Tool) => () => tools.set({ tool: state.tool === tool ? 'none' : tool });
  return (
    <div className="bedside-toolbar" role="group" aria-label="Clinician tools for the picture">
      <button
        type="button"
        className="bedside-toolbar__button"
        aria-pressed={state.tool === 'pointer'}
        onClick={choose('pointer')}
      >
        Point
      </button>
      <button
        type="button"
        className="bedside-toolbar__button"
        aria-pressed={state.tool === 'pen'}
        onClick={choose('pen')}
      >
        Draw
      </button>
      <div className="bedside-toolbar__colours" role="group" aria-label="Pen colour">
        {PEN_COLOURS.map((c) => (
          <button
            key={c.value}
            type="button"
            className="bedside-toolbar__colour"
            aria-label={c.name}
            title={c.name}
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
        Undo
      </button>
      <button
        type="button"
        className="bedside-toolbar__button"
        disabled={state.strokes === 0}
        onClick={tools.clear}
      >
        Clear
      </button>
      <span className="bedside-toolbar__gap" />
      <button
        type="button"
        className="bedside-toolbar__button"
        aria-pressed={state.labels}
        onClick={() => tools.set({ labels: !state.labels })}
      >
        Name the parts
      </button>
      <button
        type="button"
        className="bedside-toolbar__button"
        aria-pressed={state.ruler}
        onClick={() => tools.set({ ruler: !state.ruler })}
      >
        Scale in mm
      </button>
    </div>
  );
}
