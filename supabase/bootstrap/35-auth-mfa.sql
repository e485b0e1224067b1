-- GoTrue's MFA tables (GT `migrations/*_add_mfa_schema.up.sql` and the columns later migrations
-- added): factors, their challenges, and the types they use. auth.mfa_amr_claims is in 30-auth-amr.sql.
set role supabase_auth_admin;

create type auth.factor_type as enum ('totp', 'webauthn', 'phone');
create type auth.factor_status as enum ('unverified', 'verified');

create table auth.mfa_factors (
  id uuid not null,
  user_id uuid not null,
  friendly_name text null,
  factor_type auth.factor_type not null,
  status auth.factor_status not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  secret text null,
  phone text null,
  last_challenged_at timestamptz null,
  web_authn_credential jsonb null,
  web_authn_aaguid uuid null,
  last_webauthn_challenge_data jsonb null,
  constraint mfa_factors_pkey primary key (id),
  constraint mfa_factors_user_id_fkey foreign key (user_id) references auth.users (id) on delete cascade,
  constraint mfa_factors_last_challenged_at_key unique (last_challenged_at)
);
comment on table auth.mfa_factors is 'auth: stores metadata about factors';
create unique index mfa_factors_user_friendly_name_unique on auth.mfa_factors (friendly_name, user_id)
  where trim(friendly_name) <> '';
create index factor_id_created_at_idx on auth.mfa_factors (user_id, created_at);
create index mfa_factors_user_id_idx on auth.mfa_factors (user_id);
create unique index unique_phone_factor_per_user on auth.mfa_factors (user_id, phone);

create table auth.mfa_challenges (
  id uuid not null,
  factor_id uuid not null,
  created_at timestamptz not null,
  verified_at timestamptz null,
  ip_address inet not null,
  otp_code text null,
  web_authn_session_data jsonb null,
  constraint mfa_challenges_pkey primary key (id),
  constraint mfa_challenges_auth_factor_id_fkey foreign key (factor_id)
    references auth.mfa_factors (id) on delete cascade
);
comment on table auth.mfa_challenges is 'auth: stores metadata about challenge requests made';
create index mfa_challenge_created_at_idx on auth.mfa_challenges (created_at desc);

-- Local addition, not in GoTrue: the last TOTP time step each factor accepted, so a code is taken
-- once (hosted GoTrue accepts the same code again on a new challenge within its 90 s window).
create table auth.mfa_totp_used_steps (
  factor_id uuid not null primary key references auth.mfa_factors (id) on delete cascade,
  time_step bigint not null,
  updated_at timestamptz not null
);
comment on table auth.mfa_totp_used_steps is 'local auth: last accepted TOTP time step per factor (replay guard)';

reset role;

-- The project owner reads every auth table (backups, checksums, Studio), as on hosted.
grant select, references, trigger on auth.mfa_factors, auth.mfa_challenges, auth.mfa_totp_used_steps
  to postgres, dashboard_user;
