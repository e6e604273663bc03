-- Mail retention (issue #16): bodies and calendar files of mails sent longer than
-- alliance.mail.retention ago are removed by a daily job; the row stays for audit.
alter table akn_notification alter column body_text drop not null;
alter table akn_notification alter column body_html drop not null;
create index akn_notification_sent_idx on akn_notification (sent_at);
