-- Files attached to complaints (photos, scanned letters) travel beside the
-- entries: an entry carries only a file's reference; the counter that took
-- the file puts it here once, the other counters of the store fetch it.
-- As with entries, store and counter come from the role (desk.me()), and
-- the functions below are the only door to the table.

CREATE TABLE desk.attachments (
  store        text NOT NULL,
  ref          text NOT NULL,
  complaint_id text NOT NULL,
  name         text NOT NULL,
  media_type   text NOT NULL,
  size         integer NOT NULL CHECK (size >= 0),
  sha256       text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content      bytea NOT NULL,
  counter      text NOT NULL,
  received_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (store, ref),
  CHECK (size = octet_length(content))
);
REVOKE ALL ON desk.attachments FROM PUBLIC;

-- The largest file a counter may put, in bytes (8 MB). It MUST match the
-- counters' MAX_ATTACHMENT_BYTES in shared/schema/sync.ts: change both in a
-- new migration, never here.
CREATE FUNCTION desk.max_attachment_bytes() RETURNS integer
LANGUAGE sql IMMUTABLE AS $$ SELECT 8388608 $$;

-- Put: one file of this counter's store under its reference. What became of
-- it comes back as a status, so one refused file never breaks the counter's
-- connection: stored; duplicate (the same file is already here: a repeated
-- upload is harmless); tooLarge; hashMismatch (the bytes are not the ones
-- the counter hashed: nothing is kept); refTaken (another file already has
-- this reference: refused, never replaced); malformed.
CREATE FUNCTION desk.put_attachment(file_ref text, complaint text, file_name text, file_type text, file_sha256 text, file_content bytea)
RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
  me desk.counters := desk.me();
  held text;
BEGIN
  IF file_content IS NULL OR coalesce(length(file_ref), 0) NOT BETWEEN 1 AND 200
     OR coalesce(length(complaint), 0) NOT BETWEEN 1 AND 128
     OR coalesce(length(file_name), 0) NOT BETWEEN 1 AND 200
     OR coalesce(length(file_type), 0) NOT BETWEEN 1 AND 100 THEN
    RETURN jsonb_build_object('status', 'malformed');
  END IF;
  -- Checked before the hash: an oversized file is not worth hashing.
  IF octet_length(file_content) > desk.max_attachment_bytes() THEN
    RETURN jsonb_build_object('status', 'tooLarge');
  END IF;
  IF file_sha256 IS DISTINCT FROM encode(sha256(file_content), 'hex') THEN
    RETURN jsonb_build_object('status', 'hashMismatch');
  END IF;
  INSERT INTO attachments (store, ref, complaint_id, name, media_type, size, sha256, content, counter)
  VALUES (me.store, file_ref, complaint, file_name, file_type, octet_length(file_content), file_sha256, file_content, me.counter)
  ON CONFLICT (store, ref) DO NOTHING;
  IF FOUND THEN
    RETURN jsonb_build_object('status', 'stored');
  END IF;
  SELECT a.sha256 INTO held FROM attachments a WHERE a.store = me.store AND a.ref = file_ref;
  RETURN jsonb_build_object('status', CASE WHEN held = file_sha256 THEN 'duplicate' ELSE 'refTaken' END);
END $$;

-- Get: a file of this counter's store by its reference, or no row (not put
-- yet, or another store's).
CREATE FUNCTION desk.get_attachment(file_ref text)
RETURNS TABLE (ref text, complaint_id text, name text, media_type text, size integer, sha256 text, content bytea)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
  me desk.counters := desk.me();
BEGIN
  RETURN QUERY
    SELECT a.ref, a.complaint_id, a.name, a.media_type, a.size, a.sha256, a.content
    FROM attachments a WHERE a.store = me.store AND a.ref = file_ref;
END $$;

-- Head office: any store's file, read only.
CREATE FUNCTION desk.get_store_attachment(store_code text, file_ref text)
RETURNS TABLE (ref text, complaint_id text, name text, media_type text, size integer, sha256 text, content bytea)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = desk, pg_temp AS $$
BEGIN
  PERFORM desk.require_head_office();
  RETURN QUERY
    SELECT a.ref, a.complaint_id, a.name, a.media_type, a.size, a.sha256, a.content
    FROM attachments a WHERE a.store = store_code AND a.ref = file_ref;
END $$;

-- As in 001: PUBLIC may execute no new function; each group only its own.
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA desk FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk.put_attachment(text, text, text, text, text, bytea), desk.get_attachment(text) TO desk_counter;
GRANT EXECUTE ON FUNCTION desk.get_store_attachment(text, text) TO desk_head_office;
