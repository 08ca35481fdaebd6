-- The notification of the Minister's decision on an appeal: the administrative route ends at it.
alter table appeal add column notified_on date;
alter table appeal add column notification_channel text;
alter table appeal add column notified_by text;
