-- The app runs its queries as canopy_app (SET ROLE on each connection), never as the owner of the
-- tables or a superuser, so that row-level security holds whatever account operators configure.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'canopy_app') THEN
        CREATE ROLE canopy_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
    END IF;
END
$$;

GRANT canopy_app TO CURRENT_USER;
GRANT USAGE ON SCHEMA public TO canopy_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO canopy_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO canopy_app;

-- The tenant of the current transaction, set with set_config('canopy.consortium_id', ..., true).
CREATE FUNCTION current_consortium() RETURNS uuid
    LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('canopy.consortium_id', true), '')::uuid $$;

-- The verified e-mail of the caller, so a person can find their own memberships in any consortium.
CREATE FUNCTION current_user_email() RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('canopy.user_email', true), '') $$;
