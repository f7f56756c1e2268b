-- The shape check, again: a field left out reads as SQL null, and null
-- compared with <> is null, which IF takes as "no problem". An entry without
-- an id or a clock then failed its INSERT and with it the counter's whole
-- push, every time it was sent. IS DISTINCT FROM names the missing field.
CREATE OR REPLACE FUNCTION desk.entry_problem(e jsonb, me desk.counters) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = desk, pg_temp AS $$
BEGIN
  IF jsonb_typeof(e) <> 'object' THEN RETURN 'notAnObject'; END IF;
  -- The same limit as the counters' (MAX_ENTRY_BYTES): attachments travel on their own.
  IF octet_length(e::text) > 262144 THEN RETURN 'tooLarge'; END IF;
  IF jsonb_typeof(e->'id') IS DISTINCT FROM 'string' OR length(e->>'id') NOT BETWEEN 1 AND 64 THEN RETURN 'badId'; END IF;
  IF jsonb_typeof(e->'seq') IS DISTINCT FROM 'number' OR (e->>'seq') !~ '^[1-9][0-9]{0,15}$' THEN RETURN 'badSeq'; END IF;
  IF jsonb_typeof(e->'schemaVersion') IS DISTINCT FROM 'number' OR (e->>'schemaVersion') !~ '^[1-9][0-9]{0,5}$' THEN RETURN 'badSchemaVersion'; END IF;
  IF jsonb_typeof(e->'hlc') IS DISTINCT FROM 'string' OR jsonb_typeof(e->'recordType') IS DISTINCT FROM 'string'
     OR jsonb_typeof(e->'recordId') IS DISTINCT FROM 'string' OR jsonb_typeof(e->'type') IS DISTINCT FROM 'string'
     OR jsonb_typeof(e->'at') IS DISTINCT FROM 'number' OR jsonb_typeof(e->'by') IS DISTINCT FROM 'string' OR NOT (e ? 'data') THEN
    RETURN 'missingField';
  END IF;
  IF e->>'store' IS DISTINCT FROM me.store OR e->>'counter' IS DISTINCT FROM me.counter THEN RETURN 'wrongCounter'; END IF;
  RETURN NULL;
END $$;

-- Push, with the same answers as before (accepted, duplicate,
-- sequenceReused, setAside) for one statement an entry instead of three:
-- the INSERT skips an entry whose id or sequence number the server has, and
-- only then is it looked up to say which. Plans are cached again: the
-- INSERT's plan has no scan to get wrong as the table grows, and the two
-- lookups (EXECUTE) are planned each time they run. Planning the three
-- statements for every entry had been most of a push's time.
CREATE OR REPLACE FUNCTION desk.push(batch jsonb) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = desk, pg_temp AS $$
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
    INSERT INTO entries (entry_id, store, counter, counter_seq, hlc, record_type, record_id, entry_type, schema_version, data)
    VALUES (e->>'id', me.store, me.counter, (e->>'seq')::bigint, e->>'hlc', e->>'recordType', e->>'recordId',
            e->>'type', (e->>'schemaVersion')::integer, e)
    ON CONFLICT DO NOTHING
    RETURNING server_order INTO new_order;
    IF new_order IS NOT NULL THEN
      last_order := new_order;
      results := array_append(results, jsonb_build_object('id', e->>'id', 'status', 'accepted', 'order', new_order));
      CONTINUE;
    END IF;
    EXECUTE 'SELECT * FROM entries WHERE entry_id = $1' INTO existing USING e->>'id';
    IF existing.server_order IS NOT NULL THEN
      results := array_append(results, jsonb_build_object('id', e->>'id', 'status', 'duplicate', 'order', existing.server_order));
      CONTINUE;
    END IF;
    EXECUTE 'SELECT * FROM entries WHERE store = $1 AND counter = $2 AND counter_seq = $3' INTO existing
      USING me.store, me.counter, (e->>'seq')::bigint;
    INSERT INTO set_aside (store, counter, entry_id, counter_seq, reason, payload)
    VALUES (me.store, me.counter, e->>'id', (e->>'seq')::bigint, 'sequenceReused', e);
    results := array_append(results, jsonb_build_object('id', e->>'id', 'status', 'sequenceReused', 'existingId', existing.entry_id));
  END LOOP;
  INSERT INTO counter_status (store, counter, last_push_at) VALUES (me.store, me.counter, clock_timestamp())
  ON CONFLICT (store, counter) DO UPDATE SET last_push_at = excluded.last_push_at;
  IF last_order IS NOT NULL THEN
    PERFORM pg_notify(desk.store_channel(me.store), last_order::text);
  END IF;
  RETURN jsonb_build_object('results', to_jsonb(results), 'serverTime', floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint);
END $$;
