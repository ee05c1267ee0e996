-- A mail to a shopper goes out with an HTML part beside its plain text; older messages have text only
ALTER TABLE outbox_message ADD COLUMN html text;
