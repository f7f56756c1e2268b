/** A record just made: what was done and its number, large, for the clerk to read out or the customer to note. */
export function RecordNumberNotice({ done, number, testId }: { readonly done: string; readonly number: string; readonly testId?: string }) {
  return (
    <p className="notice notice--ok" role="status">
      {done}{' '}
      <span className="big-number" data-testid={testId}>
        {number}
      </span>
    </p>
  );
}
