-- Auth tables GoTrue keeps beyond 20-auth.sql: the authentication methods of each session, which
-- become the `amr` claim of every access token the session mints (GT `models/amr.go`).
set role supabase_auth_admin;

create table auth.mfa_amr_claims (
  session_id uuid not null references auth.sessions (id) on delete cascade,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  authentication_method text not null,
  id uuid not null primary key,
  constraint mfa_amr_claims_session_id_authentication_method_pkey
    unique (session_id, authentication_method)
);

reset role;

grant select, references, trigger on auth.mfa_amr_claims to postgres, dashboard_user;
