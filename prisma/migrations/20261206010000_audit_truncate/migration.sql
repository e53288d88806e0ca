-- TRUNCATE skips row triggers, so the append-only audit log needs a statement trigger too.
-- Deleting a workspace never truncates; nothing in the app does.
CREATE FUNCTION "factdesk_audit_event_no_truncate"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: TRUNCATE refused'
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'Audit events are never changed or deleted; only deleting their workspace removes them.';
END;
$$;

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "factdesk_audit_event_no_truncate"();
