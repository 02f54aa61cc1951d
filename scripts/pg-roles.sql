-- Candor on a shared PostgreSQL server: the group roles and what each may do (see docs/postgresql.md).
--
-- Run it as a superuser, connected to the Candor database, after Candor has created its schema there (the first
-- open by candor_owner, e.g. `candor-cli list teams --db postgresql://candor_owner@HOST/candor`):
--
--     psql -v ON_ERROR_STOP=1 -d candor -f scripts/pg-roles.sql
--
-- It can be run again at any time, e.g. after an upgrade added tables: it creates what is missing and grants again.
-- Roles belong to the whole server, grants to this database. It takes no variables and creates no logins: logins
-- are made members of these group roles afterwards (docs/postgresql.md, step 5).
--
--   candor_owner        owns the schema and runs Candor's migrations (create it as a login before the database)
--   candor_facilitator  reads and writes the operational tables; no schema changes
--   candor_hr           no table at all: only the views in schema candor_hr, which hold survey waves with at least
--                       k responses and their totals (no response, answer or comment)

\set ON_ERROR_STOP on

BEGIN;

-- The group roles; none of them can log in. candor_owner is usually a login already (it owns the database).
DO $roles$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'candor_owner') THEN
        CREATE ROLE candor_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'candor_facilitator') THEN
        CREATE ROLE candor_facilitator NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'candor_hr') THEN
        CREATE ROLE candor_hr NOLOGIN;
    END IF;
END
$roles$;

-- Refuse to go on in a database without Candor's schema, or one older than the HR views (schema version 7).
DO $check$
DECLARE
    version integer;
BEGIN
    IF to_regclass('public.candor_meta') IS NULL THEN
        RAISE EXCEPTION 'This database has no Candor schema yet.'
            USING HINT = 'Open it once with Candor as candor_owner (candor-cli list teams --db postgresql://candor_owner@...), '
                         'then run this script again.';
    END IF;
    SELECT schema_version INTO version FROM public.candor_meta;
    IF version < 7 OR to_regnamespace('candor_hr') IS NULL THEN
        RAISE EXCEPTION 'This database is at Candor schema version %, which has no HR views.', version
            USING HINT = 'Open it once with this Candor as candor_owner, which updates it, then run this script again.';
    END IF;
END
$check$;

-- Only members of Candor's roles may connect; nobody but the owner creates objects in the schema.
DO $connect$
BEGIN
    EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO candor_owner, candor_facilitator', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO candor_hr', current_database());
END
$connect$;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE, CREATE ON SCHEMA public TO candor_owner;
GRANT USAGE ON SCHEMA public TO candor_facilitator;

-- Facilitators: rows in, out and changed in every table, new ids from the identity sequences (UPDATE for setval
-- after an import or the demo); the schema version is read only.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO candor_facilitator;
REVOKE INSERT, UPDATE, DELETE ON public.candor_meta FROM candor_facilitator;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO candor_facilitator;

-- HR: nothing in public (undoing any grant made by hand), only the views of schema candor_hr.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM candor_hr;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM candor_hr;
REVOKE ALL ON SCHEMA public FROM candor_hr;
GRANT USAGE ON SCHEMA candor_hr TO candor_hr;
GRANT SELECT ON ALL TABLES IN SCHEMA candor_hr TO candor_hr;
REVOKE CREATE ON SCHEMA candor_hr FROM PUBLIC;

-- What a later migration by candor_owner creates gets the same grants (migration 7 grants its views itself).
ALTER DEFAULT PRIVILEGES FOR ROLE candor_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO candor_facilitator;
ALTER DEFAULT PRIVILEGES FOR ROLE candor_owner IN SCHEMA public
    GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO candor_facilitator;
ALTER DEFAULT PRIVILEGES FOR ROLE candor_owner IN SCHEMA candor_hr
    GRANT SELECT ON TABLES TO candor_hr;

COMMIT;
