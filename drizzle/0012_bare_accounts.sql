-- Accounts made every way Supabase allows get a profile. A bare account (Studio's "Add user",
-- auth.admin.createUser with only email and password, an invitation, a magic link with
-- shouldCreateUser) becomes a `client` with no company and no sign-up request; only metadata
-- carrying the portal's sign-up fields makes a request. Metadata the trigger cannot use is
-- refused with SQLSTATE PT422 and a message naming the field: PostgREST's convention for an
-- HTTP status, which the local Auth answers as a 422 (hosted GoTrue answers any trigger
-- failure with 500 "Database error saving new user"). Optional fields of the wrong type
-- (locale, source, utm, an unknown role in user_metadata) are defaulted or ignored instead.
create or replace function private.handle_new_user() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  meta jsonb := coalesce(new.raw_user_meta_data, '{}'::jsonb);
  app_meta jsonb := coalesce(new.raw_app_meta_data, '{}'::jsonb);
  app_role text;
  staff_company uuid;
  full_name text;
  company_name text;
  locale text := 'en';
  details jsonb;
  utm jsonb;
  source text;
  is_signup boolean;
begin
  if jsonb_typeof(meta) <> 'object' then
    meta := '{}'::jsonb;
  end if;
  if jsonb_typeof(app_meta) <> 'object' then
    app_meta := '{}'::jsonb;
  end if;

  -- Text fields: JSON null or absent is "not given"; a number or an object is refused, not
  -- turned into its JSON text behind the person's back.
  if jsonb_typeof(meta -> 'full_name') not in ('string', 'null') then
    raise exception using errcode = 'PT422', message = 'full_name must be a string';
  end if;
  full_name := nullif(btrim(meta ->> 'full_name'), '');
  if full_name is not null and char_length(full_name) > 200 then
    raise exception using errcode = 'PT422', message = 'full_name is longer than 200 characters';
  end if;
  if jsonb_typeof(meta -> 'locale') = 'string' and meta ->> 'locale' ~ '^[a-z]{2}$' then
    locale := meta ->> 'locale';
  end if;

  -- Roles come only from raw_app_meta_data, which only the service role can write.
  if jsonb_typeof(app_meta -> 'atrium_role') not in ('string', 'null') then
    raise exception using errcode = 'PT422', message = 'atrium_role must be a string';
  end if;
  app_role := app_meta ->> 'atrium_role';
  if app_role is not null then
    if app_role not in ('client', 'team', 'admin') then
      raise exception using errcode = 'PT422',
        message = format('atrium_role must be client, team or admin, not %s', app_role);
    end if;
    if app_meta ? 'company_id' and jsonb_typeof(app_meta -> 'company_id') <> 'null' then
      if jsonb_typeof(app_meta -> 'company_id') <> 'string'
        or app_meta ->> 'company_id' !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
        raise exception using errcode = 'PT422', message = 'company_id must be a uuid';
      end if;
      staff_company := (app_meta ->> 'company_id')::uuid;
      if not exists (select 1 from public.companies c where c.id = staff_company) then
        raise exception using errcode = 'PT422', message = 'company_id names no company';
      end if;
    end if;
    insert into public.profiles (id, email, full_name, role, company_id, locale)
    values (
      new.id, coalesce(new.email, ''), full_name, app_role::public.app_role, staff_company, locale
    );
    return new;
  end if;

  -- The portal's sign-up always sends company_name (and details, source, utm): only then is
  -- there a request for the team to review. Anything else is a bare client account.
  is_signup := meta ?| array['company_name', 'details', 'source', 'utm'];
  if not is_signup then
    insert into public.profiles (id, email, full_name, role, locale)
    values (new.id, coalesce(new.email, ''), full_name, 'client', locale);
    return new;
  end if;

  if jsonb_typeof(meta -> 'company_name') not in ('string', 'null') then
    raise exception using errcode = 'PT422', message = 'company_name must be a string';
  end if;
  company_name := nullif(btrim(meta ->> 'company_name'), '');
  if full_name is null then
    raise exception using errcode = 'PT422', message = 'Sign-up needs full_name';
  end if;
  if company_name is null then
    raise exception using errcode = 'PT422', message = 'Sign-up needs company_name';
  end if;
  if char_length(company_name) > 200 then
    raise exception using errcode = 'PT422', message = 'company_name is longer than 200 characters';
  end if;
  details := coalesce(nullif(meta -> 'details', 'null'::jsonb), '{}'::jsonb);
  utm := coalesce(meta -> 'utm', '{}'::jsonb);
  if jsonb_typeof(details) <> 'object' then
    raise exception using errcode = 'PT422', message = 'details must be a JSON object';
  end if;
  if jsonb_typeof(utm) <> 'object' then
    utm := '{}'::jsonb;
  end if;
  if jsonb_typeof(meta -> 'source') = 'string' then
    source := left(nullif(meta ->> 'source', ''), 200);
  end if;

  insert into public.profiles (id, email, full_name, role, locale)
  values (new.id, coalesce(new.email, ''), full_name, 'client', locale);
  insert into public.signup_requests (profile_id, email, full_name, company_name, details, source, utm)
  values (new.id, coalesce(new.email, ''), full_name, company_name, details, source, utm);
  return new;
end;
$$;
