-- The audit log is append-only for everyone, admins included. The application connects as the
-- table's owner, so REVOKE would not bind it: a trigger is the guard. The one change allowed is the
-- foreign key's own ON DELETE SET NULL of "actorId" when a person's account is deleted (every other
-- column unchanged), so deleting an account keeps its history, anonymised.
--
-- The migration runner (Prisma's pg driver adapter) splits scripts at every semicolon, so the
-- function body writes its semicolons as the escape \073 inside an E'' string.
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''UPDATE''
     AND OLD."actorId" IS NOT NULL AND NEW."actorId" IS NULL
     AND (to_jsonb(NEW) - ''actorId'') = (to_jsonb(OLD) - ''actorId'') THEN
    RETURN NEW\073
  END IF\073
  RAISE EXCEPTION ''AuditLog is append-only: % refused'', TG_OP USING ERRCODE = ''insufficient_privilege''\073
END\073
';

CREATE TRIGGER "AuditLog_append_only"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();

CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
