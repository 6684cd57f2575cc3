import { type ComponentProps, lazy, Suspense } from 'react';
import type { Handout as HandoutNow } from './Handout.tsx';
import type { ShareDialog as ShareDialogNow } from './ShareDialog.tsx';

// The printed handout and the share code (with the QR code maker) are not part of the first
// screen: they load on their own, fetched ahead with the rest of what the first picture did
// not need (src/app/lazyParts.tsx), so the buttons never wait. Both render nothing visible
// until asked (a closed dialog; a print-only sheet), so nothing moves when they arrive.

const LazyHandout = lazy(() => import('./Handout.tsx').then((m) => ({ default: m.Handout })));
const LazyShareDialog = lazy(() =>
  import('./ShareDialog.tsx').then((m) => ({ default: m.ShareDialog })),
);

export function Handout(props: ComponentProps<typeof HandoutNow>) {
  return (
    <Suspense fallback={null}>
      <LazyHandout {...props} />
    </Suspense>
  );
}

export function ShareDialog(props: ComponentProps<typeof ShareDialogNow>) {
  return (
    <Suspense fallback={null}>
      <LazyShareDialog {...props} />
    </Suspense>
  );
}
