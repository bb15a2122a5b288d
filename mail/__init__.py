"""Every e-mail the portal sends goes through this app: one way to send an e-mail.

`mail.outbox.queue()` renders the subject and body from templates in the portal's language,
with an absolute link built by `mail.outbox.link_to()` from PORTAL_BASE_URL. It stores one
`OutgoingEmail` row (the outbox) in the caller's transaction and hands the row's id to the task
queue only once that transaction commits: no e-mail leaves while a request's transaction is
open, and none leaves for work that is rolled back. `OutgoingEmail.deliver()` sends a row;
a failure (the mail server down, an address refused) counts the attempt, keeps the error and
leaves the row pending, and `manage.py send_pending_emails` (cron, every few minutes) delivers
it later. A row is delivered at most once: sending first claims it.

Why an app of its own, below `accounts`: accounts (the password reset) sends e-mail too, and
Python imports only go up the chain accounts <- organisations <- consent <- referrals <-
privacy, so the one sending module must import none of them. It replaces referrals'
`Notification` rows (migrated into the outbox by referrals' migration 0004): an outbox row
names what it is about by model label and primary key (`about_type`, `about_id`, as the access
log does), not by a foreign key, so every app can use it and erasing a client can still remove
the e-mails about her referrals.

E-mails carry links, never client data: a recipient signs in to read. An e-mail whose link is
itself a key (an invitation, a password reset) is queued with `secret=True`: its body and link
are forgotten once it is delivered. An e-mail to an address the portal may not keep (a
parent's, typed in to send her a handout) is queued with `forget_recipient=True`: the address is
blanked once the e-mail is delivered or given up on.
"""
