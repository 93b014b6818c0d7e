-- E-mail notifications: a clinician's address (optional; without one nothing is e-mailed to them) and, per
-- notification, whether it was e-mailed. NOT_SENT: no mail server configured (or not yet attempted); SENT: handed to
-- the mail server; FAILED: the server refused it or could not be reached; NO_ADDRESS: the clinician has no address.
alter table clinicians add column email varchar(254);

alter table notifications add column email_status varchar(20) not null default 'NOT_SENT'
    check (email_status in ('NOT_SENT', 'SENT', 'FAILED', 'NO_ADDRESS'));
alter table notifications add column email_at timestamptz;
