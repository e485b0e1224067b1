-- The seeded templates wrote their links by hand: the review button pointed at
-- /signup-requests/show/<id>, a page the admin never had (it lives at /signup-requests/<id>), and
-- the beta mail at /beta/<slug>, which the portal does not have either (its beta page is /beta).
-- The outbox now gives every template `review_url` and `beta_url`, built from the apps' route
-- tables (db/routes). Only the hand-written paths are replaced, so an admin's own wording stays.
update public.email_templates
set
  html = replace(
    replace(html, '{{ admin_url }}/signup-requests/show/{{ request_id }}', '{{ review_url }}'),
    '{{ portal_url }}/beta/{{ product_slug }}',
    '{{ beta_url }}'
  ),
  text = replace(
    replace(text, '{{ admin_url }}/signup-requests/show/{{ request_id }}', '{{ review_url }}'),
    '{{ portal_url }}/beta/{{ product_slug }}',
    '{{ beta_url }}'
  )
where html like '%/signup-requests/show/%' or text like '%/signup-requests/show/%'
  or html like '%{{ portal_url }}/beta/{{ product_slug }}%'
  or text like '%{{ portal_url }}/beta/{{ product_slug }}%';
