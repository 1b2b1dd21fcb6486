// What a failed request tells a person: the hub's own message and code, never a blank page.
import { HubError } from './hub.js';
import { t, type Lang } from './i18n.js';

export function Failure(props: { lang: Lang; error: unknown }) {
  if (!props.error) return null;
  const e = props.error;
  const what =
    e instanceof HubError
      ? e.code === 'UNAUTHENTICATED'
        ? t(props.lang, 'refused')
        : e.code === 'FORBIDDEN'
          ? t(props.lang, 'noAccess')
          : t(props.lang, 'failed')
      : t(props.lang, 'failed');
  return (
    <p role="alert" className="error">
      {what}
      {e instanceof HubError && (
        <>
          {' '}
          — {e.message} <code>{e.code}</code>
        </>
      )}
    </p>
  );
}
