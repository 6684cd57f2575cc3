import { useEffect, useRef } from 'react';
import type { Ray } from 'three';
import { Vector3 } from 'three';
import { exposeForTests } from '../app/testHooks.ts';
import { pointAtDepth, projectToPixel, rayThroughPixel, type ScreenPoint } from './anchoring.ts';
import { type BedsideTools, type MarkPoint, type Stroke, useBedsideState } from './bedsideTools.ts';
import type { SceneProbe } from './sceneProbe.ts';

/** Points closer than this (CSS px) to the last one are skipped: each costs a raycast. */
const MIN_STEP = 4;
/** How long the pointer's dot lingers after the finger lifts (ms). */
const POINTER_LINGER = 1200;

const samePose = (a: readonly number[], b: ArrayLike<number>): boolean =>
  a.every((v, i) => Math.abs(v - (b[i] ?? 0)) < 1e-6);

/** The SVG path of a stroke as it appears from the current camera ('' when hidden). */
function strokePath(stroke: Stroke, probe: SceneProbe, scratch: ScreenPoint): string {
  const view = probe.view();
  if (!view) return '';
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
 * The pen and the laser pointer. While either is on, this layer takes the finger, stylus or
 * mouse instead of the 3D view (so drawing never turns the picture); the turn and zoom
 * buttons above it still work. Strokes on the model are stored as points in the model and
 * projected again every frame, so they stay on the part they were drawn on.
 */
export function MarksLayer({ tools, probe }: { tools: BedsideTools; probe: SceneProbe }) {
  const { tool } = useBedsideState(tools);
  const svg = useRef<SVGGElement>(null);
  const dot = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const scratch: ScreenPoint = { x: 0, y: 0, inFront: false };
    const draw = (): void => {
      const g = svg.current;
      if (!g) return;
      let html = '';
      tools.strokes.forEach((stroke, i) => {
        const d = strokePath(stroke, probe, scratch);
        if (!d) return;
        html +=
          `<path class="marks__halo" d="${d}"/>` +
          `<path class="marks__stroke" data-stroke="${i}" stroke="${stroke.colour}" d="${d}"/>`;
      });
      g.innerHTML = html;
    };
    draw();
    exposeForTests({
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
    const offFrame = probe.onFrame(draw);
    const offTools = tools.subscribe(draw);
    return () => {
      offFrame();
      offTools();
    };
  }, [tools, probe]);

  // The stroke being drawn, and rays of its points that missed the model before any hit.
  const drawing = useRef<{ id: number; stroke: Stroke; pending: [MarkPoint, Ray][] } | null>(null);
  const linger = useRef(0);

  const local = (e: React.PointerEvent): [number, number] => {
    const box = e.currentTarget.getBoundingClientRect();
    return [e.clientX - box.left, e.clientY - box.top];
  };

  const showDot = (x: number, y: number, on: boolean): void => {
    const el = dot.current;
    if (!el) return;
    window.clearTimeout(linger.current);
    el.style.transform = `translate(${x}px, ${y}px)`;
    el.dataset.x = x.toFixed(1);
    el.dataset.y = y.toFixed(1);
    el.hidden = false;
    el.classList.toggle('pointer-dot--fading', !on);
    if (!on) linger.current = window.setTimeout(() => (el.hidden = true), POINTER_LINGER);
  };

  const addPoint = (x: number, y: number): void => {
    const current = drawing.current;
    const view = probe.view();
    if (!current || !view) return;
    const { points } = current.stroke;
    const last = points[points.length - 1];
    if (last && Math.hypot(last.x - x, last.y - y) < MIN_STEP) return;
    const ray = rayThroughPixel(view.camera, x, y, view.width, view.height);
    const point: MarkPoint = { x, y, world: probe.hit(ray, new Vector3()) };
    const reference = points.find((p) => p.world)?.world ?? point.world;
    if (point.world && current.pending.length > 0) {
      for (const [p, r] of current.pending) p.world = pointAtDepth(r, view.camera, point.world);
      current.pending = [];
    } else if (!point.world && reference) {
      point.world = pointAtDepth(ray, view.camera, reference);
    } else if (!point.world) {
      current.pending.push([point, ray]);
    }
    points.push(point);
    tools.strokesChanged();
  };

  const onPointerDown = (e: React.PointerEvent): void => {
    if (e.button !== 0 || drawing.current) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const [x, y] = local(e);
    if (tool === 'pointer') return showDot(x, y, true);
    const stroke: Stroke = { colour: tools.get().colour, points: [], screenPose: null };
    drawing.current = { id: e.pointerId, stroke, pending: [] };
    tools.strokes.push(stroke);
    addPoint(x, y);
  };

  const onPointerMove = (e: React.PointerEvent): void => {
    const [x, y] = local(e);
    if (tool === 'pointer') {
      if (e.buttons !== 0 || e.pointerType === 'mouse') showDot(x, y, true);
      return;
    }
    if (drawing.current?.id === e.pointerId) addPoint(x, y);
  };

  const onPointerEnd = (e: React.PointerEvent): void => {
    if (tool === 'pointer') {
      const [x, y] = local(e);
      return showDot(x, y, false);
    }
    const current = drawing.current;
    if (current?.id !== e.pointerId) return;
    drawing.current = null;
    // Drawn wholly off the model: it belongs to this view of the picture only.
    if (current.pending.length > 0) {
      current.stroke.screenPose = [...(probe.view()?.camera.matrixWorld.elements ?? [])];
      for (const [p] of current.pending) p.world = null;
    }
    tools.strokesChanged();
  };

  // Scrolling still zooms the picture while a tool is on.
  const onWheel = (e: React.WheelEvent): void => {
    const canvas = e.currentTarget.parentElement?.querySelector('canvas');
    canvas?.dispatchEvent(new WheelEvent('wheel', e.nativeEvent));
  };

  return (
    <div
      className={`marks${tool === 'none' ? '' : ' marks--active'}`}
      data-testid="marks"
      data-tool={tool}
      onPointerDown={tool === 'none' ? undefined : onPointerDown}
      onPointerMove={tool === 'none' ? undefined : onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onPointerLeave={(e) => e.pointerType === 'mouse' && tool === 'pointer' && onPointerEnd(e)}
      onWheel={tool === 'none' ? undefined : onWheel}
    >
      <svg className="marks__svg" aria-hidden="true">
        <g ref={svg} />
      </svg>
      <div ref={dot} className="pointer-dot" data-testid="pointer-dot" hidden />
      {tool !== 'none' && (
        <p className="marks__hint" aria-hidden="true">
          {tool === 'pen' ? 'Draw on the picture' : 'Point at the picture'} · press{' '}
          {tool === 'pen' ? 'Draw' : 'Point'} again to turn it
        </p>
      )}
    </div>
  );
}
