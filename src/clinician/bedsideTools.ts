import { useSyncExternalStore } from 'react';
import type { Vector3 } from 'three';
import type { UiKey } from '../i18n/types.ts';

/** What the consultant's finger does on the picture: turn it, point, or draw. */
export type Tool = 'none' | 'pointer' | 'pen';

/** Pen colours that stand out on the red artery and on the pale background alike. */
export const PEN_COLOURS = [
  { name: 'clinician.toolbar.colour.blue', value: '#005eb8' },
  { name: 'clinician.toolbar.colour.black', value: '#212b32' },
  { name: 'clinician.toolbar.colour.green', value: '#007f3b' },
] as const satisfies readonly { name: UiKey; value: string }[];

/** One point of a stroke: where it was drawn, and where on the model it sits (if anywhere). */
export interface MarkPoint {
  x: number;
  y: number;
  world: Vector3 | null;
}

export interface Stroke {
  colour: string;
  points: MarkPoint[];
  /**
   * For strokes drawn wholly off the model: the camera's pose when drawn. They stay in
   * screen space and show only while the camera has not moved.
   */
  screenPose: number[] | null;
}

export interface BedsideState {
  tool: Tool;
  colour: string;
  labels: boolean;
  ruler: boolean;
  /** How many strokes there are (the strokes themselves live outside React). */
  strokes: number;
}

export interface BedsideTools {
  get(): BedsideState;
  set(patch: Partial<Omit<BedsideState, 'strokes'>>): void;
  subscribe(listener: () => void): () => void;
  readonly strokes: Stroke[];
  /** Tells the overlay (and buttons) that the strokes changed. */
  strokesChanged(): void;
  undo(): void;
  clear(): void;
}

export function createBedsideTools(): BedsideTools {
  let state: BedsideState = {
    tool: 'none',
    colour: PEN_COLOURS[0].value,
    labels: false,
    ruler: false,
    strokes: 0,
  };
  const listeners = new Set<() => void>();
  const strokes: Stroke[] = [];
  const update = (patch: Partial<BedsideState>): void => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };
  return {
    get: () => state,
    set: update,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    strokes,
    strokesChanged: () => update({ strokes: strokes.length }),
    undo() {
      strokes.pop();
      update({ strokes: strokes.length });
    },
    clear() {
      strokes.length = 0;
      update({ strokes: 0 });
    },
  };
}

export function useBedsideState(tools: BedsideTools): BedsideState {
  return useSyncExternalStore(tools.subscribe, tools.get);
}
