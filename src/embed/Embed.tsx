import { useCallback, useState } from 'react';
import { App } from '../app/App.tsx';
import type { ExplainerController } from '../app/controller.ts';
import { FullExplainerLink } from './FullExplainerLink.tsx';

/**
 * The explainer as a hospital page embeds it: App in its compact layout (embed.css), the
 * link to the full explainer, and the controller handed to the message bridge.
 */
export function Embed({ onController }: { onController: (c: ExplainerController) => void }) {
  const [controller, setController] = useState<ExplainerController | null>(null);
  const handOut = useCallback(
    (c: ExplainerController) => {
      onController(c);
      setController(c);
    },
    [onController],
  );
  return (
    <>
      <App onController={handOut} embedded />
      <FullExplainerLink controller={controller} />
    </>
  );
}
