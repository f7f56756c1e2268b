-- What each counter last said of itself, for the head office overview:
-- entries not yet pushed, conflicts waiting for a supervisor, entries kept
-- for a newer build, and its copy's digest (count and hash of each
-- counter's entries it holds) to compare with the server's.
ALTER TABLE desk.counter_status
  ADD COLUMN unsynced integer,
  ADD COLUMN conflicts integer,
  ADD COLUMN waiting integer,
  ADD COLUMN copy jsonb,
  ADD COLUMN reported_at timestamptz;

-- A counter reports; store and counter come from its role, never the payload.
CREATE FUNCTION desk.report(status jsonb) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
  me desk.counters := desk.me();
BEGIN
  IF jsonb_typeof(status) <> 'object'
     OR jsonb_typeof(status->'unsynced') <> 'number' OR jsonb_typeof(status->'conflicts') <> 'number'
     OR jsonb_typeof(status->'waiting') <> 'number' OR jsonb_typeof(status->'copy') <> 'array'
     OR jsonb_array_length(status->'copy') > 1000 OR octet_length(status::text) > 262144 THEN
    RAISE EXCEPTION 'malformed counter report' USING ERRCODE = '22023';
  END IF;
  INSERT INTO counter_status (store, counter, unsynced, conflicts, waiting, copy, reported_at)
  VALUES (me.store, me.counter, (status->>'unsynced')::integer, (status->>'conflicts')::integer, (status->>'waiting')::integer, status->'copy', clock_timestamp())
  ON CONFLICT (store, counter) DO UPDATE
    SET unsynced = excluded.unsynced, conflicts = excluded.conflicts, waiting = excluded.waiting, copy = excluded.copy, reported_at = excluded.reported_at;
END $$;

-- Head office: every store and counter, read only, now with what each counter reported.
DROP FUNCTION desk.overview();
CREATE FUNCTION desk.overview() RETURNS TABLE (store text, counter text, entries bigint, last_seq bigint, hash text,
                                               last_push_at timestamptz, last_pull_at timestamptz, clock_skew_ms bigint, set_aside bigint,
                                               unsynced integer, conflicts integer, waiting integer, copy jsonb, reported_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = desk, pg_temp AS $$
BEGIN
  PERFORM desk.require_head_office();
  RETURN QUERY
    SELECT c.store, c.counter, count(en.server_order), max(en.counter_seq),
           encode(sha256(convert_to(string_agg(en.entry_id, ',' ORDER BY en.counter_seq), 'UTF8')), 'hex'),
           st.last_push_at, st.last_pull_at, st.clock_skew_ms,
           (SELECT count(*) FROM set_aside s WHERE s.store = c.store AND s.counter = c.counter),
           st.unsynced, st.conflicts, st.waiting, st.copy, st.reported_at
    FROM counters c
    LEFT JOIN entries en ON en.store = c.store AND en.counter = c.counter
    LEFT JOIN counter_status st ON st.store = c.store AND st.counter = c.counter
    GROUP BY c.store, c.counter, st.last_push_at, st.last_pull_at, st.clock_skew_ms, st.unsynced, st.conflicts, st.waiting, st.copy, st.reported_at
    ORDER BY c.store, c.counter;
END $$;

REVOKE ALL ON FUNCTION desk.report(jsonb), desk.overview() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk.report(jsonb) TO desk_counter;
GRANT EXECUTE ON FUNCTION desk.overview() TO desk_head_office;
