import { isApproved } from '../content/governance.ts';
import { formatDate } from '../i18n/formatDate.ts';
import type { Procedure } from '../content/schema.ts';
import { useText } from '../i18n/useText.ts';
import { SOURCE_LINKS } from './sourceLinks.ts';

/** Where the words come from, and where to read more. */
export function SourceNote({ meta }: { meta: Procedure['meta'] }) {
  const { t } = useText();
  const { source } = meta;
  const approval = meta.clinicalApproval;
  return (
    <footer className="source-note">
      <h2 className="source-note__heading">{t('source.heading')}</h2>
      <p>
        {t('source.basedOn', { publisher: source.publisher })}{' '}
        {/* The page's own title, kept as published: it names an English document. */}
        <cite lang="en-GB" dir="ltr">
          “{source.title}”
        </cite>
        . {t('source.scale')}
      </p>
      <p data-testid="content-version">
        {t('source.version', {
          version: meta.version,
          reviewed: formatDate(meta.lastReviewed, t),
          next: formatDate(meta.nextReview, t),
        })}{' '}
        {isApproved(meta)
          ? t('source.approved', {
              name: approval.name,
              role: approval.role,
              date: formatDate(approval.date, t),
            })
          : t('source.notApproved')}
      </p>
      <p>{t('source.general')}</p>
      <h3 className="source-note__heading">{t('source.more')}</h3>
      <ul>
        {SOURCE_LINKS.map((l) => (
          <li key={l.url}>
            <a href={l.url} target="_blank" rel="noopener noreferrer">
              {t(l.name)} {t('common.newTab')}
            </a>
          </li>
        ))}
      </ul>
    </footer>
  );
}
