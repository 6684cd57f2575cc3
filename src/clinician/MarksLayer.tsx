import { useEffect, useRef } from 'react';
import { Vector3 } from 'three';
import { useText } from '../i18n/useText.ts';
import { projectToPixel, rayThroughPixel, type ScreenPoint } from './anchoring.ts';
import { type BedsideTools, type Stroke, useBedsideState } from './bedsideTools.ts';
import { usePenInput } from './usePenInput.ts';
import { createViewWatch, type SceneProbe, type SceneView } from '../scene/sceneProbe.ts';

const samePose = (a: readonly number[], b: ArrayLike<number>): boolean =>
  a.every((v, i) => Math.abs(v - (b[i] ?? 0)) < 1e-6);

/** The SVG path of a stroke as it appears from the current camera ('' when hidden). */
function strokePath(stroke: Stroke, view: SceneView, scratch: ScreenPoint): string {
  if (stroke.screenPose && !samePose(stroke.screenPose, view.camera.matrixWorld.elements))
    return '';
  let d = '';
  let pen = 'M';
  for (const pt of stroke.points) {
    let x = pt.x;
    let y = pt.y;
    if (pt.world) {
      projectToPixel(pt.world, view.camera, view.width, view.height, scratch);
      if (!scratch.inFront) {
        pen = 'M';
        continue;
      }
      x = scratch.x;
      y = scratch.y;
    }
    d += `${pen}${x.toFixed(1)} ${y.toFixed(1)}`;
    pen = 'L';
  }
  // A tap leaves a dot: a zero-length line with round caps.
  if (stroke.points.length === 1) d += 'l0.01 0';
  return d;
}

/**
 * The pen's strokes and the laser pointer's dot, drawn over the picture. Strokes on the
 * model are stored as points in the model and projected again whenever the view changes, so
 * they stay on the part they were drawn on. Input is handled by usePenInput.
 */
/** What the marks hand to the browser tests' handle (src/app/testHooks.ts). */
export interface MarksTestParts {
  /** Each stroke's points as drawn and where they sit on the model. */
  marks: () => { x: number; y: number; world: number[] | null }[][];
  /** The model's surface under a point of the picture (CSS px), or null. */
  surfaceAt: (x: number, y: number) => number[] | null;
}

export function MarksLayer({
  tools,
  probe,
  onTestHandle,
}: {
  tools: BedsideTools;
  probe: SceneProbe;
  /** Hands the marks to the browser tests' handle (the app passes its exposeForTests). */
  onTestHandle?: ((part: MarksTestParts) => void) | undefined;
}) {
  const { t } = useText();
  const { tool } = useBedsideState(tools);
  const svg = useRef<SVGGElement>(null);
  const dot = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const scratch: ScreenPoint = { x: 0, y: 0, inFront: false };
    const viewChanged = createViewWatch();
    let empty = true;
    const draw = (): void => {
      const g = svg.current;
      const view = probe.view();
      if (!g) return;
      // No marks (the usual case): nothing to build or write, frame after frame.
      if (tools.strokes.length === 0 || !view) {
        if (!empty) g.replaceChildren();
        empty = true;
        return;
      }
      let html = '';
      for (let i = 0; i < tools.strokes.length; i++) {
        const stroke = tools.strokes[i];
        const d = stroke && strokePath(stroke, view, scratch);
        if (!d) continue;
        html +=
          `<path class="marks__halo" d="${d}"/>` +
          `<path class="marks__stroke" data-stroke="${i}" stroke="${stroke.colour}" d="${d}"/>`;
      }
      g.innerHTML = html;
      empty = html === '';
    };
    draw();
    onTestHandle?.({
      marks: () =>
        tools.strokes.map((st) =>
          st.points.map((p) => ({ x: p.x, y: p.y, world: p.world?.toArray() ?? null })),
        ),
      surfaceAt(x, y) {
        const view = probe.view();
        if (!view) return null;
        const ray = rayThroughPixel(view.camera, x, y, view.width, view.height);
        return probe.hit(ray, new Vector3())?.toArray() ?? null;
      },
    });
    // Marks sit still in the model, so on screen they move only when the view does.
    const offFrame = probe.onFrame(() => {
      const view = probe.view();
      if (view && viewChanged(view)) draw();
    });
    const offTools = tools.subscribe(draw);
    return () => {
      offFrame();
      offTools();
    };
  }, [tools, probe, onTestHandle]);

  const layer = useRef<HTMLDivElement>(null);
  usePenInput(tools, probe, tool, layer, dot);

  return (
    <div
      ref={layer}
      className={`marks${tool === 'none' ? '' : ' marks--active'}`}
      data-testid="marks"
      data-tool={tool}
    >
      <svg className="marks__svg" aria-hidden="true">
        <g ref={svg} />
      </svg>
      <div ref={dot} className="pointer-dot" data-testid="pointer-dot" hidden />
      {tool !== 'none' && (
        <p className="marks__hint" aria-hidden="true">
          {tool === 'pen'
            ? t('clinician.marks.penHint', { button: t('clinician.toolbar.pen') })
            : t('clinician.marks.pointerHint', { button: t('clinician.toolbar.pointer') })}
        </p>
      )}
    </div>
  );
}
