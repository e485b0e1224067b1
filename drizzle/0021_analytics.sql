-- Analytics behind the admin's Overview (issue #15): the database records "request approved"
-- itself, and four staff-only functions compute each figure of the page for a period
-- [period_start, period_end). Event names are db/schema/analytics.ts `analyticsEventTypes`.
--
-- The functions are security invoker: they read analytics_events, signup_requests and projects
-- under the caller's RLS (staff at aal2 read all of them), and refuse everyone else with 42501
-- first, so a client or a staff member without their second factor gets an error, not zeros.

-- "Request approved" is written by a trigger, not by a screen, so no way of approving skips it.
-- Security definer: the approving staff member may only insert events about themselves.
create or replace function private.record_request_approved() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.analytics_events (event_type, profile_id, metadata)
  values ('request.approved', new.profile_id, jsonb_build_object('request_id', new.id));
  return new;
end;
$$;
--> statement-breakpoint
revoke execute on function private.record_request_approved() from public;
--> statement-breakpoint
create trigger record_request_approved
after update of status on public.signup_requests
for each row
when (new.status = 'approved' and old.status is distinct from 'approved')
execute function private.record_request_approved();
--> statement-breakpoint

-- One check shared by the four functions: staff only, and a sensible period.
create or replace function private.check_analytics_period(period_start timestamptz, period_end timestamptz)
returns void
language plpgsql stable security invoker set search_path = ''
as $$
begin
  if not coalesce((select private.is_staff()), false) then
    raise exception 'Only staff may read analytics'
      using errcode = '42501', hint = 'Sign in to the admin with your second factor.';
  end if;
  if period_start is null or period_end is null or period_end <= period_start then
    raise exception 'The period must end after it starts'
      using errcode = '22023';
  end if;
  if period_end - period_start > interval '400 days' then
    raise exception 'The period may span at most 400 days'
      using errcode = '22023';
  end if;
end;
$$;
--> statement-breakpoint
revoke execute on function private.check_analytics_period(timestamptz, timestamptz) from public;
--> statement-breakpoint
grant execute on function private.check_analytics_period(timestamptz, timestamptz) to authenticated, service_role;
--> statement-breakpoint

-- The sign-up funnel: distinct people at each step within the period, and the share of the step
-- before. A person is their profile once known, else their browser's anonymous id. "active" is a
-- person whose first portal sign-in ever falls in the period. Steps are counted on their own,
-- not as one cohort followed through, so a step may exceed the one before (conversion > 100).
create or replace function public.analytics_funnel(period_start timestamptz, period_end timestamptz)
returns table (step integer, step_key text, people bigint, conversion numeric)
language plpgsql stable security invoker set search_path = ''
as $$
begin
  perform private.check_analytics_period(period_start, period_end);
  return query
  with steps (step, step_key, event_type) as (
    values (1, 'visit', 'page.view'),
           (2, 'started', 'signup.started'),
           (3, 'submitted', 'signup.submitted'),
           (4, 'confirmed', 'email.confirmed'),
           (5, 'approved', 'request.approved'),
           (6, 'active', 'portal.login')
  ),
  first_logins as (
    select e.profile_id, min(e.occurred_at) as first_at
    from public.analytics_events e
    where e.event_type = 'portal.login' and e.profile_id is not null
    group by e.profile_id
  ),
  counted as (
    select s.step, s.step_key,
           case when s.step_key = 'active' then (
             select count(*) from first_logins f
             where f.first_at >= period_start and f.first_at < period_end)
           else (
             select count(distinct coalesce(e.profile_id::text, e.anonymous_id, e.id::text))
             from public.analytics_events e
             where e.event_type = s.event_type
               and e.occurred_at >= period_start and e.occurred_at < period_end)
           end as people
    from steps s
  )
  select c.step, c.step_key, c.people,
         case when lag(c.people) over w > 0
              then round(100.0 * c.people / lag(c.people) over w, 1) end
  from counted c
  window w as (order by c.step)
  order by c.step;
end;
$$;
--> statement-breakpoint

-- Sign-ups (requests submitted) per UTC day of the period, days without one included as 0.
create or replace function public.analytics_signups_per_day(period_start timestamptz, period_end timestamptz)
returns table (day date, signups bigint)
language plpgsql stable security invoker set search_path = ''
as $$
begin
  perform private.check_analytics_period(period_start, period_end);
  return query
  select d.day::date,
         (select count(*) from public.signup_requests r
          where r.submitted_at >= period_start and r.submitted_at < period_end
            and (r.submitted_at at time zone 'UTC')::date = d.day::date)
  from generate_series(
    (period_start at time zone 'UTC')::date,
    ((period_end - interval '1 microsecond') at time zone 'UTC')::date,
    interval '1 day'
  ) as d (day)
  order by 1;
end;
$$;
--> statement-breakpoint

-- Projects per status now (every status listed, 0 included); a snapshot, so it takes no period.
create or replace function public.analytics_projects_by_status()
returns table (status public.project_status, projects bigint)
language plpgsql stable security invoker set search_path = ''
as $$
begin
  if not coalesce((select private.is_staff()), false) then
    raise exception 'Only staff may read analytics'
      using errcode = '42501', hint = 'Sign in to the admin with your second factor.';
  end if;
  return query
  select s.status, (select count(*) from public.projects p where p.status = s.status)
  from unnest(enum_range(null::public.project_status)) as s (status)
  order by 1;
end;
$$;
--> statement-breakpoint

-- Time to review: for requests decided (approved or rejected) within the period after their
-- email was confirmed, the median hours from confirmation to decision.
create or replace function public.analytics_time_to_review(period_start timestamptz, period_end timestamptz)
returns table (reviewed bigint, median_hours numeric)
language plpgsql stable security invoker set search_path = ''
as $$
begin
  perform private.check_analytics_period(period_start, period_end);
  return query
  select count(*),
         round((percentile_cont(0.5) within group (
           order by extract(epoch from r.reviewed_at - r.confirmed_at) / 3600
         ))::numeric, 2)
  from public.signup_requests r
  where r.status in ('approved', 'rejected')
    and r.confirmed_at is not null
    and r.reviewed_at >= period_start and r.reviewed_at < period_end;
end;
$$;
--> statement-breakpoint
revoke execute on function public.analytics_funnel(timestamptz, timestamptz),
  public.analytics_signups_per_day(timestamptz, timestamptz),
  public.analytics_projects_by_status(),
  public.analytics_time_to_review(timestamptz, timestamptz)
  from public, anon;
--> statement-breakpoint
grant execute on function public.analytics_funnel(timestamptz, timestamptz),
  public.analytics_signups_per_day(timestamptz, timestamptz),
  public.analytics_projects_by_status(),
  public.analytics_time_to_review(timestamptz, timestamptz)
  to authenticated, service_role;
