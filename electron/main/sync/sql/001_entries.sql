-- The sync server is PostgreSQL itself: an append-only table of entries and
-- the functions that are the counters' only door to it. Counters log in as
-- their own roles; store and counter are taken from the role, never from
-- what the counter sends.

CREATE SCHEMA IF NOT EXISTS desk;
REVOKE ALL ON SCHEMA desk FROM PUBLIC;

-- Group roles: every counter role is a member of desk_counter, every head
-- office role of desk_head_office. Neither may log in itself.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'desk_counter') THEN
    CREATE ROLE desk_counter NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'desk_head_office') THEN
    CREATE ROLE desk_head_office NOLOGIN;
  END IF;
END $$;
GRANT USAGE ON SCHEMA desk TO desk_counter, desk_head_office;

-- Which login role is which counter (or head office).
CREATE TABLE desk.counters (
  role_name   text PRIMARY KEY,
  store       text NOT NULL,
  counter     text NOT NULL,
  enrolled_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  revoked_at  timestamptz,
  UNIQUE (store, counter)
);

CREATE TABLE desk.head_offices (
  role_name   text PRIMARY KEY,
  enrolled_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  revoked_at  timestamptz
);

CREATE TABLE desk.entries (
  server_order   bigserial PRIMARY KEY,
  entry_id       text NOT NULL UNIQUE,
  store          text NOT NULL,
  counter        text NOT NULL,
  counter_seq    bigint NOT NULL CHECK (counter_seq > 0),
  hlc            text NOT NULL,
  record_type    text NOT NULL,
  record_id      text NOT NULL,
  entry_type     text NOT NULL,
  schema_version integer NOT NULL CHECK (schema_version > 0),
  -- The whole entry as the counter made it: what every other counter applies.
  data           jsonb NOT NULL,
  received_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
  UNIQUE (store, counter, counter_seq)
);
CREATE INDEX entries_store_order ON desk.entries (store, server_order);

-- What a counter sent that could not be taken: kept for a supervisor, never blocking what follows.
CREATE TABLE desk.set_aside (
  id          bigserial PRIMARY KEY,
  store       text NOT NULL,
  counter     text NOT NULL,
  entry_id    text,
  counter_seq bigint,
  reason      text NOT NULL,
  payload     jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX set_aside_store ON desk.set_aside (store, id);

-- Each counter's last contact: for the head office overview and the clock check.
CREATE TABLE desk.counter_status (
  store        text NOT NULL,
  counter      text NOT NULL,
  last_push_at timestamptz,
  last_pull_at timestamptz,
  clock_skew_ms bigint,
  PRIMARY KEY (store, counter)
);

REVOKE ALL ON ALL TABLES IN SCHEMA desk FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA desk FROM PUBLIC;

-- The enrolled counter this session logs in as, or an error. session_user:
-- inside a SECURITY DEFINER function current_user is the function's owner.
CREATE FUNCTION desk.me() RETURNS desk.counters
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
  row desk.counters;
BEGIN
  SELECT * INTO row FROM desk.counters c WHERE c.role_name = session_user AND c.revoked_at IS NULL;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'not an enrolled counter: %', session_user USING ERRCODE = '28000';
  END IF;
  RETURN row;
END $$;

-- The shape an entry must have to be stored; the reason it cannot, or null.
CREATE FUNCTION desk.entry_problem(e jsonb, me desk.counters) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = desk, pg_temp AS $$
BEGIN
  IF jsonb_typeof(e) <> 'object' THEN RETURN 'notAnObject'; END IF;
  -- The same limit as the counters' (MAX_ENTRY_BYTES): attachments travel on their own.
  IF octet_length(e::text) > 262144 THEN RETURN 'tooLarge'; END IF;
  IF jsonb_typeof(e->'id') <> 'string' OR length(e->>'id') NOT BETWEEN 1 AND 64 THEN RETURN 'badId'; END IF;
  IF jsonb_typeof(e->'seq') <> 'number' OR (e->>'seq') !~ '^[1-9][0-9]{0,15}$' THEN RETURN 'badSeq'; END IF;
  IF jsonb_typeof(e->'schemaVersion') <> 'number' OR (e->>'schemaVersion') !~ '^[1-9][0-9]{0,5}$' THEN RETURN 'badSchemaVersion'; END IF;
  IF jsonb_typeof(e->'hlc') <> 'string' OR jsonb_typeof(e->'recordType') <> 'string'
     OR jsonb_typeof(e->'recordId') <> 'string' OR jsonb_typeof(e->'type') <> 'string'
     OR jsonb_typeof(e->'at') <> 'number' OR jsonb_typeof(e->'by') <> 'string' OR NOT (e ? 'data') THEN
    RETURN 'missingField';
  END IF;
  IF e->>'store' IS DISTINCT FROM me.store OR e->>'counter' IS DISTINCT FROM me.counter THEN RETURN 'wrongCounter'; END IF;
  RETURN NULL;
END $$;

-- Push: a batch of this counter's entries (a JSON array). Each comes back
-- with what became of it: accepted (with its server order), duplicate (an id
-- the server has: a repeated push is harmless), sequenceReused (the counter
-- reused a sequence number with another entry: refused, shown, never merged)
-- or setAside (malformed: kept for a supervisor, the rest go on).
-- plan_cache_mode: the lookups are planned for the table as it is now (a
-- plan cached while the table was small would scan it whole for each entry).
CREATE FUNCTION desk.push(batch jsonb) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = desk, pg_temp SET plan_cache_mode = force_custom_plan AS $$
DECLARE
  me desk.counters := desk.me();
  e jsonb;
  problem text;
  existing desk.entries;
  new_order bigint;
  results jsonb[] := '{}';
  last_order bigint := NULL;
BEGIN
  IF jsonb_typeof(batch) <> 'array' THEN
    RAISE EXCEPTION 'push takes a JSON array of entries' USING ERRCODE = '22023';
  END IF;
  -- One push at a time per store, so server order follows commit order and a
  -- pull "after my cursor" can never skip an entry committed late.
  PERFORM pg_advisory_xact_lock(hashtext('desk.store:' || me.store));
  FOR e IN SELECT value FROM jsonb_array_elements(batch) LOOP
    problem := desk.entry_problem(e, me);
    IF problem IS NOT NULL THEN
      INSERT INTO set_aside (store, counter, entry_id, counter_seq, reason, payload)
      VALUES (me.store, me.counter, left(e->>'id', 64),
              CASE WHEN (e->>'seq') ~ '^[1-9][0-9]{0,15}$' THEN (e->>'seq')::bigint END, problem, e);
      results := array_append(results, jsonb_build_object('id', e->>'id', 'status', 'setAside', 'reason', problem));
      CONTINUE;
    END IF;
    SELECT * INTO existing FROM entries WHERE entry_id = e->>'id';
    IF FOUND THEN
      results := array_append(results, jsonb_build_object('id', e->>'id', 'status', 'duplicate', 'order', existing.server_order));
      CONTINUE;
    END IF;
    SELECT * INTO existing FROM entries WHERE store = me.store AND counter = me.counter AND counter_seq = (e->>'seq')::bigint;
    IF FOUND THEN
      INSERT INTO set_aside (store, counter, entry_id, counter_seq, reason, payload)
      VALUES (me.store, me.counter, e->>'id', (e->>'seq')::bigint, 'sequenceReused', e);
      results := array_append(results, jsonb_build_object('id', e->>'id', 'status', 'sequenceReused', 'existingId', existing.entry_id));
      CONTINUE;
    END IF;
    INSERT INTO entries (entry_id, store, counter, counter_seq, hlc, record_type, record_id, entry_type, schema_version, data)
    VALUES (e->>'id', me.store, me.counter, (e->>'seq')::bigint, e->>'hlc', e->>'recordType', e->>'recordId',
            e->>'type', (e->>'schemaVersion')::integer, e)
    RETURNING server_order INTO new_order;
    last_order := new_order;
    results := array_append(results, jsonb_build_object('id', e->>'id', 'status', 'accepted', 'order', new_order));
  END LOOP;
  INSERT INTO counter_status (store, counter, last_push_at) VALUES (me.store, me.counter, clock_timestamp())
  ON CONFLICT (store, counter) DO UPDATE SET last_push_at = excluded.last_push_at;
  IF last_order IS NOT NULL THEN
    PERFORM pg_notify(desk.store_channel(me.store), last_order::text);
  END IF;
  RETURN jsonb_build_object('results', to_jsonb(results), 'serverTime', floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint);
END $$;

-- The channel a store's pushes are announced on (LISTEN needs no grant; the
-- message is only a server order, never an entry).
CREATE FUNCTION desk.store_channel(store text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$ SELECT 'desk_store_' || md5(store) $$;

CREATE FUNCTION desk.my_channel() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = desk, pg_temp AS $$ SELECT desk.store_channel((desk.me()).store) $$;

-- Pull: this counter's store's entries after the cursor, by server order.
CREATE FUNCTION desk.pull(after_order bigint, max_rows integer) RETURNS TABLE (server_order bigint, entry jsonb)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
  me desk.counters := desk.me();
BEGIN
  INSERT INTO counter_status (store, counter, last_pull_at) VALUES (me.store, me.counter, clock_timestamp())
  ON CONFLICT (store, counter) DO UPDATE SET last_pull_at = excluded.last_pull_at;
  RETURN QUERY
    SELECT en.server_order, en.data FROM entries en
    WHERE en.store = me.store AND en.server_order > after_order
    ORDER BY en.server_order
    LIMIT least(greatest(max_rows, 1), 5000);
END $$;

-- The server's clock, for the counter's skew check, and who this counter is.
CREATE FUNCTION desk.hello(counter_time_ms bigint) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
  me desk.counters := desk.me();
  now_ms bigint := floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint;
BEGIN
  INSERT INTO counter_status (store, counter, clock_skew_ms) VALUES (me.store, me.counter, counter_time_ms - now_ms)
  ON CONFLICT (store, counter) DO UPDATE SET clock_skew_ms = excluded.clock_skew_ms;
  RETURN jsonb_build_object('store', me.store, 'counter', me.counter, 'serverTime', now_ms, 'channel', desk.store_channel(me.store));
END $$;

-- "Copies agree": per counter of my store, how many entries the server holds
-- and the SHA-256 of their ids in sequence order, joined by commas (a
-- counter computes the same from its own copy).
CREATE FUNCTION desk.digest() RETURNS TABLE (counter text, entries bigint, last_seq bigint, hash text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
  me desk.counters := desk.me();
BEGIN
  RETURN QUERY
    SELECT en.counter, count(*), max(en.counter_seq), encode(sha256(convert_to(string_agg(en.entry_id, ',' ORDER BY en.counter_seq), 'UTF8')), 'hex')
    FROM entries en WHERE en.store = me.store GROUP BY en.counter ORDER BY en.counter;
END $$;

-- What this store's counters sent that was set aside, for a supervisor.
CREATE FUNCTION desk.set_aside_of_store() RETURNS TABLE (id bigint, counter text, entry_id text, counter_seq bigint, reason text, received_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
  me desk.counters := desk.me();
BEGIN
  RETURN QUERY
    SELECT s.id, s.counter, s.entry_id, s.counter_seq, s.reason, s.received_at
    FROM set_aside s WHERE s.store = me.store ORDER BY s.id;
END $$;

-- The session must be an enrolled head office (its functions' one check).
CREATE FUNCTION desk.require_head_office() RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = desk, pg_temp AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM head_offices h WHERE h.role_name = session_user AND h.revoked_at IS NULL) THEN
    RAISE EXCEPTION 'not a head office: %', session_user USING ERRCODE = '28000';
  END IF;
END $$;

-- Head office: every store and counter, read only.
CREATE FUNCTION desk.overview() RETURNS TABLE (store text, counter text, entries bigint, last_seq bigint, hash text,
                                               last_push_at timestamptz, last_pull_at timestamptz, clock_skew_ms bigint, set_aside bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = desk, pg_temp AS $$
BEGIN
  PERFORM desk.require_head_office();
  RETURN QUERY
    SELECT c.store, c.counter, count(en.server_order), max(en.counter_seq),
           encode(sha256(convert_to(string_agg(en.entry_id, ',' ORDER BY en.counter_seq), 'UTF8')), 'hex'),
           st.last_push_at, st.last_pull_at, st.clock_skew_ms,
           (SELECT count(*) FROM set_aside s WHERE s.store = c.store AND s.counter = c.counter)
    FROM counters c
    LEFT JOIN entries en ON en.store = c.store AND en.counter = c.counter
    LEFT JOIN counter_status st ON st.store = c.store AND st.counter = c.counter
    GROUP BY c.store, c.counter, st.last_push_at, st.last_pull_at, st.clock_skew_ms
    ORDER BY c.store, c.counter;
END $$;

-- Head office: one store's entries after a cursor, read only.
CREATE FUNCTION desk.pull_store(store_code text, after_order bigint, max_rows integer) RETURNS TABLE (server_order bigint, entry jsonb)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = desk, pg_temp AS $$
BEGIN
  PERFORM desk.require_head_office();
  RETURN QUERY
    SELECT en.server_order, en.data FROM entries en
    WHERE en.store = store_code AND en.server_order > after_order
    ORDER BY en.server_order
    LIMIT least(greatest(max_rows, 1), 5000);
END $$;

-- PostgreSQL lets PUBLIC execute every new function: only the groups may, each its own.
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA desk FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk.push(jsonb), desk.pull(bigint, integer), desk.hello(bigint), desk.digest(),
  desk.my_channel(), desk.set_aside_of_store() TO desk_counter;
GRANT EXECUTE ON FUNCTION desk.overview(), desk.pull_store(text, bigint, integer) TO desk_head_office;
