import { isApproved } from '../content/governance.ts';
import { procedure } from '../content/index.ts';

/**
 * Until a clinician has approved the content, every viewer is told so, plainly, at the top:
 * draft patient information must never pass for the approved version.
 */
export function DraftNotice() {
  if (isApproved(procedure.meta)) return null;
  return (
    <div className="draft-notice" data-testid="draft-notice">
      <p>
        <strong>Draft:</strong> not yet clinically approved. Please check anything you read here
        with your heart team.
      </p>
    </div>
  );
}
