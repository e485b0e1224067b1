-- The "not confirmed yet" reminder pointed at {{ portal_url }}/confirm, a page the portal never
-- had (its confirm page is /auth/confirm). The outbox gives every template `confirm_page_url`,
-- built from the portal's route table; without a token that page mails a fresh link. Only the
-- hand-written path is replaced, so an admin's own wording stays.
update public.email_templates
set
  html = replace(html, '{{ portal_url }}/confirm"', '{{ confirm_page_url }}"'),
  text = regexp_replace(text, '\{\{ portal_url \}\}/confirm(\s|$)', '{{ confirm_page_url }}\1', 'g')
where html like '%{{ portal_url }}/confirm"%' or text ~ '\{\{ portal_url \}\}/confirm(\s|$)';
