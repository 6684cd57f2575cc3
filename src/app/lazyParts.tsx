import {
  type ComponentProps,
  lazy,
  type ReactNode,
  Suspense,
  useEffect,
  useRef,
  useState,
} from 'react';
import { PACKS } from 'virtual:locale-packs';
import { language } from '../i18n/language.ts';
import { ExplainerScene as Scene, type ExplainerSceneProps } from '../scene/ExplainerScene.tsx';
import type { Player } from '../timeline/player.ts';
import { stillFile } from '../ui/stillFile.ts';
import { parseStartPoint } from './deepLink.ts';
import './lazyParts.css';

/**
 * What loads when: the first picture's code is in the page's first script; everything else
 * (src/app/laterParts.ts, other languages) is fetched by itself once the first frame of the
 * 3D picture is on screen, while the patient watches, so no button ever waits for a
 * download. React.lazy renders a part from the same promise when it is first asked for
 * (sooner, if an address opens the clinician's tools straight away).
 */

const once = <T,>(load: () => Promise<T>): (() => Promise<T>) => {
  let promise: Promise<T> | null = null;
  return () => (promise ??= load());
};

const laterParts = once(() => import('./laterParts.ts'));

/** Fetches what the first picture did not need; called once its first frame is drawn. */
export function prefetchLaterParts(): void {
  void laterParts().catch(() => undefined);
  const current = language.get().pack.meta.tag;
  for (const pack of PACKS) if (pack.meta.tag !== current) void pack.load().catch(() => undefined);
}

function suspended<P extends object>(
  load: () => Promise<(props: P) => ReactNode>,
): (props: P) => ReactNode {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function Later(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}

type Parts = Awaited<ReturnType<typeof laterParts>>;

export const BedsideOverlay = suspended<ComponentProps<Parts['BedsideOverlay']>>(() =>
  laterParts().then((m) => m.BedsideOverlay),
);
export const BedsideToolbar = suspended<ComponentProps<Parts['BedsideToolbar']>>(() =>
  laterParts().then((m) => m.BedsideToolbar),
);
export const ClinicianPanel = suspended<ComponentProps<Parts['ClinicianPanel']>>(() =>
  laterParts().then((m) => m.ClinicianPanel),
);
export const Diagrams = suspended<ComponentProps<Parts['Diagrams']>>(() =>
  laterParts().then((m) => m.Diagrams),
);
export const CasePanel = suspended<ComponentProps<Parts['CasePanel']>>(() =>
  laterParts().then((m) => m.CasePanel),
);

/** The stage the page opens at: the address's (?stage=, ?t=) or the first. */
function openingStage(player: Player): string {
  const search = typeof window === 'undefined' ? '' : window.location.search;
  const { time } = parseStartPoint(search, player.slots, player.duration);
  const slot = player.slots.find((s) => time >= s.start && time < s.end) ?? player.slots.at(-1);
  return slot?.stage.id ?? '';
}

/**
 * The 3D picture, with the still of its opening step over it until its first frame is on
 * screen (the canvas's `data-ready`), so the page (prerendered with the still, see
 * vite.config.ts) shows the picture at once and the 3D takes its place without a jump.
 * Then what the first picture did not need is fetched.
 */
export function ExplainerScene(props: ExplainerSceneProps) {
  const [stageId] = useState(() => openingStage(props.player));
  const [drawn, setDrawn] = useState(false);
  // The canvas is made after the first render, so that render (also the page's prerendered
  // HTML) is the still alone, and a canvas never comes with a style attribute in the HTML.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ready = (): boolean => el.querySelector('canvas[data-ready="true"]') !== null;
    if (ready()) {
      setDrawn(true);
      return;
    }
    if (!mounted) return;
    const watch = new MutationObserver(() => {
      if (!ready()) return;
      watch.disconnect();
      setDrawn(true);
    });
    watch.observe(el, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-ready'],
    });
    return () => watch.disconnect();
  }, [mounted]);
  useEffect(() => {
    if (drawn) prefetchLaterParts();
  }, [drawn]);
  return (
    <div ref={box} className="scene-host">
      {mounted && <Scene {...props} />}
      {!drawn && stageId && (
        <img
          className="scene-host__still"
          data-testid="opening-still"
          src={`./stills/${stillFile(stageId, props.patientCase.variant)}`}
          alt=""
          decoding="async"
          fetchPriority="high"
          onError={(event) => {
            event.currentTarget.hidden = true;
          }}
        />
      )}
    </div>
  );
}
